#!/usr/bin/env python3
"""Regenerate the blind200 evaluation set (case folders + labels.yaml) next to this file.

Theme: a Cairo-based clinical pharmacist (Dr. Salma Farouk, salma.farouk@example.com) applying to
hospitals and pharmacy chains in Egypt, Saudi Arabia and the UAE.

Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: every date,
Message-ID, MIME boundary and UID below is a fixed literal; every UTC offset is computed with
zoneinfo (Africa/Cairo observes summer time again in 2026: Fri 24 Apr 00:00 -> Thu 29 Oct 24:00).
"""
import base64
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'b200-'

USER = 'salma.farouk@example.com'
USER_NAME = 'Salma Farouk'

CAIRO = ZoneInfo('Africa/Cairo')
RIYADH = ZoneInfo('Asia/Riyadh')
DUBAI = ZoneInfo('Asia/Dubai')
UTC = timezone.utc

AR_DAYS = {'Sunday': 'الأحد', 'Monday': 'الاثنين', 'Tuesday': 'الثلاثاء', 'Wednesday': 'الأربعاء',
           'Thursday': 'الخميس', 'Friday': 'الجمعة', 'Saturday': 'السبت'}


# ---------------------------------------------------------------------------------------------
# time helpers
# ---------------------------------------------------------------------------------------------
def T(tz, y, mo, d, h=0, mi=0, s=0, weekday=None):
    """Aware datetime in zone tz; optionally assert the weekday named in the case text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert x.strftime('%A') == weekday, (x.isoformat(), x.strftime('%A'), weekday)
    return x


def ar_weekday(x, name_ar):
    assert AR_DAYS[x.strftime('%A')] == name_ar, (x.isoformat(), name_ar)


def assert_offset(x, hours):
    assert x.utcoffset() == timedelta(hours=hours), (x.isoformat(), hours)


AR_DIGITS = str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩')


def ar(s):
    """Western digits -> Arabic-Indic digits."""
    return str(s).translate(AR_DIGITS)


def utcstamp(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def localstamp(x):
    return x.strftime('%Y%m%dT%H%M%S')


def rfc(x):
    return format_datetime(x)


def iso(x):
    return x.isoformat() if x is not None else None


# ---------------------------------------------------------------------------------------------
# MIME helpers (hand-rolled so that bytes are fixed and look like the real senders)
# ---------------------------------------------------------------------------------------------
def enc_hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode(maxlinelen=76)


def addr(name, email):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()@:;'):
            name = '"%s"' % name.replace('"', '')
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, 'utf-8').encode(), email)


def leaf(ctype, text, cte='quoted-printable', disposition=None, extra=()):
    data = text.encode('utf-8') if isinstance(text, str) else text
    if cte == 'quoted-printable':
        body = quopri.encodestring(data).decode('ascii')
    elif cte == 'base64':
        body = base64.encodebytes(data).decode('ascii')
    else:
        body = data.decode('utf-8')
    if not body.endswith('\n'):
        body += '\n'
    hs = ['Content-Type: ' + ctype, 'Content-Transfer-Encoding: ' + cte]
    if disposition:
        hs.append('Content-Disposition: ' + disposition)
    hs.extend(extra)
    return (hs, body)


def multi(subtype, boundary, parts):
    hs = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary)]
    body = ''
    for ph, pb in parts:
        body += '--%s\n%s\n\n%s' % (boundary, '\n'.join(ph), pb)
        if not body.endswith('\n'):
            body += '\n'
    body += '--%s--\n' % boundary
    return (hs, body)


def html_of(text, rtl=False, font='Calibri, sans-serif'):
    paras = []
    for block in text.strip('\n').split('\n\n'):
        paras.append('<p>' + '<br>\n'.join(html.escape(l) for l in block.split('\n')) + '</p>')
    d = ' dir="rtl" style="font-family:Tahoma,Arial,sans-serif;font-size:11pt;text-align:right"' if rtl \
        else ' style="font-family:%s;font-size:11pt"' % font
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div%s>\n%s\n</div></body></html>\n' % (d, '\n'.join(paras)))


def alt(boundary, text, rtl=False, cte='quoted-printable', html_text=None):
    return multi('alternative', boundary, [
        leaf('text/plain; charset="UTF-8"', text, cte),
        leaf('text/html; charset="UTF-8"', html_text or html_of(text, rtl), cte),
    ])


def received(host, ip, sid, date):
    return ('Received: from %s (%s [%s])\n        by mx.example.com with ESMTPS id %s\n'
            '        for <%s>;\n        %s' % (host, host, ip, sid, USER, rfc(date + timedelta(seconds=3))))


def eml(hdrs, entity):
    hs, body = entity
    return '\n'.join(hdrs + ['MIME-Version: 1.0'] + hs) + '\n\n' + body


def std_headers(frm, to, subject, date, msgid, host, ip, sid, cc=None, reply_to=None,
                in_reply_to=None, references=None, extra=(), sender=None):
    h = ['Delivered-To: ' + USER, received(host, ip, sid, date)]
    h.append('From: ' + frm)
    if sender:
        h.append('Sender: ' + sender)
    if reply_to:
        h.append('Reply-To: ' + reply_to)
    h.append('To: ' + to)
    if cc:
        h.append('Cc: ' + cc)
    h.append('Subject: ' + enc_hdr(subject))
    h.append('Date: ' + rfc(date))
    h.append('Message-ID: ' + msgid)
    if in_reply_to:
        h.append('In-Reply-To: ' + in_reply_to)
    if references:
        h.append('References: ' + references)
    h.extend(extra)
    return h


# ---------------------------------------------------------------------------------------------
# iCalendar helpers
# ---------------------------------------------------------------------------------------------
def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur, limit = [], b'', 75
    for ch in line:
        cb = ch.encode('utf-8')
        if len(cur) + len(cb) > limit:
            out.append(cur.decode('utf-8'))
            cur, limit = b'', 74
        cur += cb
    out.append(cur.decode('utf-8'))
    return '\r\n '.join(out)


def ics(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def esc(text):
    return text.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def vtz_windows_fixed(tzid, offset):
    return ['BEGIN:VTIMEZONE', 'TZID:' + tzid, 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
            'TZOFFSETFROM:' + offset, 'TZOFFSETTO:' + offset, 'END:STANDARD', 'END:VTIMEZONE']


# Windows "Egypt Standard Time" as Exchange serialises it since Egypt restored summer time (2023):
# DST from the last Friday of April 00:00 to the last Thursday of October 23:59:59.
VTZ_EGYPT_WINDOWS = ['BEGIN:VTIMEZONE', 'TZID:Egypt Standard Time',
                     'BEGIN:STANDARD', 'DTSTART:16010101T235959', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200',
                     'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1TH;BYMONTH=10', 'END:STANDARD',
                     'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300',
                     'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1FR;BYMONTH=4', 'END:DAYLIGHT',
                     'END:VTIMEZONE']

VTZ_CAIRO_OLSON = ['BEGIN:VTIMEZONE', 'TZID:Africa/Cairo', 'X-LIC-LOCATION:Africa/Cairo',
                   'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'TZNAME:EEST',
                   'DTSTART:19700424T000000', 'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=-1FR', 'END:DAYLIGHT',
                   'BEGIN:STANDARD', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'TZNAME:EET',
                   'DTSTART:19701029T235959', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1TH', 'END:STANDARD',
                   'END:VTIMEZONE']


def outlook_ics(method, tz_lines, tzid, start, end, uid, seq, dtstamp, organizer, attendees, summary,
                description, location, status='CONFIRMED', teams_url=None, busy='TENTATIVE'):
    L = ['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += tz_lines
    L += ['BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for name, email, role, partstat in attendees:
        L.append('ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s' % (role, partstat, name, email))
    L += ['DESCRIPTION;LANGUAGE=en-US:' + esc(description),
          'UID:' + uid,
          'SUMMARY;LANGUAGE=en-US:' + esc(summary),
          'DTSTART;TZID=%s:%s' % (tzid, localstamp(start)),
          'DTEND;TZID=%s:%s' % (tzid, localstamp(end)),
          'CLASS:PUBLIC', 'PRIORITY:%d' % (1 if method == 'CANCEL' else 5),
          'DTSTAMP:' + utcstamp(dtstamp), 'TRANSP:OPAQUE', 'STATUS:' + status,
          'SEQUENCE:%d' % seq, 'LOCATION;LANGUAGE=en-US:' + esc(location),
          'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq,
          'X-MICROSOFT-CDO-OWNERAPPTID:%d' % (2117000000 + int(uid[-6:], 16) % 900000),
          'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else busy),
          'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if method == 'CANCEL' else 'BUSY'),
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
          'X-MICROSOFT-CDO-IMPORTANCE:%d' % (2 if method == 'CANCEL' else 1),
          'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        L += ['X-MICROSOFT-SKYPETEAMSMEETINGURL:' + teams_url,
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
          'X-MICROSOFT-LOCATIONDISPLAYNAME:' + esc(location)]
    if method != 'CANCEL':
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
              'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def teams_block(thread, tid, oid, meeting_id, passcode):
    url = ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context='
           '%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (thread, tid, oid))
    text = ('_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/'
            'meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0'
            '&language=en-US>\n' % (url, meeting_id, passcode, oid, tid, thread) + '_' * 80)
    return url, text


def outlook_headers(frm, to, subject, date, msgid, host, ip, sid, thread_index, cc=None, topic=None):
    h = std_headers(frm, to, subject, date, msgid, host, ip, sid, cc=cc)
    h += ['Thread-Topic: ' + enc_hdr(topic or subject), 'Thread-Index: ' + thread_index,
          'Accept-Language: en-US', 'Content-Language: en-US', 'X-MS-Has-Attach: ',
          'X-MS-TNEF-Correlator: ', 'Content-class: urn:content-classes:calendarmessage',
          'x-ms-publictraffictype: Email']
    return h


def outlook_invite(hdrs, boundary, text, cal, method):
    return eml(hdrs, multi('alternative', boundary, [
        leaf('text/plain; charset="utf-8"', text),
        leaf('text/html; charset="utf-8"', html_of(text, font='Aptos, Calibri, sans-serif')),
        leaf('text/calendar; charset="utf-8"; method=' + method, cal, 'base64'),
    ]))


def google_ics(method, uid, seq, start, end, dtstamp, created, modified, organizer, attendees, summary,
               description, location='', status='CONFIRMED'):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', 'METHOD:' + method, 'BEGIN:VEVENT',
         'DTSTART:' + utcstamp(start), 'DTEND:' + utcstamp(end), 'DTSTAMP:' + utcstamp(dtstamp),
         'ORGANIZER;CN=%s:mailto:%s' % organizer, 'UID:' + uid]
    for name, email, partstat, role in attendees:
        L.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s'
                 % (role, partstat, name or email, email))
    L += ['X-MICROSOFT-CDO-OWNERAPPTID:-%d' % (1000000000 + int(uid[:6], 36) % 900000000),
          'CREATED:' + utcstamp(created), 'DESCRIPTION:' + esc(description),
          'LAST-MODIFIED:' + utcstamp(modified), 'LOCATION:' + esc(location),
          'SEQUENCE:%d' % seq, 'STATUS:' + status, 'SUMMARY:' + esc(summary), 'TRANSP:OPAQUE',
          'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
          'TRIGGER:-P0DT0H30M0S', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def google_invite(hdrs, outer, inner, text, cal, method='REQUEST'):
    return eml(hdrs, multi('mixed', outer, [
        multi('alternative', inner, [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
            leaf('text/html; charset="UTF-8"', html_of(text, font='Roboto, Arial, sans-serif'), 'quoted-printable'),
            leaf('text/calendar; charset="UTF-8"; method=' + method, cal, 'base64'),
        ]),
        leaf('application/ics; name="invite.ics"', cal, 'base64',
             disposition='attachment; filename="invite.ics"'),
    ]))


def google_headers(org_name, org_email, subject, date, msgid):
    return ['Delivered-To: ' + USER,
            received('mail-sor-f73.google.com', '209.85.220.73', msgid[10:22], date),
            'From: ' + addr(org_name, org_email),
            'Sender: Google Calendar <calendar-notification@google.com>',
            'Reply-To: ' + addr(org_name, org_email),
            'To: ' + USER,
            'Subject: ' + enc_hdr(subject),
            'Date: ' + rfc(date),
            'Message-ID: ' + msgid,
            'X-Google-Calendar-Content-Display: calendar',
            'Content-Class: urn:content-classes:calendarmessage']


# ---------------------------------------------------------------------------------------------
# label helpers
# ---------------------------------------------------------------------------------------------
def iv(company, role, start, end, status, interviewers, followup, kind):
    assert status in ('scheduled', 'cancelled')
    assert kind in ('phone_screen', 'technical', 'onsite', 'hiring_manager', 'other')
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followup), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': USER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


SALMA = addr(USER_NAME, USER)


# =============================================================================================
# POSITIVE CASES
# =============================================================================================
@case('b200-01-bayt-employer-message-riyadh')
def c01():
    sent = T(UTC, 2026, 2, 4, 9, 42, 10, 'Wednesday')
    start = T(RIYADH, 2026, 2, 10, 13, 0, weekday='Tuesday')
    end = start + timedelta(minutes=30)
    haya = 'haya.alotaibi@qimam-medical.example'
    text = """\
Dear Salma Farouk,

You have a new message from an employer on Bayt.com.

Employer: Qimam Medical City - Riyadh, Saudi Arabia
Job: Clinical Pharmacist - Oncology (Ref. QMC-PH-0412)

------------------------------------------------------------

Dear Dr. Salma,

Thank you for your interest in the Clinical Pharmacist - Oncology position at Qimam Medical City.
After reviewing your profile, we would like to invite you to an initial online interview with our
Talent Acquisition team:

Date: Tuesday, 10 February 2026
Time: 1:00 PM - 1:30 PM (KSA time, GMT+3)
Platform: Microsoft Teams (the link will be e-mailed to you one day before)
Interviewer: Ms. Haya Al-Otaibi, Talent Acquisition Specialist

Kindly confirm your attendance by replying directly to haya.alotaibi@qimam-medical.example and
attach a copy of your SCFHS classification or Prometric result, if available.

Best regards,
Haya Al-Otaibi
Talent Acquisition | Qimam Medical City

------------------------------------------------------------

To reply to this employer through Bayt.com, log in and open "My Messages".
This is an automated notification, please do not reply to this e-mail.

Bayt.com - The Middle East's #1 Job Site
Manage e-mail notifications: https://www.bayt.com/en/myworkspace/notifications/
"""
    assert start.hour == 13 and start.day == 10
    hdrs = std_headers('"Bayt.com" <no-reply@bayt.com>', SALMA,
                       'Qimam Medical City sent you a message about: Clinical Pharmacist - Oncology',
                       sent, '<20260204094210.6f1c2a9e44b0.msg@mailer.bayt.com>',
                       'mailer.bayt.com', '185.23.112.40', 'e4si2281907wrb',
                       extra=['List-Unsubscribe: <https://www.bayt.com/en/myworkspace/notifications/>',
                              'X-Mailer: Bayt Mailer'])
    items = [('01-bayt-employer-message.eml',
              eml(hdrs, alt('----=_Part_88213_1203947711.1770198130221', text)))]
    lab = label([iv('Qimam Medical City', 'Clinical Pharmacist - Oncology', start, end, 'scheduled',
                    [haya], [haya], 'phone_screen')],
                'medium', 'positive/job-board-relay',
                'Bayt.com no-reply notification relaying the employer message; time in KSA (UTC+3) while '
                'Cairo is still on winter time (UTC+2). The TA specialist named in the text conducts the '
                'screen; her address is given in the body, the sender is no-reply.')
    return items, lab


@case('b200-02-gulftalent-notice-plus-teams-invite-dubai')
def c02():
    sent1 = T(UTC, 2026, 2, 26, 7, 15, 33, 'Thursday')
    sent2 = T(DUBAI, 2026, 2, 26, 11, 20, 5)
    start = T(DUBAI, 2026, 3, 4, 10, 30, weekday='Wednesday')
    end = T(DUBAI, 2026, 3, 4, 11, 15)
    fatima = 'fatima.alhammadi@alsafa-health.example'
    rajesh = 'rajesh.menon@alsafa-health.example'
    text1 = """\
Dear Salma,

Good news! Al Safa Healthcare has scheduled an interview with you.

Position: Clinical Pharmacist (ICU) - Dubai, United Arab Emirates
Interview type: Video interview (Microsoft Teams)
Date: Wednesday 4 March 2026
Time: 10:30 AM (Dubai time, GMT+4)

The employer will send you a calendar invitation with the meeting link separately. If you
can no longer attend, please inform the employer as early as possible through your
GulfTalent account.

Tips: test your camera and microphone in advance and keep your DHA eligibility letter at hand.

Best of luck,
The GulfTalent Team

You are receiving this e-mail because you applied for a job through GulfTalent.com.
"""
    hdrs1 = std_headers('GulfTalent <noreply@gulftalent.com>', SALMA,
                        'Interview scheduled: Clinical Pharmacist (ICU) - Al Safa Healthcare', sent1,
                        '<0102018c9a7f41d3-5d0be8a1-73c4-4d59-9a52-b1f0e2c7a611-000000@eu-west-1.amazonses.com>',
                        'a7-12.smtp-out.eu-west-1.amazonses.com', '54.240.7.12', 'n11si5520134wmq')
    teams_url, teams_text = teams_block('NmQ4YzE1ZTgtM2I0Ni00YjBlLWE5ZGQtOTYxZjc3YzQxYmE2',
                                        '7b5c0d21-4e0a-4a5f-9f0c-2c1b8e6d4a93',
                                        'c2f1a8e4-6d3b-4f27-8e15-90ab4c7d2e61', '318 552 604 971', 'Uq7Dx3')
    text2 = """\
When: Wednesday, March 4, 2026 10:30 AM-11:15 AM (UTC+04:00) Abu Dhabi, Muscat.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Salma,

Further to the GulfTalent notification, please find below the Teams link for your interview for the
Clinical Pharmacist (ICU) role with Dr. Rajesh Menon, Head of Pharmacy. I am only setting up the call
and will not be joining.

Kind regards,
Fatima Al Hammadi
HR Officer - Recruitment | Al Safa Healthcare, Dubai

""" + teams_text + '\n'
    assert start.hour == 10 and start.minute == 30
    uid = '040000008200E00074C5B7101A82E00800000000A1F3C2D41BA8DC01000000000000000010000000E7C1A9B3F0D2'
    cal = outlook_ics('REQUEST', vtz_windows_fixed('Arabian Standard Time', '+0400'), 'Arabian Standard Time',
                      start, end, uid, 0, T(UTC, 2026, 2, 26, 7, 20, 2), ('Fatima Al Hammadi', fatima),
                      [('Salma Farouk', USER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                       ('Rajesh Menon', rajesh, 'REQ-PARTICIPANT', 'ACCEPTED')],
                      'Clinical Pharmacist (ICU) Interview - Salma Farouk', text2.split('*~*~*~*~*~*~*~*~*~*\n\n')[1],
                      'Microsoft Teams Meeting', teams_url=teams_url)
    hdrs2 = outlook_headers(addr('Fatima Al Hammadi', fatima), SALMA + ', ' + addr('Rajesh Menon', rajesh),
                            'Clinical Pharmacist (ICU) Interview - Salma Farouk', sent2,
                            '<DB9PR04MB84271C6E0A4F9B2D7C31A5E6C4A72@DB9PR04MB8427.eurprd04.prod.outlook.com>',
                            'EUR02-DB5-obe.outbound.protection.outlook.com', '40.107.249.72', 'k18si7719203ejb',
                            'AQHaaJ7xq3C9m0Jt2k2mX0a1QbE4Vw==')
    items = [('01-gulftalent-interview-scheduled.eml', eml(hdrs1, alt('=_gt_4b9e1d7c0a2f', text1))),
             ('02-teams-invitation.eml',
              outlook_invite(hdrs2, '_000_DB9PR04MB84271C6E0A4F9B2D7C31A5E6C4A72DB9PR04MB8427eurp_', text2,
                             cal, 'REQUEST'))]
    lab = label([iv('Al Safa Healthcare', 'Clinical Pharmacist (ICU)', start, end, 'scheduled',
                    [rajesh], [rajesh], 'hiring_manager')],
                'medium', 'positive/dedupe-jobboard-and-invite',
                'GulfTalent notice and the employer Teams invite describe ONE interview; Windows TZID '
                '"Arabian Standard Time" is UTC+4 (Dubai). HR officer only organises, the Head of Pharmacy '
                'interviews.')
    return items, lab


@case('b200-03-arabic-formal-committee-cairo')
def c03():
    sent = T(CAIRO, 2026, 5, 12, 10, 5, 44, 'Tuesday')
    start = T(CAIRO, 2026, 5, 17, 11, 0)
    ar_weekday(start, 'الأحد')
    assert_offset(start, 3)
    mona = 'mona.saeed@darelhekma-hospital.example'
    when = 'الأحد الموافق %s مايو %s' % (ar(17), ar(2026))
    text = """\
السيدة الدكتورة/ سلمى فاروق
تحية طيبة وبعد،،

بالإشارة إلى طلبكم المقدم لشغل وظيفة صيدلي إكلينيكي بوحدة الرعاية المركزة (Clinical Pharmacist - ICU)
بمستشفى دار الحكمة التخصصي، يسعدنا دعوتكم لحضور المقابلة الشخصية أمام لجنة الاختيار وذلك على النحو التالي:

اليوم والتاريخ: %s
الموعد: الساعة ١١:٠٠ صباحاً
المكان: مبنى الإدارة - الدور الثالث - قاعة الاجتماعات، مستشفى دار الحكمة التخصصي، مدينة نصر، القاهرة
أعضاء اللجنة: د. عادل الشناوي (مدير إدارة الصيدلة)، د. نهى كمال (رئيس قسم الصيدلة الإكلينيكية)، أ. منى سعيد (الموارد البشرية)

يرجى الحضور قبل الموعد بخمس عشرة دقيقة مصطحبين أصل المؤهل الدراسي وكارنيه النقابة وترخيص مزاولة المهنة
وصورة بطاقة الرقم القومي.
برجاء تأكيد الحضور بالرد على هذا البريد الإلكتروني أو الاتصال على ٠٢٢٤٠٠٠٠٠٠ داخلي ٢١٥.

وتفضلوا بقبول وافر الاحترام،،

منى سعيد
أخصائي موارد بشرية - التوظيف
مستشفى دار الحكمة التخصصي
Mona Saeed | HR Specialist - Recruitment
Dar El Hekma Specialized Hospital, Nasr City, Cairo
""" % when
    hdrs = std_headers(addr('منى سعيد - الموارد البشرية', mona), addr('د. سلمى فاروق', USER),
                       'Interview Invitation - Clinical Pharmacist (ICU) / دعوة لحضور مقابلة شخصية',
                       sent, '<CAF4q9dK2mZp8WvR1e7Qn0yT5uHbXs3gLc6aJ@mail.darelhekma-hospital.example>',
                       'mail.darelhekma-hospital.example', '41.33.118.27', 'c9si1180342wrx',
                       extra=['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ar-eg'])
    items = [('01-interview-invitation-committee.eml',
              eml(hdrs, alt('----=_NextPart_000_0027_01DCE1A4.5B2F3C80', text, rtl=True, cte='base64')))]
    lab = label([iv('Dar El Hekma Specialized Hospital', 'Clinical Pharmacist (ICU)', start, None, 'scheduled',
                    [mona], [mona], 'onsite')],
                'hard', 'positive/arabic-formal-body-only',
                'Formal Arabic, base64 body, Arabic-Indic digits (الأحد ١٧ مايو، ١١:٠٠ صباحاً). Cairo is on summer '
                'time in May (UTC+3). In-person selection committee of three -> onsite; only the HR member '
                '(also the sender) has an address in the case. No duration -> end null.')
    return items, lab


@case('b200-04-whatsapp-pasted-tomorrow-zoom')
def c04():
    sent1 = T(CAIRO, 2026, 5, 19, 21, 31, 7, 'Tuesday')
    sent2 = T(CAIRO, 2026, 5, 19, 22, 47, 30)
    start = T(CAIRO, 2026, 5, 20, 19, 0, weekday='Wednesday')
    assert start.date() == (sent1 + timedelta(days=1)).date() == (sent2 + timedelta(days=1)).date()
    end = start + timedelta(minutes=30)
    karim = 'karim.mansour@rahma-pharmacies.example'
    text1 = """\
نسخة من الواتساب عشان ما أنساش:

[9:14 PM, 5/19/2026] Dr. Karim Mansour - Rahma: مساء الخير يا دكتورة سلمى، معاكي د. كريم منصور مدير منطقة مصر الجديدة في صيدليات رحمة
[9:15 PM, 5/19/2026] Dr. Karim Mansour - Rahma: شفنا الـCV بتاعك على Bayt على وظيفة Clinical Pharmacist / Pharmaceutical Care Supervisor وحابين نتكلم معاكي
[9:16 PM, 5/19/2026] Dr. Karim Mansour - Rahma: ينفع نعمل interview على Zoom بكرة الساعة ٧ بالليل؟ هتاخد حوالي نص ساعة
[9:20 PM, 5/19/2026] Salma: مساء النور يا دكتور، أكيد ينفع، بكرة ٧ مناسب جداً
[9:22 PM, 5/19/2026] Dr. Karim Mansour - Rahma: تمام، هبعتلك لينك الزووم على الإيميل. لو حصل أي تغيير ابعتيلي على karim.mansour@rahma-pharmacies.example
[9:22 PM, 5/19/2026] Salma: تمام، شكراً جداً 🙏

Sent from my iPhone
"""
    hdrs1 = ['Delivered-To: ' + USER,
             'Received: by 2002:a05:7010:5c1e:b0:4a1:9e37:2c10 with SMTP id r30csp118823mdr;\n'
             '        ' + rfc(sent1 + timedelta(seconds=2)),
             'From: ' + SALMA, 'To: ' + SALMA,
             'Subject: ' + enc_hdr('واتساب صيدليات رحمة - مقابلة'),
             'Date: ' + rfc(sent1),
             'Message-ID: <5E1B0C7A-93D2-4F61-A8E4-0B27C9D3F512@example.com>',
             'X-Mailer: iPhone Mail (22F76)']
    text2 = """\
د. سلمى مساء الخير،

ده لينك مقابلة بكرة زي ما اتفقنا على الواتساب:

Join Zoom Meeting
https://us06web.zoom.us/j/83412907765?pwd=bVh4R2tQd0pNc3V6a1ZmT0lYcjNyUT09

Meeting ID: 834 1290 7765
Passcode: 520419

ياريت تكوني جاهزة قبلها بخمس دقايق.

د. كريم منصور
Area Manager - Heliopolis
Rahma Pharmacies | صيدليات رحمة
"""
    hdrs2 = std_headers(addr('Karim Mansour', karim), SALMA, 'Zoom - مقابلة صيدليات رحمة', sent2,
                        '<CAJq7wP3e0V9kXh2mT5bN8sQ1yRz4dL6fGc0aU@mail.gmail.com>',
                        'mail-wr1-f54.google.com', '209.85.221.54', 'g7si4419021wrm')
    items = [('01-note-to-self-whatsapp-paste.eml',
              eml(hdrs1, alt('Apple-Mail-6F0B3A91-2C4D-4E8B-9A17-D3C5E2F40B66', text1, rtl=True, cte='base64'))),
             ('02-karim-zoom-link.eml', eml(hdrs2, alt('000000000000a3f1b20621e7c4d9', text2, rtl=True)))]
    lab = label([iv('Rahma Pharmacies', 'Clinical Pharmacist / Pharmaceutical Care Supervisor', start, end,
                    'scheduled', [karim], [karim], 'hiring_manager')],
                'hard', 'positive/whatsapp-paste-relative-date',
                'Egyptian-Arabic WhatsApp chat pasted into a note-to-self; "بكرة الساعة ٧ بالليل" is resolved against '
                'the 19 May 2026 chat/e-mail date -> Wed 20 May 19:00 Cairo summer time (UTC+3); "نص ساعة" -> 30 '
                'min. The area manager conducts it and gives his address in the chat; the Zoom mail restates '
                '"بكرة" only.')
    return items, lab


@case('b200-05-zoom-riyadh-across-egypt-dst-switch')
def c05():
    sent = T(RIYADH, 2026, 4, 20, 14, 5, 12, 'Monday')
    start = T(RIYADH, 2026, 4, 26, 10, 0, weekday='Sunday')
    end = start + timedelta(minutes=45)
    # the text's claim: same wall time in Cairo on the 26th, one hour earlier in the week of the mail
    assert start.astimezone(CAIRO).hour == 10 and (sent + timedelta(days=1)).astimezone(CAIRO).utcoffset() == timedelta(hours=2)
    reem = 'reem.alharbi@sanad-pharmacy.example'
    omar = 'omar.bakhsh@sanad-pharmacy.example'
    zoom = 'https://sanad-pharmacy.zoom.us/j/91523006418?pwd=Qm9IdWx6S2xQa3JtN0h4YkZ2bTVDdz09'
    text = """\
Dear Dr. Salma,

Thank you for your time on the phone last week. As discussed, I have scheduled your interview for the
Clinical Pharmacist - Medication Therapy Management role with Dr. Omar Bakhsh, Clinical Services
Manager (in copy):

Sunday, 26 April 2026, 10:00 - 10:45 AM KSA time (Riyadh)

Please note that Egypt moves to summer time on Friday 24 April, so this will also be 10:00 AM Cairo time
(not 9:00 AM as it would be this week).

The Zoom details are below and the calendar file is attached.

----------------------------------------------------------------
Reem Al-Harbi is inviting you to a scheduled Zoom meeting.

Topic: Sanad Pharmacy - Interview - Salma Farouk
Time: Apr 26, 2026 10:00 AM Riyadh

Join Zoom Meeting
%s

Meeting ID: 915 2300 6418
Passcode: 7724519
----------------------------------------------------------------

Best regards,
Reem Al-Harbi
Talent Acquisition Partner | Sanad Pharmacy Group
Riyadh, Kingdom of Saudi Arabia
""" % zoom
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
               'METHOD:PUBLISH', 'CLASS:PUBLIC',
               'BEGIN:VTIMEZONE', 'TZID:Asia/Riyadh', 'LAST-MODIFIED:20231222T233358Z',
               'TZURL:https://www.tzurl.org/zoneinfo-outlook/Asia/Riyadh', 'X-LIC-LOCATION:Asia/Riyadh',
               'BEGIN:STANDARD', 'TZNAME:+03', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0300',
               'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE',
               'BEGIN:VEVENT', 'DTSTAMP:' + utcstamp(sent - timedelta(minutes=3)),
               'DTSTART;TZID=Asia/Riyadh:' + localstamp(start), 'DTEND;TZID=Asia/Riyadh:' + localstamp(end),
               'SUMMARY:Sanad Pharmacy - Interview - Salma Farouk',
               'UID:' + utcstamp(sent - timedelta(minutes=3)) + '-91523006418@fe80:0:0:0:8c3:5aff:fe1d:2e07ens5',
               'TZID:Asia/Riyadh',
               'DESCRIPTION:' + esc('Reem Al-Harbi is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom '
                                    'Meeting\n%s\n\nMeeting ID: 915 2300 6418\nPasscode: 7724519\n' % zoom),
               'LOCATION:' + zoom,
               'ORGANIZER;CN=Reem Al-Harbi:mailto:' + reem,
               'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
               'END:VEVENT', 'END:VCALENDAR'])
    hdrs = std_headers(addr('Reem Al-Harbi', reem), SALMA,
                       'Interview invitation - Clinical Pharmacist (MTM) - Sanad Pharmacy Group', sent,
                       '<AM9PR07MB7217D3B61C0E4A8F92E5D1B7F3AC@AM9PR07MB7217.eurprd07.prod.outlook.com>',
                       'EUR05-AM6-obe.outbound.protection.outlook.com', '40.107.22.91', 'p4si6023318edq',
                       cc=addr('Omar Bakhsh', omar))
    body = multi('mixed', '_004_AM9PR07MB7217D3B61C0E4A8F92E5D1B7F3ACAM9PR07MB7217eurp_', [
        alt('_000_AM9PR07MB7217D3B61C0E4A8F92E5D1B7F3ACAM9PR07MB7217eurp_', text),
        leaf('text/calendar; name="zoom-meeting.ics"', cal, 'base64',
             disposition='attachment; filename="zoom-meeting.ics"')])
    items = [('01-sanad-interview-zoom.eml', eml(hdrs, body))]
    lab = label([iv('Sanad Pharmacy Group', 'Clinical Pharmacist - Medication Therapy Management', start, end,
                    'scheduled', [omar], [omar], 'hiring_manager')],
                'medium', 'positive/zoom-ics-dst-switch',
                'Mail sent in Egypt winter time (UTC+2) for an interview two days after Egypt switches to '
                'summer time (Fri 24 Apr 2026); 10:00 KSA = 10:00 Cairo on the day. Zoom .ics in Asia/Riyadh. '
                'Recruiter only schedules; the manager in Cc interviews.')
    return items, lab


@case('b200-06-google-invite-rescheduled-dubai')
def c06():
    sent1 = T(UTC, 2026, 6, 2, 6, 12, 40, 'Tuesday')
    sent2 = T(UTC, 2026, 6, 4, 9, 30, 11, 'Thursday')
    first = T(DUBAI, 2026, 6, 8, 11, 0, weekday='Monday')
    start = T(DUBAI, 2026, 6, 10, 15, 0, weekday='Wednesday')
    end = start + timedelta(minutes=45)
    # Google renders the times in the recipient's calendar zone (Cairo, UTC+3 in June)
    assert first.astimezone(CAIRO).hour == 10 and start.astimezone(CAIRO).hour == 14
    anjali = 'anjali.nair@palmcrescent-pharma.example'
    yousef = 'yousef.haddad@palmcrescent-pharma.example'
    summary = 'Interview: Salma Farouk / Dr. Yousef Haddad - Clinical Pharmacist'
    uid = '4q7m2k9vd1c8t0sjh6fn3bplre@google.com'
    meet = 'https://meet.google.com/pqa-xkdw-tbe'
    desc = ('Hi Salma, this is your interview with Dr. Yousef Haddad, Pharmacy Operations Manager, for the '
            'Clinical Pharmacist role (Dubai Marina cluster). The invite shows your own time zone; it is '
            '11:00 AM Dubai time.\n\nAnjali Nair\nHR Executive, Palm Crescent Pharmacies')
    desc2 = desc.replace('11:00 AM Dubai time', '3:00 PM Dubai time')
    guests = [('Anjali Nair', anjali, 'ACCEPTED', 'REQ-PARTICIPANT'),
              ('Dr. Yousef Haddad', yousef, 'ACCEPTED', 'REQ-PARTICIPANT'),
              (None, USER, 'NEEDS-ACTION', 'REQ-PARTICIPANT')]
    created = T(UTC, 2026, 6, 2, 6, 12, 31)

    def body(when, note, description):
        return ("""\
%sInterview: Salma Farouk / Dr. Yousef Haddad - Clinical Pharmacist
%s
Eastern European Summer Time - Cairo

Join with Google Meet
%s

Guests
Anjali Nair - organiser
Dr. Yousef Haddad
salma.farouk@example.com
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NHE3bTJrOXZkMWM4dDBzamg2Zm4zYnBscmUgc2FsbWEuZmFyb3VrQGV4YW1wbGUuY29t

%s

Reply for salma.farouk@example.com
Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=NHE3bTJrOXZkMWM4dDBzamg2Zm4zYnBscmU&rst=1
No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NHE3bTJrOXZkMWM4dDBzamg2Zm4zYnBscmU&rst=2
Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=NHE3bTJrOXZkMWM4dDBzamg2Zm4zYnBscmU&rst=3

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future
updates for this event, decline this event.
""" % (note, when, meet, description))

    text1 = body('Monday 8 Jun 2026 ⋅ 10:00 – 10:45', '', desc)
    text2 = body('Wednesday 10 Jun 2026 ⋅ 14:00 – 14:45',
                 'This event has been updated with a note:\n"Dr. Yousef has a branch audit on Monday, so we have '
                 'moved your interview to Wednesday 10 June, 3:00 PM Dubai time (2:00 PM Cairo). Same Meet '
                 'link. Anjali"\nChanged: time\n\n', desc2)
    cal1 = google_ics('REQUEST', uid, 0, first, first + timedelta(minutes=45), sent1, created, sent1,
                      ('Anjali Nair', anjali), guests, summary, desc, meet)
    cal2 = google_ics('REQUEST', uid, 1, start, end, sent2, created, sent2,
                      ('Anjali Nair', anjali), guests, summary, desc2, meet)
    h1 = google_headers('Anjali Nair', anjali,
                        'Invitation: %s @ Mon 8 Jun 2026 10:00 - 10:45 (EEST) (%s)' % (summary, USER), sent1,
                        '<calendar-7c1e94a2-5d3b-4b8f-a0e6-29f4d81c3b57@google.com>')
    h2 = google_headers('Anjali Nair', anjali,
                        'Updated invitation with note: %s @ Wed 10 Jun 2026 14:00 - 14:45 (EEST) (%s)'
                        % (summary, USER), sent2,
                        '<calendar-e2b05f18-9a4c-4c71-8d3e-6f0a2b9c1d84@google.com>')
    items = [('01-invitation.eml', google_invite(h1, '000000000000f1c4a90620b3e7d2', '000000000000f1c4a70620b3e7d0',
                                                  text1, cal1)),
             ('02-updated-invitation.eml', google_invite(h2, '0000000000004a2d6e0620d1b8f5',
                                                          '0000000000004a2d6c0620d1b8f3', text2, cal2))]
    lab = label([iv('Palm Crescent Pharmacies', 'Clinical Pharmacist', start, end, 'scheduled',
                    [yousef], [yousef], 'hiring_manager')],
                'hard', 'positive/google-reschedule-recipient-tz',
                'Google invite then "Updated invitation" (SEQUENCE 1, same UID) moving Mon 8 Jun 11:00 Dubai to '
                'Wed 10 Jun 15:00 Dubai. Google renders the times in the recipient zone (Cairo EEST, UTC+3) so the '
                'mail says 14:00 - 14:45 while the note says 3:00 PM Dubai; .ics is in UTC.')
    return items, lab


@case('b200-07-teams-panel-cancelled-jeddah')
def c07():
    sent1 = T(UTC, 2026, 7, 5, 8, 40, 21, 'Sunday')
    sent2 = T(UTC, 2026, 7, 9, 12, 2, 55, 'Thursday')
    start = T(RIYADH, 2026, 7, 14, 9, 30, weekday='Tuesday')
    end = T(RIYADH, 2026, 7, 14, 10, 30)
    lamia = 'lamia.bukhari@corniche-hospital.example'
    waleed = 'waleed.alghamdi@corniche-hospital.example'
    sara = 'sara.alzahrani@corniche-hospital.example'
    subj = 'Panel Interview - Clinical Pharmacist (Internal Medicine) - Salma Farouk'
    teams_url, teams_text = teams_block('ZTk0YjNhMDItNWY4MS00ZGM2LWIyMTctM2E5YzBkNmU4ZjQx',
                                        '3e8a1f70-b25c-4d19-8c4e-61d0f2a7b9e3',
                                        '9a0d6c52-1e7b-4f38-a2c9-5b4e8d1f0c76', '427 903 185 660', 'hT4mQ9')
    when = 'When: Tuesday, July 14, 2026 9:30 AM-10:30 AM (UTC+03:00) Kuwait, Riyadh.\nWhere: Microsoft Teams Meeting\n'
    text1 = when + """
*~*~*~*~*~*~*~*~*~*

Dear Dr. Salma,

You are invited to a panel interview for the Clinical Pharmacist (Internal Medicine) position at Corniche
Specialist Hospital, Jeddah. The panel: Dr. Waleed Al-Ghamdi (Pharmacy Director) and Dr. Sara Al-Zahrani
(Clinical Pharmacy Supervisor). Please keep your SCFHS eligibility number ready.

Regards,
Lamia Bukhari
Recruitment Coordinator | Corniche Specialist Hospital

""" + teams_text + '\n'
    text2 = when + """
*~*~*~*~*~*~*~*~*~*

Dear Dr. Salma,

I am sorry to inform you that the Clinical Pharmacist (Internal Medicine) requisition has been put on hold
by management, so we have to cancel Tuesday's panel interview. We will contact you again if the position
reopens.

Regards,
Lamia Bukhari
"""
    uid = '040000008200E00074C5B7101A82E0080000000071C9E4A2F10CDD01000000000000000010000000B8D24F6E1A37'
    att = [('Salma Farouk', USER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
           ('Waleed Al-Ghamdi', waleed, 'REQ-PARTICIPANT', 'ACCEPTED'),
           ('Sara Al-Zahrani', sara, 'REQ-PARTICIPANT', 'ACCEPTED')]
    tz = vtz_windows_fixed('Arab Standard Time', '+0300')
    cal1 = outlook_ics('REQUEST', tz, 'Arab Standard Time', start, end, uid, 0, sent1 - timedelta(seconds=40),
                       ('Lamia Bukhari', lamia), att, subj, text1.split('*~*~*~*~*~*~*~*~*~*\n\n')[1],
                       'Microsoft Teams Meeting', teams_url=teams_url)
    cal2 = outlook_ics('CANCEL', tz, 'Arab Standard Time', start, end, uid, 1, sent2 - timedelta(seconds=20),
                       ('Lamia Bukhari', lamia), att, 'Canceled: ' + subj,
                       text2.split('*~*~*~*~*~*~*~*~*~*\n\n')[1], 'Microsoft Teams Meeting', status='CANCELLED')
    to = ', '.join([SALMA, addr('Waleed Al-Ghamdi', waleed), addr('Sara Al-Zahrani', sara)])
    h1 = outlook_headers(addr('Lamia Bukhari', lamia), to, subj, sent1,
                         '<PAXPR02MB7433E5A0C91D4F27B8E6C3D1A905@PAXPR02MB7433.eurprd02.prod.outlook.com>',
                         'EUR03-VI1-obe.outbound.protection.outlook.com', '40.107.103.55', 'q2si8830117ejc',
                         'AQHbFrX2e7n1m4Ck0Uy3pZ9aRtW6Lg==')
    h2 = outlook_headers(addr('Lamia Bukhari', lamia), to, 'Canceled: ' + subj, sent2,
                         '<PAXPR02MB74339B2E6D04C1F8A73E5D2C6B18@PAXPR02MB7433.eurprd02.prod.outlook.com>',
                         'EUR03-VI1-obe.outbound.protection.outlook.com', '40.107.103.58', 'w9si2264531ejd',
                         'AQHbFrX2e7n1m4Ck0Uy3pZ9aRtW6LgAQ1mHt8Q==', topic=subj) + ['Importance: high']
    items = [('01-teams-panel-invitation.eml',
              outlook_invite(h1, '_000_PAXPR02MB7433E5A0C91D4F27B8E6C3D1A905PAXPR02MB7433eurp_', text1, cal1,
                             'REQUEST')),
             ('02-canceled-panel-interview.eml',
              outlook_invite(h2, '_000_PAXPR02MB74339B2E6D04C1F8A73E5D2C6B18PAXPR02MB7433eurp_', text2, cal2,
                             'CANCEL'))]
    lab = label([iv('Corniche Specialist Hospital', 'Clinical Pharmacist (Internal Medicine)', start, end,
                    'cancelled', [waleed, sara], [waleed, sara], 'onsite')],
                'medium', 'positive/cancellation-outlook',
                'Teams panel invite (Windows TZID "Arab Standard Time" = Riyadh UTC+3, not to be confused with '
                '"Arabian Standard Time" UTC+4) then METHOD:CANCEL / STATUS:CANCELLED with the same UID: kept as '
                'cancelled at the last scheduled time. Two-person panel -> onsite.')
    return items, lab


@case('b200-08-hr-call-then-pharmacy-director')
def c08():
    sent1 = T(CAIRO, 2026, 6, 7, 11, 18, 9, 'Sunday')
    reply = T(CAIRO, 2026, 6, 7, 13, 2, 44)
    sent2 = T(CAIRO, 2026, 6, 9, 14, 10, 31, 'Tuesday')
    sent3 = T(UTC, 2026, 6, 9, 11, 14, 2)
    s1 = T(CAIRO, 2026, 6, 9, 12, 30)
    ar_weekday(s1, 'الثلاثاء')
    e1 = s1 + timedelta(minutes=20)
    s2 = T(CAIRO, 2026, 6, 15, 13, 0, weekday='Monday')
    ar_weekday(s2, 'الاثنين')
    e2 = s2 + timedelta(hours=1)
    assert_offset(s1, 3)
    assert_offset(s2, 3)
    dina = 'dina.ragab@nouralhayah-hospitals.example'
    hesham = 'hesham.fawzy@nouralhayah-hospitals.example'
    subj = 'Clinical Pharmacist - Nour Al Hayah Hospitals / مكالمة تعارف'
    sig = """\
Dina Ragab
Senior HR Specialist - Talent Acquisition
Nour Al Hayah Hospitals | New Cairo
"""
    text1 = """\
دكتورة سلمى صباح الخير،

أنا دينا رجب من الـHR في مستشفيات نور الحياة. وصلنا الـCV بتاعك على وظيفة Clinical Pharmacist في فرع التجمع الخامس.
حابين نعمل phone interview قصيرة معايا الأول (حوالي ٢٠ دقيقة) يوم الثلاثاء ٩ يونيو الساعة ١٢:٣٠ الضهر، هكلمك على رقم الموبايل اللي في الـCV.
لو الميعاد مش مناسب قوليلي ونغيره.

تحياتي،
""" + sig
    m1 = '<VI1PR09MB4127A6C2E81F03D5B94C7E2A1F68@VI1PR09MB4127.eurprd09.prod.outlook.com>'
    m_reply = '<CAGv3xT0pK9eQm2sL7wYd1nB4cRj8uZf5aHo6iE@mail.gmail.com>'
    m2 = '<VI1PR09MB41273F8D0B2C6E17A5D9C4B38E02@VI1PR09MB4127.eurprd09.prod.outlook.com>'
    reply_text = """\
أهلاً أستاذة دينا،
الميعاد مناسب جداً، هستنى مكالمة حضرتك يوم الثلاثاء الساعة ١٢:٣٠.
شكراً جزيلاً،
سلمى فاروق
"""
    text2 = """\
د. سلمى،

شكراً على المكالمة النهارده، كانت لطيفة جداً.
د. هشام فوزي مدير إدارة الصيدلة حابب يقابلك أونلاين على Teams يوم الاثنين ١٥ يونيو الساعة ١ الضهر لمدة ساعة.
هبعتلك الدعوة دلوقتي من الـOutlook، ولو عندك أي استفسار كلميني.

""" + sig + """
________________________________
From: Salma Farouk <salma.farouk@example.com>
Sent: Sunday, June 7, 2026 1:02 PM
To: Dina Ragab <dina.ragab@nouralhayah-hospitals.example>
Subject: Re: Clinical Pharmacist - Nour Al Hayah Hospitals / مكالمة تعارف

""" + reply_text + """
________________________________
From: Dina Ragab <dina.ragab@nouralhayah-hospitals.example>
Sent: Sunday, June 7, 2026 11:18 AM
To: Salma Farouk <salma.farouk@example.com>
Subject: Clinical Pharmacist - Nour Al Hayah Hospitals / مكالمة تعارف

""" + text1
    assert reply.hour == 13 and reply.minute == 2 and sent1.hour == 11
    h1 = std_headers(addr('Dina Ragab', dina), SALMA, subj, sent1, m1,
                     'EUR04-VI1-obe.outbound.protection.outlook.com', '40.107.8.113', 'b3si5510288ejr',
                     extra=['Thread-Topic: ' + enc_hdr(subj), 'Thread-Index: AQHb2f0kT1y7Qw9mXE6n3hS8pZr0cA==',
                            'Content-Language: ar-EG'])
    h2 = std_headers(addr('Dina Ragab', dina), SALMA, 'RE: ' + subj, sent2, m2,
                     'EUR04-VI1-obe.outbound.protection.outlook.com', '40.107.8.117', 'y6si7742016ejs',
                     in_reply_to=m_reply, references=m1 + '\n ' + m_reply,
                     extra=['Thread-Topic: ' + enc_hdr(subj),
                            'Thread-Index: AQHb2f0kT1y7Qw9mXE6n3hS8pZr0cAAK2vBnAGx4ZqA=', 'Content-Language: ar-EG'])
    teams_url, teams_text = teams_block('YjI3ZDhlNTAtOWMxNi00NzVhLThiZjMtZDQxMmE2YzA5ZTg3',
                                        '5c2e9b14-7a03-4e6f-9d81-e0f4a3b76c25',
                                        'f81b3d09-4c6e-42a7-b5d0-3e9c72a1f4b8', '366 041 729 518', 'nP2yV6')
    text3 = """\
When: Monday, June 15, 2026 1:00 PM-2:00 PM (UTC+02:00) Cairo.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Dr. Salma,

As agreed, this is your interview for the Clinical Pharmacist position with Dr. Hesham Fawzy, Director of
Pharmacy - Nour Al Hayah Hospitals.

Best regards,
""" + sig + '\n' + teams_text + '\n'
    uid = '040000008200E00074C5B7101A82E00800000000D2E7A05B3CF8DC010000000000000000100000004F1A6C93E2B5'
    cal = outlook_ics('REQUEST', VTZ_EGYPT_WINDOWS, 'Egypt Standard Time', s2, e2, uid, 0,
                      sent3 - timedelta(seconds=30), ('Dina Ragab', dina),
                      [('Salma Farouk', USER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                       ('Hesham Fawzy', hesham, 'REQ-PARTICIPANT', 'ACCEPTED')],
                      'Interview - Clinical Pharmacist - Dr. Salma Farouk / Dr. Hesham Fawzy',
                      text3.split('*~*~*~*~*~*~*~*~*~*\n\n')[1], 'Microsoft Teams Meeting', teams_url=teams_url)
    h3 = outlook_headers(addr('Dina Ragab', dina), SALMA + ', ' + addr('Hesham Fawzy', hesham),
                         'Interview - Clinical Pharmacist - Dr. Salma Farouk / Dr. Hesham Fawzy', sent3,
                         '<VI1PR09MB4127C0E94A7B2D58F16E3A9D7C41@VI1PR09MB4127.eurprd09.prod.outlook.com>',
                         'EUR04-VI1-obe.outbound.protection.outlook.com', '40.107.8.120', 'h1si3307952ejt',
                         'AQHb2iK6mV0a9Pq3RyW7Lx2nE5tC8A==')
    items = [('01-dina-phone-interview-proposal.eml', eml(h1, alt('_000_VI1PR09MB4127A6C2E81F03D5B94C7E2A1F68VI1PR09MB4127eurp_', text1, rtl=True))),
             ('02-dina-after-call-director-next.eml', eml(h2, alt('_000_VI1PR09MB41273F8D0B2C6E17A5D9C4B38E02VI1PR09MB4127eurp_', text2, rtl=True))),
             ('03-teams-invitation-director.eml',
              outlook_invite(h3, '_000_VI1PR09MB4127C0E94A7B2D58F16E3A9D7C41VI1PR09MB4127eurp_', text3, cal,
                             'REQUEST'))]
    lab = label([iv('Nour Al Hayah Hospitals', 'Clinical Pharmacist', s1, e1, 'scheduled', [dina], [dina],
                    'phone_screen'),
                 iv('Nour Al Hayah Hospitals', 'Clinical Pharmacist', s2, e2, 'scheduled', [hesham], [hesham],
                    'hiring_manager')],
                'hard', 'positive/two-interviews-same-company',
                'Two interviews: HR phone screen proposed in Egyptian Arabic (الثلاثاء ٩ يونيو ١٢:٣٠، ~٢٠ دقيقة), '
                'confirmed in the quoted reply; then a Teams invite with the pharmacy director. Outlook shows the '
                'standard-time label "(UTC+02:00) Cairo" but Egypt is on summer time in June: 13:00 local = '
                'UTC+3 (VTIMEZONE "Egypt Standard Time" carries the DST rule).')
    return items, lab


@case('b200-09-gcal-api-event-abu-dhabi')
def c09():
    start = T(DUBAI, 2026, 8, 18, 9, 0, weekday='Tuesday')
    end = start + timedelta(hours=1)
    lina = 'lina.khoury@alreem-healthcare.example'
    sameer = 'sameer.qureshi@alreem-healthcare.example'
    ev = {
        'kind': 'calendar#event',
        'etag': '"3511920465118000"',
        'id': '6hj3oc9m1f2k8b0p5t7v4qe9ad',
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=NmhqM29jOW0xZjJrOGIwcDV0N3Y0cWU5YWQgc2FsbWEuZmFyb3VrQGV4YW1wbGUuY29t',
        'created': '2026-08-10T07:48:12.000Z',
        'updated': '2026-08-10T08:03:52.559Z',
        'summary': 'Interview | Clinical Pharmacist - Oncology | Salma Farouk',
        'description': ('Technical interview (clinical cases: chemotherapy protocols, renal/hepatic dose '
                        'adjustment, supportive care) with Dr. Sameer Qureshi, Lead Oncology Pharmacist.\n'
                        'Lina Khoury (Talent Acquisition, Al Reem Healthcare - Abu Dhabi) is organising only.\n'
                        'Please join 5 minutes early with your camera on.'),
        'location': 'Google Meet',
        'creator': {'email': lina, 'displayName': 'Lina Khoury'},
        'organizer': {'email': lina, 'displayName': 'Lina Khoury'},
        # Calendar API returns dateTime in the requesting calendar's zone (Africa/Cairo) + the event zone
        'start': {'dateTime': start.astimezone(CAIRO).isoformat(), 'timeZone': 'Asia/Dubai'},
        'end': {'dateTime': end.astimezone(CAIRO).isoformat(), 'timeZone': 'Asia/Dubai'},
        'iCalUID': '6hj3oc9m1f2k8b0p5t7v4qe9ad@google.com',
        'sequence': 0,
        'attendees': [
            {'email': lina, 'displayName': 'Lina Khoury', 'organizer': True, 'responseStatus': 'accepted'},
            {'email': sameer, 'displayName': 'Sameer Qureshi', 'responseStatus': 'accepted'},
            {'email': USER, 'self': True, 'responseStatus': 'accepted'},
        ],
        'hangoutLink': 'https://meet.google.com/rvd-nqwe-kfx',
        'conferenceData': {
            'entryPoints': [
                {'entryPointType': 'video', 'uri': 'https://meet.google.com/rvd-nqwe-kfx',
                 'label': 'meet.google.com/rvd-nqwe-kfx'},
                {'entryPointType': 'more', 'uri': 'https://tel.meet/rvd-nqwe-kfx?pin=3318402957716',
                 'pin': '3318402957716'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': 'rvd-nqwe-kfx'},
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    assert ev['start']['dateTime'] == '2026-08-18T08:00:00+03:00'
    items = [('01-interview-alreem.gcal.json', json.dumps(ev, indent=2, ensure_ascii=False) + '\n')]
    lab = label([iv('Al Reem Healthcare', 'Clinical Pharmacist - Oncology', start, end, 'scheduled',
                    [sameer], [sameer], 'technical')],
                'medium', 'positive/gcal-api-json',
                'Calendar API event: dateTime is rendered in the owner calendar zone (Cairo, +03:00) while the '
                'event zone is Asia/Dubai; same instant as 09:00 Dubai. Organizer only coordinates.')
    return items, lab


@case('b200-10-standalone-ics-cairo-last-summer-day')
def c10():
    start = T(CAIRO, 2026, 10, 29, 13, 0, weekday='Thursday')
    ar_weekday(start, 'الخميس')
    assert_offset(start, 3)
    assert T(CAIRO, 2026, 10, 30, 12, 0).utcoffset() == timedelta(hours=2)
    end = start + timedelta(hours=1)
    tamer = 'tamer.youssef@deltacare-pharmacies.example'
    rania = 'rania.adel@deltacare-pharmacies.example'
    desc = ('د. سلمى، نؤكد موعد المقابلة الشخصية لوظيفة صيدلي إكلينيكي (Clinical Pharmacist - Chronic Care '
            'Program) يوم الخميس ٢٩ أكتوبر الساعة ١:٠٠ ظهراً بمقر الإدارة مع د. تامر يوسف (مدير الخدمات الصيدلية) '
            'ود. رانيا عادل (مدير التدريب). المدة ساعة تقريباً.\n'
            'ملحوظة: ده آخر يوم في التوقيت الصيفي، الساعة بترجع ساعة بعد نص الليل.\n\n'
            'Delta Care Pharmacies - Head Office, Nasr City, Cairo')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'VERSION:2.0',
         'METHOD:REQUEST'] + VTZ_CAIRO_OLSON + [
        'BEGIN:VEVENT', 'CREATED:20261021T091455Z', 'LAST-MODIFIED:20261021T092210Z', 'DTSTAMP:20261021T092210Z',
        'UID:8f3c1e27-64ab-4d90-b5e2-c71a09d4f3b6',
        'SUMMARY:مقابلة شخصية - صيدلي إكلينيكي / Interview - Clinical Pharmacist (Delta Care Pharmacies)',
        'ORGANIZER;CN=Dr. Tamer Youssef:mailto:' + tamer,
        'ATTENDEE;RSVP=TRUE;CN=Dr. Rania Adel;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:' + rania,
        'ATTENDEE;RSVP=TRUE;CN=Salma Farouk;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:' + USER,
        'DTSTART;TZID=Africa/Cairo:' + localstamp(start), 'DTEND;TZID=Africa/Cairo:' + localstamp(end),
        'STATUS:CONFIRMED', 'SEQUENCE:0', 'TRANSP:OPAQUE',
        'LOCATION:' + esc('Delta Care Pharmacies Head Office, 3rd floor, Nasr City, Cairo'),
        'DESCRIPTION:' + esc(desc), 'X-MOZ-SEND-INVITATIONS:TRUE',
        'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;VALUE=DURATION:-PT1H', 'DESCRIPTION:Default Mozilla Description',
        'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    items = [('01-delta-care-interview.ics', ics(L))]
    lab = label([iv('Delta Care Pharmacies', 'Clinical Pharmacist - Chronic Care Program', start, end,
                    'scheduled', [tamer, rania], [tamer, rania], 'onsite')],
                'hard', 'positive/standalone-ics-dst-edge',
                'Standalone Thunderbird .ics, TZID Africa/Cairo with a DST-aware VTIMEZONE; Thu 29 Oct 2026 is '
                'the last day of Egyptian summer time (UTC+3 until midnight). In-person panel of two -> onsite.')
    return items, lab


@case('b200-11-virtual-onsite-loop-riyadh')
def c11():
    sent = T(RIYADH, 2026, 9, 2, 10, 22, 10, 'Wednesday')
    start = T(RIYADH, 2026, 9, 8, 10, 0, weekday='Tuesday')
    end = T(RIYADH, 2026, 9, 8, 12, 0)
    assert start.astimezone(CAIRO).hour == 10  # "same as Cairo time at this time of year"
    nouf = 'nouf.alqahtani@wadihanifa-medical.example'
    abeer = 'abeer.alshehri@wadihanifa-medical.example'
    imran = 'imran.siddiqui@wadihanifa-medical.example'
    faisal = 'faisal.almutairi@wadihanifa-medical.example'
    turki = 'turki.alanazi@wadihanifa-medical.example'
    text = """\
Dear Dr. Salma,

Congratulations on progressing to the final stage for the Clinical Pharmacist (Critical Care) position at
Wadi Hanifa Medical Complex. Your virtual interview day will take place on Microsoft Teams on
Tuesday, 8 September 2026. All times are Riyadh time (AST, GMT+3), which is the same as Cairo time at
this time of year.

10:00 - 10:45   Clinical case discussion
                Dr. Abeer Al-Shehri, Clinical Pharmacy Consultant (abeer.alshehri@wadihanifa-medical.example)
                Dr. Imran Siddiqui, Clinical Pharmacist - Critical Care (imran.siddiqui@wadihanifa-medical.example)
10:45 - 11:15   Interview with the Director of Pharmaceutical Care
                Dr. Faisal Al-Mutairi (faisal.almutairi@wadihanifa-medical.example)
11:15 - 11:30   Break
11:30 - 12:00   HR interview (package, SCFHS licensing, relocation)
                Mr. Turki Al-Anazi, HR Business Partner (turki.alanazi@wadihanifa-medical.example)

One Teams link is used for the whole morning; the calendar file is attached. I am coordinating the day
and will not join the sessions - please contact me if anything changes.

Kind regards,
Nouf Al-Qahtani
Recruitment Coordinator | Wadi Hanifa Medical Complex, Riyadh
"""
    teams_url, teams_text = teams_block('MzFhYzc0ZDYtYjgyZS00ZTFmLTk1MGEtN2M2ZDNlOWIwYTIy',
                                        '8d61f2b0-3c7a-4e95-b104-a9e5c2d7f368',
                                        '24c9e7a1-0b5d-4f83-96e2-d7a3f1c80b45', '471 228 930 164', 'Rk3sW8')
    uid = '040000008200E00074C5B7101A82E00800000000F4A0C36E82B1DD010000000000000000100000009C3E57A1D06F'
    cal = outlook_ics('REQUEST', vtz_windows_fixed('Arab Standard Time', '+0300'), 'Arab Standard Time',
                      start, end, uid, 0, sent - timedelta(minutes=2), ('Nouf Al-Qahtani', nouf),
                      [('Salma Farouk', USER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                       ('Abeer Al-Shehri', abeer, 'REQ-PARTICIPANT', 'ACCEPTED'),
                       ('Imran Siddiqui', imran, 'REQ-PARTICIPANT', 'ACCEPTED'),
                       ('Faisal Al-Mutairi', faisal, 'REQ-PARTICIPANT', 'TENTATIVE'),
                       ('Turki Al-Anazi', turki, 'REQ-PARTICIPANT', 'ACCEPTED')],
                      'Virtual Interview Day - Clinical Pharmacist (Critical Care) - Salma Farouk',
                      'Clinical case 10:00-10:45 | Pharmacy Director 10:45-11:15 | Break | HR 11:30-12:00\n\n'
                      + teams_text, 'Microsoft Teams Meeting', teams_url=teams_url)
    hdrs = std_headers(addr('Nouf Al-Qahtani', nouf), SALMA,
                       'Interview Day Itinerary - Clinical Pharmacist (Critical Care) - Tuesday 8 September', sent,
                       '<DU2PR10MB5874B6E1C03A9F4D72E85C1B0A93@DU2PR10MB5874.EURPRD10.PROD.OUTLOOK.COM>',
                       'EUR05-DB8-obe.outbound.protection.outlook.com', '40.107.20.66', 'z5si9914270eds',
                       extra=['Thread-Topic: Interview Day Itinerary - Clinical Pharmacist (Critical Care) - Tuesday 8 September',
                              'Thread-Index: AQHcHJx0b7Kp2Vn9QmE3sD1aYt6R4w==', 'X-MS-Has-Attach: yes'])
    body = multi('mixed', '_004_DU2PR10MB5874B6E1C03A9F4D72E85C1B0A93DU2PR10MB5874EURP_', [
        alt('_000_DU2PR10MB5874B6E1C03A9F4D72E85C1B0A93DU2PR10MB5874EURP_', text),
        leaf('text/calendar; name="Interview Day - Salma Farouk.ics"; method=REQUEST', cal, 'base64',
             disposition='attachment; filename="Interview Day - Salma Farouk.ics"')])
    items = [('01-interview-day-itinerary.eml', eml(hdrs, body))]
    lab = label([iv('Wadi Hanifa Medical Complex', 'Clinical Pharmacist (Critical Care)', start, end, 'scheduled',
                    [abeer, imran, faisal, turki], [abeer, imran, faisal, turki], 'onsite')],
                'medium', 'positive/virtual-onsite-loop',
                'Same-morning loop of three sessions with a break -> ONE onsite from 10:00 to 12:00 Riyadh, all four '
                'interviewers; the coordinator does not join.')
    return items, lab


@case('b200-12-thread-slots-then-confirmed-khobar')
def c12():
    sent1 = T(RIYADH, 2026, 3, 8, 9, 12, 45, 'Sunday')
    reply = T(CAIRO, 2026, 3, 8, 13, 27, 0)
    sent2 = T(RIYADH, 2026, 3, 8, 15, 40, 3)
    slot_a = T(RIYADH, 2026, 3, 10, 11, 0, weekday='Tuesday')
    start = T(RIYADH, 2026, 3, 11, 14, 0, weekday='Wednesday')
    ar_weekday(start, 'الأربعاء')
    assert start.astimezone(CAIRO).hour == 13  # Cairo still UTC+2 in March
    end = start + timedelta(minutes=30)
    moh = 'mohammed.aldossary@khobarhealth.example'
    m1 = '<CAHx4Tq1zR7dY0wN3bV9mK2pL6sJ8eF5cGu1aQ@mail.gmail.com>'
    m_reply = '<CAGv3xT0qM4rLn8eZ1yW6cD2bK9tVj5sAh7pXo@mail.gmail.com>'
    m2 = '<CAHx4Tq3bW8nE2kR6yP0vM5dJ1sL9cG7fZu4hT@mail.gmail.com>'
    text1 = """\
Dear Salma,

Thank you for applying through GulfTalent for the Clinical Pharmacist vacancy at Khobar Health Pharmacies
(Eastern Province, KSA). Your hospital and TPN experience is a good match and I'd like to set up a 30-minute
screening call with you.

Would either of these work for you?
 - Tuesday 10 March, 11:00 AM KSA
 - Wednesday 11 March, 2:00 PM KSA

I would call you on WhatsApp on the number in your CV.

Best regards,
Mohammed Al-Dossary
Senior Recruiter | Khobar Health Pharmacies
Al Khobar, Saudi Arabia
"""
    reply_text = """\
Dear Mr. Mohammed,

Thank you for reaching out. Wednesday 11 March at 2:00 PM KSA (١:٠٠ م بتوقيت القاهرة) works best for me.

Best regards,
Salma Farouk
"""
    text2 = """\
Perfect - confirmed for Wednesday 11 March at 2:00 PM KSA (1:00 PM Cairo). I'll call you on WhatsApp.

Talk then,
Mohammed

On Sun, Mar 8, 2026 at 2:27 PM Salma Farouk <salma.farouk@example.com> wrote:
""" + ''.join('> ' + l + '\n' if l else '>\n' for l in reply_text.splitlines()) + \
        '>\n> On Sun, Mar 8, 2026 at 8:12 AM Mohammed Al-Dossary <mohammed.aldossary@khobarhealth.example> wrote:\n' + \
        ''.join('>> ' + l + '\n' if l else '>>\n' for l in text1.splitlines())
    # attribution lines are rendered in the zone of the client that wrote them:
    # recruiter (Riyadh) quotes Salma at 13:27 Cairo = 2:27 PM KSA; Salma (Cairo) quotes 9:12 KSA = 8:12 AM
    assert reply.astimezone(RIYADH).strftime('%H:%M') == '14:27' and slot_a.hour == 11
    assert sent1.astimezone(CAIRO).strftime('%H:%M') == '08:12'
    h1 = std_headers(addr('Mohammed Al-Dossary', moh), SALMA,
                     'Clinical Pharmacist opportunity - Khobar Health Pharmacies (Eastern Province)', sent1, m1,
                     'mail-sor-f41.google.com', '209.85.220.41', 'a14si3309127wrx')
    h2 = std_headers(addr('Mohammed Al-Dossary', moh), SALMA,
                     'Re: Clinical Pharmacist opportunity - Khobar Health Pharmacies (Eastern Province)', sent2, m2,
                     'mail-sor-f41.google.com', '209.85.220.41', 'k20si4471560wrb',
                     in_reply_to=m_reply, references=m1 + ' ' + m_reply)
    items = [('01-recruiter-proposes-slots.eml', eml(h1, alt('000000000000b7e21c0612a4f0d3', text1))),
             ('02-recruiter-confirms.eml', eml(h2, alt('000000000000d94c3a0612a9b7e1', text2)))]
    lab = label([iv('Khobar Health Pharmacies', 'Clinical Pharmacist', start, end, 'scheduled', [moh], [moh],
                    'phone_screen')],
                'medium', 'positive/thread-propose-confirm',
                'Recruiter offers two KSA slots; the quoted candidate reply (Arabic-Indic ١:٠٠ م Cairo) picks the second '
                'and the recruiter confirms. Only Wed 11 Mar 14:00 KSA (13:00 Cairo, UTC+2) is the interview; the '
                'recruiter conducts the WhatsApp call.')
    return items, lab


@case('b200-13-forwarded-referral-sharjah')
def c13():
    sent1 = T(CAIRO, 2026, 8, 5, 20, 14, 33, 'Wednesday')
    fwd_orig = T(DUBAI, 2026, 8, 5, 17, 2, 0)
    sent2 = T(DUBAI, 2026, 8, 6, 9, 5, 0, 'Thursday')
    start = T(DUBAI, 2026, 8, 10, 14, 0, weekday='Monday')
    assert start.astimezone(CAIRO).hour == 13
    end = start + timedelta(minutes=30)
    heba = 'heba.lotfy@mailbox.example'
    joseph = 'joseph.mathew@alqasba-hospital.example'
    inner = """\
Dear Heba,

Thank you for recommending Dr. Salma. Her CV looks strong for our Clinical Pharmacist (Internal Medicine)
vacancy. I would be happy to interview her on Zoom on Monday 10 August at 2:00 PM UAE time (1:00 PM Cairo);
it should take about 30 minutes. Please ask her to confirm directly with me at
joseph.mathew@alqasba-hospital.example and I will send her the link.

Regards,
Joseph Mathew
Head of Pharmacy | Al Qasba Hospital, Sharjah
"""
    text1 = """\
سلمى، ده رد د. جوزيف على الإيميل اللي بعتهوله عنك. أكدي معاه مباشرة وبالتوفيق يا دكتورة!
هبة

---------- Forwarded message ---------
From: Joseph Mathew <joseph.mathew@alqasba-hospital.example>
Date: Wed, 5 Aug 2026 at 17:02
Subject: Re: Clinical pharmacist vacancy - Al Qasba Hospital Sharjah
To: Heba Lotfy <heba.lotfy@mailbox.example>

""" + inner
    text2 = """\
Dear Dr. Salma,

Thank you for confirming. As agreed: Monday 10 August, 2:00 PM UAE time, about 30 minutes.

Join Zoom Meeting
https://us02web.zoom.us/j/86120947733?pwd=cE5ZbUd2V0xqY3N5T1FiS3dJdGhRQT09
Meeting ID: 861 2094 7733
Passcode: 108226

Regards,
Joseph Mathew
Head of Pharmacy | Al Qasba Hospital, Sharjah
"""
    assert fwd_orig.hour == 17
    h1 = std_headers(addr('Heba Lotfy', heba), SALMA,
                     'Fwd: Clinical pharmacist vacancy - Al Qasba Hospital Sharjah', sent1,
                     '<CAM8fR2xLq0pW5nT9dY3vK7bE1sZj4uH6cGa2oN@mail.gmail.com>',
                     'mail-wm1-f48.google.com', '209.85.128.48', 'f3si6618204wmp')
    h2 = std_headers(addr('Joseph Mathew', joseph), SALMA, 'Zoom interview - Al Qasba Hospital', sent2,
                     '<BE1P281MB2041F3A7C95D0E2B81F6A4C7D3E9@BE1P281MB2041.DEUP281.PROD.OUTLOOK.COM>',
                     'DEU01-BE0-obe.outbound.protection.outlook.com', '40.107.135.84', 'r8si1057739edc',
                     in_reply_to='<CAGv3xT2dN8sQ1mW4kE7yB0zR5vL9tHj3pXa6cF@mail.gmail.com>',
                     references='<CAGv3xT2dN8sQ1mW4kE7yB0zR5vL9tHj3pXa6cF@mail.gmail.com>')
    items = [('01-heba-forwards-joseph-reply.eml', eml(h1, alt('000000000000c52f8e0623a1d4b6', text1, rtl=True))),
             ('02-joseph-zoom-link.eml', eml(h2, alt('_000_BE1P281MB2041F3A7C95D0E2B81F6A4C7D3E9BE1P281MB2041DEUP_', text2)))]
    lab = label([iv('Al Qasba Hospital', 'Clinical Pharmacist (Internal Medicine)', start, end, 'scheduled',
                    [joseph], [joseph], 'hiring_manager')],
                'medium', 'positive/forwarded-referral',
                'A colleague forwards the Head of Pharmacy\'s reply (forwarded block); he then confirms directly with '
                'the Zoom link. 2:00 PM UAE (UTC+4) = 1:00 PM Cairo (UTC+3) in August. One interview; the forwarding '
                'friend is not a recipient.')
    return items, lab


# =============================================================================================
# NEGATIVE CASES (look-alikes)
# =============================================================================================
@case('b200-14-prometric-dha-exam-booking')
def c14():
    sent = T(ZoneInfo('America/New_York'), 2026, 10, 12, 9, 41, 27, 'Monday')
    exam = T(CAIRO, 2026, 11, 12, 10, 0, weekday='Thursday')
    text = """\
Dear SALMA FAROUK,

Thank you for scheduling your appointment with Prometric. Please print or save this confirmation for
your records.

Confirmation Number: 0000000518834917
Program: Dubai Health Authority (DHA) - Professional Qualification Requirement
Exam: DHA Pharmacist Licensing Examination - Clinical Pharmacist
Appointment Date: Thursday, November 12, 2026
Appointment Time: 10:00 AM (local time at the test center)
Duration: 2 hours 30 minutes
Test Center: Prometric Test Center - Cairo, Egypt (Site 8402)

IMPORTANT CANDIDATE INFORMATION
- Please arrive at least 30 minutes before your scheduled appointment time for check-in.
- You must present a valid, government-issued photo ID (passport) whose name exactly matches the name
  on this confirmation.
- Personal items, including mobile phones and watches, are not permitted in the testing room.
- If you need to reschedule or cancel, you must do so at least 5 days before your appointment through
  the Prometric website. Missed appointments are not refundable.

Your exam result will be sent to the Dubai Health Authority (Sheryan) and is normally available within
5 working days.

Good luck on your exam!

Prometric Candidate Services
This is an automatically generated message. Please do not reply.
"""
    assert exam.day == 12
    hdrs = std_headers('Prometric <noreply@prometric.com>', USER,
                       'Appointment Confirmation - Dubai Health Authority (DHA) - Pharmacist', sent,
                       '<1760276487219.31877.prometric-sched-04@prometric.com>',
                       'mta-11.prometric.com', '66.212.148.11', 'u7si2108845qtb',
                       extra=['X-Auto-Response-Suppress: All', 'Auto-Submitted: auto-generated'])
    items = [('01-prometric-appointment-confirmation.eml', eml(hdrs, alt('----=_Part_31877_918273645.1760276487219', text)))]
    lab = label([], 'medium', 'negative/licensing-exam-booking',
                'Prometric booking for the DHA pharmacist licensing exam: candidate, appointment, date and time, '
                'but an exam is not a job interview.')
    return items, lab


@case('b200-15-embassy-visa-interview-appointment')
def c15():
    sent = T(CAIRO, 2026, 10, 20, 16, 3, 51, 'Tuesday')
    appt = T(CAIRO, 2026, 11, 16, 8, 15, weekday='Monday')
    assert_offset(appt, 2)
    text = """\
APPOINTMENT CONFIRMATION - VISA INTERVIEW

Dear SALMA FAROUK,

Your visa interview appointment at the Consular Section has been booked successfully.

Applicant: SALMA FAROUK        Passport No.: A2*****71
Visa category: Temporary visitor (business / conference)
Purpose of travel: Attending the Midyear Clinical Pharmacy Meeting (December 2026)
Location: Consular Section, Embassy Visa Services, Garden City, Cairo
Date: Monday, 16 November 2026
Time: 08:15 AM (Cairo time) - please arrive no earlier than 15 minutes before

Documents to bring to the interview:
- Printed appointment confirmation and DS confirmation page
- Valid passport and one previous passport (if any)
- Letter from your employer (Nile Crescent Hospital) confirming your position, salary and approved leave
- Conference registration receipt
- One 5x5 cm photograph with a white background

Electronic devices are not allowed inside the embassy. Applicants who arrive late may be asked to
reschedule.

To reschedule, log in to your profile at least 48 hours before your appointment. The calendar file
for this appointment is attached.

Embassy Visa Appointment Service - Cairo
This mailbox is not monitored.
"""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Visa Appointment Service//Scheduler 4.2//EN',
               'METHOD:PUBLISH', 'BEGIN:VEVENT', 'UID:VAS-CAI-20261116-0815-77310492@visa-appointments.example',
               'DTSTAMP:' + utcstamp(sent), 'DTSTART:' + utcstamp(appt), 'DTEND:' + utcstamp(appt + timedelta(hours=1)),
               'SUMMARY:Visa interview - Consular Section (Garden City\\, Cairo)',
               'LOCATION:Consular Section\\, Embassy Visa Services\\, Garden City\\, Cairo',
               'DESCRIPTION:Applicant: SALMA FAROUK\\nConfirmation: 77310492\\nBring passport\\, DS confirmation '
               'page\\, employer letter and conference registration.',
               'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    hdrs = std_headers('Embassy Visa Appointment Service <no-reply@visa-appointments.example>', USER,
                       'Appointment Confirmation - Visa Interview - 16 November 2026', sent,
                       '<77310492.1760968981@scheduler.visa-appointments.example>',
                       'scheduler.visa-appointments.example', '196.219.40.18', 'j2si6650193wrc')
    body = multi('mixed', '=_vas_77310492_mixed', [
        alt('=_vas_77310492_alt', text),
        leaf('text/calendar; charset="UTF-8"; name="appointment.ics"', cal, 'base64',
             disposition='attachment; filename="appointment.ics"')])
    items = [('01-visa-interview-appointment.eml', eml(hdrs, body))]
    lab = label([], 'hard', 'negative/visa-interview',
                'Consular visa interview for a conference trip, with an .ics and the employer named: a non-job '
                'interview, excluded by the rules.')
    return items, lab


@case('b200-16-pharmacists-syndicate-committee-meeting')
def c16():
    sent = T(UTC, 2026, 5, 14, 17, 25, 9, 'Thursday')
    start = T(CAIRO, 2026, 5, 21, 18, 0, weekday='Thursday')
    ar_weekday(start, 'الخميس')
    end = start + timedelta(hours=2)
    ashraf = 'ashraf.zaki@cairo-pharmsyndicate.example'
    summary = 'اجتماع لجنة الصيدلة الإكلينيكية - نقابة صيادلة القاهرة'
    desc = ('السادة الزملاء أعضاء لجنة الصيدلة الإكلينيكية،\n'
            'يسعدنا دعوتكم لحضور الاجتماع الشهري للجنة يوم الخميس ٢١ مايو الساعة ٦ مساءً بمقر النقابة.\n\n'
            'جدول الأعمال:\n'
            '١- مناقشة برنامج التعليم الصيدلي المستمر للربع الثالث\n'
            '٢- مقابلة مع السيد الدكتور نقيب الصيادلة لعرض مقترح دليل الممارسة الإكلينيكية\n'
            '٣- ترشيحات المحاضرين لمؤتمر النقابة السنوي\n\n'
            'د. أشرف زكي\nأمين اللجنة')
    guests = [('د. أشرف زكي', ashraf, 'ACCEPTED', 'REQ-PARTICIPANT'),
              (None, 'nermine.hosny@mailbox.example', 'NEEDS-ACTION', 'REQ-PARTICIPANT'),
              (None, 'waleed.sobhy@mailbox.example', 'ACCEPTED', 'REQ-PARTICIPANT'),
              (None, USER, 'NEEDS-ACTION', 'REQ-PARTICIPANT')]
    loc = 'نقابة صيادلة القاهرة - قاعة الاجتماعات، الدور الثاني'
    cal = google_ics('REQUEST', '1b8e5q2c7o0v4k9nt3m6hf1jsd@google.com', 0, start, end, sent,
                     T(UTC, 2026, 5, 14, 17, 24, 40), sent, ('د. أشرف زكي', ashraf), guests, summary, desc, loc)
    text = """\
%s
Thursday 21 May 2026 ⋅ 18:00 – 20:00
Eastern European Summer Time - Cairo

%s

Guests
د. أشرف زكي - organiser
nermine.hosny@mailbox.example
waleed.sobhy@mailbox.example
salma.farouk@example.com
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=MWI4ZTVxMmM3bzB2NGs5bnQzbTZoZjFqc2Q

%s

Reply for salma.farouk@example.com
Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=MWI4ZTVxMmM3bzB2NGs5bnQzbTZoZjFqc2Q&rst=1
No: https://calendar.google.com/calendar/event?action=RESPOND&eid=MWI4ZTVxMmM3bzB2NGs5bnQzbTZoZjFqc2Q&rst=2

Invitation from Google Calendar: https://calendar.google.com/calendar/
""" % (summary, loc, desc)
    hdrs = google_headers('د. أشرف زكي', ashraf,
                          'Invitation: %s @ Thu 21 May 2026 18:00 - 20:00 (EEST) (%s)' % (summary, USER), sent,
                          '<calendar-3d9a61f0-b27e-4c58-9e14-7f0c2a5b8d63@google.com>')
    items = [('01-committee-meeting-invitation.eml',
              google_invite(hdrs, '000000000000e3a7d10615c2f9b4', '000000000000e3a7cf0615c2f9b2', text, cal))]
    lab = label([], 'hard', 'negative/professional-body-meeting',
                'Google invite in Arabic for a pharmacists\' syndicate committee meeting; "مقابلة مع ... نقيب الصيادلة" means '
                'a meeting with the syndicate head, not a job interview.')
    return items, lab


@case('b200-17-medical-rep-product-presentation')
def c17():
    sent = T(UTC, 2026, 6, 16, 9, 48, 36, 'Tuesday')
    start = T(CAIRO, 2026, 6, 24, 12, 30, weekday='Wednesday')
    end = start + timedelta(hours=1)
    ahmed = 'ahmed.tarek@nilegen-pharma.example'
    magdy = 'magdy.helmy@nilecrescent-hospital.example'
    omnia = 'omnia.shawky@nilecrescent-hospital.example'
    teams_url, teams_text = teams_block('OGUxNzRiYzMtZDY5MC00YTJlLWFmNTgtMGMzYjdlOTFkNDA1',
                                        '61b0e4d7-92fc-4a13-8e5b-c7d2a0f39e16',
                                        'a7d3c8f1-5e29-4b06-b8a4-1f6e0c92d37b', '395 860 217 443', 'Lm5tX2')
    text = """\
When: Wednesday, June 24, 2026 12:30 PM-1:30 PM (UTC+02:00) Cairo.
Where: Pharmacy Department meeting room, Nile Crescent Hospital / Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Doctors,

Further to my visit to Dr. Magdy last week, I would be glad to present the latest clinical data on
Thrombexa (apixaban) - including renal dosing and switching from warfarin - to the Clinical Pharmacy team,
followed by an open Q&A. Colleagues on shift can join on Teams. Lunch will be served.

Best regards,
Ahmed Tarek
Senior Medical Representative - Cardiovascular Line
Nilegen Pharma Egypt | Mobile +20 100 000 0000

""" + teams_text + '\n'
    uid = '040000008200E00074C5B7101A82E0080000000058B3E1C0A74DDC01000000000000000010000000A6E92C4B7F30'
    cal = outlook_ics('REQUEST', VTZ_EGYPT_WINDOWS, 'Egypt Standard Time', start, end, uid, 0,
                      sent - timedelta(seconds=25), ('Ahmed Tarek', ahmed),
                      [('Magdy Helmy', magdy, 'REQ-PARTICIPANT', 'ACCEPTED'),
                       ('Salma Farouk', USER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                       ('Omnia Shawky', omnia, 'OPT-PARTICIPANT', 'NEEDS-ACTION')],
                      'Scientific Meeting - Thrombexa (apixaban) product presentation - Clinical Pharmacy Dept.',
                      text.split('*~*~*~*~*~*~*~*~*~*\n\n')[1],
                      'Pharmacy Department meeting room, Nile Crescent Hospital / Microsoft Teams Meeting',
                      teams_url=teams_url)
    to = ', '.join([addr('Magdy Helmy', magdy), SALMA])
    hdrs = outlook_headers(addr('Ahmed Tarek', ahmed), to,
                           'Scientific Meeting - Thrombexa (apixaban) product presentation - Clinical Pharmacy Dept.',
                           sent, '<AS8PR05MB9120E2C7A4F1B06D39E85C7A1D24@AS8PR05MB9120.eurprd05.prod.outlook.com>',
                           'EUR01-HE1-obe.outbound.protection.outlook.com', '40.107.13.96', 'm6si4482715ejf',
                           'AQHc3Ag9F1hQz7mLk2Rb0Ws5Tn4yJA==', cc=addr('Omnia Shawky', omnia))
    items = [('01-product-presentation-invite.eml',
              outlook_invite(hdrs, '_000_AS8PR05MB9120E2C7A4F1B06D39E85C7A1D24AS8PR05MB9120eurp_', text, cal,
                             'REQUEST'))]
    lab = label([], 'medium', 'negative/vendor-presentation',
                'Medical rep\'s Teams/in-person product presentation at the owner\'s current hospital: a meeting '
                'invite with Q&A, not a hiring conversation.')
    return items, lab


@case('b200-18-cpd-webinar-interview-skills')
def c18():
    sent = T(UTC, 2026, 9, 1, 14, 7, 58, 'Tuesday')
    start = T(DUBAI, 2026, 9, 15, 19, 0, weekday='Tuesday')
    end = start + timedelta(minutes=90)
    title = ('Cracking the Clinical Pharmacist Interview in Gulf Hospitals (DHA / DOH / SCFHS) - '
             '1.5 CPD hours')
    link = 'https://us06web.zoom.us/w/89071452630?tk=Fq1v0p8sZ3Kc7wY2hN5mR9dJ4tL6bE0aX-Ug3oS.DQkAAAAUoj3b1hZ'
    text = """\
Hi Salma,

Thank you for registering for "%s".

Please submit any questions to: events@gulfpharm-cpd.example

Date Time: Sep 15, 2026 07:00 PM Abu Dhabi, Muscat

Join from PC, Mac, iPad, or Android:
%s
Passcode: 662014

Add to calendar: the invitation is attached (Outlook / iCal).

Or One tap mobile:
    +97143160000,,89071452630#,,,,*662014# United Arab Emirates

Webinar ID: 890 7145 2630

Speakers: Dr. Lubna Haddad, Director of Pharmacy; Dr. Ravi Kumar, Pharmacy Recruitment Lead.
Topics: competency-based interview questions, clinical case panels, DHA/SCFHS licensing timelines,
salary negotiation. A CPD certificate (1.5 hours) is issued to attendees who stay for 60 minutes or more.

You can cancel your registration at any time.
""" % (title, link)
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
               'METHOD:PUBLISH', 'CLASS:PUBLIC', 'BEGIN:VTIMEZONE', 'TZID:Asia/Dubai',
               'LAST-MODIFIED:20231222T233358Z', 'TZURL:https://www.tzurl.org/zoneinfo-outlook/Asia/Dubai',
               'X-LIC-LOCATION:Asia/Dubai', 'BEGIN:STANDARD', 'TZNAME:+04', 'TZOFFSETFROM:+0400',
               'TZOFFSETTO:+0400', 'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE',
               'BEGIN:VEVENT', 'DTSTAMP:' + utcstamp(sent), 'DTSTART;TZID=Asia/Dubai:' + localstamp(start),
               'DTEND;TZID=Asia/Dubai:' + localstamp(end), 'SUMMARY:' + esc(title),
               'UID:' + utcstamp(sent) + '-89071452630@fe80:0:0:0:4a1:7cff:fe02:9b3dens5', 'TZID:Asia/Dubai',
               'DESCRIPTION:' + esc('Join from PC, Mac, iPad, or Android: %s\nPasscode: 662014' % link),
               'LOCATION:' + link, 'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY',
               'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    hdrs = std_headers('Gulf Pharmacy CPD Academy <no-reply@zoom.us>', addr(USER_NAME, USER),
                       'Gulf Pharmacy CPD Academy Webinar Registration Confirmation', sent,
                       '<Xk3bT9qRS1mW0vLc7yZ4dA@geopod-ismtpd-11>',
                       'o1.ptr2417.zoom.us', '149.72.215.33', 'd5si8813027qvb',
                       reply_to='events@gulfpharm-cpd.example')
    body = multi('mixed', 'd4f1b2c7e9a03568', [
        alt('a81c0e6f4b29d735', text),
        leaf('text/calendar; charset="UTF-8"; name="webinar.ics"', cal, 'base64',
             disposition='attachment; filename="webinar.ics"')])
    items = [('01-webinar-registration.eml', eml(hdrs, body))]
    lab = label([], 'hard', 'negative/cpd-webinar',
                'Zoom webinar registration with .ics about interview skills for Gulf hospitals: "interview", '
                'Directors of Pharmacy, a fixed time - but a CPD webinar, not an interview.')
    return items, lab


@case('b200-19-bayt-job-alert-walk-in-interviews')
def c19():
    sent = T(UTC, 2026, 10, 6, 4, 30, 12, 'Tuesday')
    walkin = T(CAIRO, 2026, 10, 10, 10, 0, weekday='Saturday')
    assert walkin.day == 10
    text = """\
Hi Salma,

12 new jobs match your alert "Clinical Pharmacist" (Cairo, Riyadh, Dubai).

1) WALK-IN INTERVIEWS - Clinical Pharmacists for a leading hospital group in KSA
   Confidential recruitment agency - Cairo, Egypt
   Walk-in interviews on Saturday 10 October 2026, 10:00 AM - 3:00 PM, Heliopolis (venue shared on
   registration). Bring your CV, Prometric result and passport copy.
   View job: https://www.bayt.com/en/egypt/jobs/walk-in-clinical-pharmacists-5184420/

2) Clinical Pharmacist - Oncology
   Qimam Medical City - Riyadh, Saudi Arabia - Actively interviewing
   View job: https://www.bayt.com/en/saudi-arabia/jobs/clinical-pharmacist-oncology-5179923/

3) Pharmacist In-Charge
   Palm Crescent Pharmacies - Dubai, UAE - Easy Apply
   View job: https://www.bayt.com/en/uae/jobs/pharmacist-in-charge-5183317/

4) Clinical Pharmacist - Critical Care
   Confidential - Abu Dhabi, UAE - Posted 2 days ago
   View job: https://www.bayt.com/en/uae/jobs/clinical-pharmacist-critical-care-5182206/

See all 12 jobs: https://www.bayt.com/en/myworkspace/jobalerts/

Your CV was viewed by 3 employers this week. Complete your profile to get 2x more interview invitations.

Bayt.com - The Middle East's #1 Job Site
You are receiving this e-mail because you created a job alert. Unsubscribe:
https://www.bayt.com/en/myworkspace/jobalerts/unsubscribe/
"""
    hdrs = std_headers('Bayt.com Job Alerts <jobalerts@bayt.com>', USER,
                       '12 new jobs for "Clinical Pharmacist" - Walk-in interviews this Saturday', sent,
                       '<20261006043012.2b7e91f0c5a4.alert@mailer.bayt.com>',
                       'mailer.bayt.com', '185.23.112.41', 'v3si1192468wrz',
                       extra=['List-Unsubscribe: <https://www.bayt.com/en/myworkspace/jobalerts/unsubscribe/>',
                              'Precedence: bulk'])
    items = [('01-bayt-job-alert.eml', eml(hdrs, alt('----=_Part_50731_77120943.1775449812001', text)))]
    lab = label([], 'hard', 'negative/job-alert',
                'Job alert advertising an open walk-in interview day; nothing was booked for the owner -> job '
                'alert, not an interview.')
    return items, lab


@case('b200-20-availability-request-abu-dhabi')
def c20():
    sent = T(DUBAI, 2026, 9, 14, 10, 51, 20, 'Monday')
    lo = T(DUBAI, 2026, 9, 21, weekday='Monday')
    hi = T(DUBAI, 2026, 9, 24, weekday='Thursday')
    shaikha = 'shaikha.alketbi@alainoasis-hospital.example'
    text = """\
Dear Salma,

Thank you for your application for the Clinical Pharmacist position (GulfTalent ref. 4471290). I am pleased
to let you know that your profile has been shortlisted.

We would like to arrange a 45-minute Microsoft Teams interview with our Pharmacy Manager. Could you please
share two or three time slots that suit you between Monday 21 and Thursday 24 September, between 9:00 AM
and 4:00 PM UAE time? Our manager's calendar is most open on Tuesday and Wednesday mornings.

Once I receive your availability I will send you a calendar invitation with the Teams link.

Kind regards,
Shaikha Al Ketbi
Talent Acquisition Specialist
Al Ain Oasis Hospital | Abu Dhabi Emirate
"""
    assert lo.day == 21 and hi.day == 24
    hdrs = std_headers(addr('Shaikha Al Ketbi', shaikha), SALMA,
                       'Clinical Pharmacist - interview availability', sent,
                       '<ME3PR01MB6543A1D9E7C2F04B85D3E6C9A0F2@ME3PR01MB6543.ausprd01.prod.outlook.com>',
                       'AUS01-ME3-obe.outbound.protection.outlook.com', '40.107.108.43', 's2si5563091pfb')
    items = [('01-availability-request.eml',
              eml(hdrs, alt('_000_ME3PR01MB6543A1D9E7C2F04B85D3E6C9A0F2ME3PR01MB6543ausp_', text)))]
    lab = label([], 'hard', 'negative/availability-request',
                'Shortlist + request for availability for a Teams interview; no time is booked (only a date range '
                'and a hint about mornings).')
    return items, lab


@case('b200-21-owner-on-interview-panel')
def c21():
    sent = T(UTC, 2026, 10, 27, 8, 16, 44, 'Tuesday')
    start = T(CAIRO, 2026, 11, 5, 11, 0, weekday='Thursday')
    assert_offset(start, 2)
    end = start + timedelta(hours=1)
    magdy = 'magdy.helmy@nilecrescent-hospital.example'
    omnia = 'omnia.shawky@nilecrescent-hospital.example'
    text = """\
When: Thursday, November 5, 2026 11:00 AM-12:00 PM (UTC+02:00) Cairo.
Where: Pharmacy Director's office, 2nd floor

*~*~*~*~*~*~*~*~*~*

Dear Dr. Salma, Dr. Omnia,

As discussed in the department meeting, you will both sit on the interview panel for the Pharmacist I
(Inpatient) vacancy. Candidate: Dr. Youssef Nabil (CV in the department shared folder).
Please prepare three clinical questions each. Salma, please lead the clinical case part (anticoagulation
and renal dosing); I will cover the HR and behavioural questions.

Thanks,
Dr. Magdy Helmy
Director of Pharmacy | Nile Crescent Hospital
"""
    uid = '040000008200E00074C5B7101A82E00800000000A93D6F1B25E8DC0100000000000000001000000031B7E0D4C96A'
    cal = outlook_ics('REQUEST', VTZ_EGYPT_WINDOWS, 'Egypt Standard Time', start, end, uid, 0,
                      sent - timedelta(seconds=31), ('Magdy Helmy', magdy),
                      [('Salma Farouk', USER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                       ('Omnia Shawky', omnia, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                      'Interview Panel - Pharmacist I (Inpatient) - Candidate: Dr. Youssef Nabil',
                      text.split('*~*~*~*~*~*~*~*~*~*\n\n')[1], "Pharmacy Director's office, 2nd floor")
    to = ', '.join([SALMA, addr('Omnia Shawky', omnia)])
    hdrs = outlook_headers(addr('Magdy Helmy', magdy), to,
                           'Interview Panel - Pharmacist I (Inpatient) - Candidate: Dr. Youssef Nabil', sent,
                           '<DB8PR06MB6395C4A1E07F2B93D68E5A1C7B04@DB8PR06MB6395.eurprd06.prod.outlook.com>',
                           'EUR02-AM0-obe.outbound.protection.outlook.com', '40.107.247.81', 'x4si7702158ejg',
                           'AQHcRl7vH0n2Wq5kP9yM3bZ1sE8tUg==')
    items = [('01-interview-panel-invite.eml',
              outlook_invite(hdrs, '_000_DB8PR06MB6395C4A1E07F2B93D68E5A1C7B04DB8PR06MB6395eurp_', text, cal,
                             'REQUEST'))]
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'Outlook invite "Interview Panel" at her current hospital where she is a panel member interviewing '
                'a junior pharmacist; the owner is not the candidate.')
    return items, lab


@case('b200-22-arabic-rejection-after-interview')
def c22():
    sent = T(CAIRO, 2026, 7, 13, 10, 15, 2, 'Monday')
    past = T(CAIRO, 2026, 7, 5, 10, 30)
    ar_weekday(past, 'الأحد')
    text = """\
السيدة الدكتورة/ سلمى فاروق
تحية طيبة وبعد،،

نشكركم على اهتمامكم بالانضمام إلى فريق العمل بمستشفى الروضة التخصصي، وعلى حضوركم المقابلة الشخصية يوم الأحد
الموافق ٥ يوليو ٢٠٢٦ الساعة ١٠:٣٠ صباحاً لوظيفة صيدلي إكلينيكي.

وبعد دراسة متأنية لجميع المتقدمين، نأسف لإبلاغكم بأنه قد تم اختيار مرشح آخر تتوافق خبراته بشكل أكبر مع متطلبات
الوظيفة في الوقت الحالي. سيتم الاحتفاظ بسيرتكم الذاتية في قاعدة بياناتنا والتواصل معكم في حال توفر فرصة مناسبة.

نتمنى لكم دوام التوفيق والنجاح.

إدارة الموارد البشرية
مستشفى الروضة التخصصي - المعادي، القاهرة
"""
    hdrs = std_headers(addr('إدارة الموارد البشرية - مستشفى الروضة التخصصي', 'careers@rawda-specialized.example'),
                       addr('د. سلمى فاروق', USER), 'بخصوص نتيجة المقابلة الشخصية - صيدلي إكلينيكي', sent,
                       '<000001dcf2a1$5b3e8c40$11bca4c0$@rawda-specialized.example>',
                       'mail.rawda-specialized.example', '41.38.96.214', 'h8si3317702wrq',
                       extra=['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ar-eg'])
    items = [('01-interview-result-rejection.eml',
              eml(hdrs, alt('----=_NextPart_000_0043_01DCF2B2.1C4A7E50', text, rtl=True, cte='base64')))]
    lab = label([], 'medium', 'negative/rejection',
                'Formal Arabic rejection that mentions a past interview date and time (الأحد ٥ يوليو ١٠:٣٠) - a '
                'rejection, not an interview to detect.')
    return items, lab


# =============================================================================================
# driver
# =============================================================================================
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX) and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    n_pos = n_sched = n_canc = 0
    for slug, fn in CASES:
        items, lab = fn()
        assert slug not in labels
        names = [n for n, _ in items]
        assert names == sorted(names) and all(n[:3] == '%02d-' % (i + 1) for i, n in enumerate(names)), names
        os.makedirs(os.path.join(HERE, slug))
        for name, content in items:
            with open(os.path.join(HERE, slug, name), 'w', encoding='utf-8', newline='') as f:
                f.write(content)
        labels[slug] = lab
        n_pos += bool(lab['interviews'])
        n_sched += sum(i['status'] == 'scheduled' for i in lab['interviews'])
        n_canc += sum(i['status'] == 'cancelled' for i in lab['interviews'])
    nums = [int(s.split('-')[1]) for s in labels]
    assert nums == list(range(1, len(labels) + 1))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# blind200 labels (generated by make_cases.py; schema: /work/shared/eval/README.md)\n')
        f.write(yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False))
    print('cases=%d positive=%d negative=%d interviews=%d scheduled=%d cancelled=%d'
          % (len(labels), n_pos, len(labels) - n_pos, n_sched + n_canc, n_sched, n_canc))


if __name__ == '__main__':
    main()
