#!/usr/bin/env python3
"""Deterministic generator for the blind16 evaluation set (theme: mail clients and formats).

Rewrites every b16-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names/companies invented; all domains are .example.
"""
import shutil
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = timezone.utc
CASES = {}
LABELS = {}


# ----------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(x):
    return x.isoformat() if x else None


def loc(x):
    return x.strftime('%Y%m%dT%H%M%S')


def z(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur, limit = [], b'', 75
    for ch in line:
        cb = ch.encode('utf-8')
        if len(cur) + len(cb) > limit:
            out.append(cur)
            cur, limit = b'', 74
        cur += cb
    out.append(cur)
    return '\r\n '.join(p.decode('utf-8') for p in out)


def ics(lines):
    return ''.join(fold(l) + '\r\n' for l in lines)


def off(td):
    s = int(td.total_seconds())
    sign = '+' if s >= 0 else '-'
    s = abs(s)
    return '%s%02d%02d' % (sign, s // 3600, (s % 3600) // 60)


def vtz(tzid, iana, std_rule=None, dst_rule=None, std_start='19701025T030000',
        dst_start='19700329T020000', std_name=None, dst_name=None):
    """VTIMEZONE block; offsets taken from zoneinfo (January vs July)."""
    zi = ZoneInfo(iana)
    a = datetime(2026, 1, 15, 12, tzinfo=zi)
    b = datetime(2026, 7, 15, 12, tzinfo=zi)
    oa, ob = a.utcoffset(), b.utcoffset()
    std, dst = min(oa, ob), max(oa, ob)
    std_name = std_name or a.tzname() if oa == std else std_name or b.tzname()
    lines = ['BEGIN:VTIMEZONE', 'TZID:' + tzid]
    if std == dst:
        lines += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + off(std),
                  'TZOFFSETTO:' + off(std), 'TZNAME:' + (std_name or a.tzname()), 'END:STANDARD']
    else:
        dst_name = dst_name or (b.tzname() if ob == dst else a.tzname())
        lines += ['BEGIN:STANDARD', 'DTSTART:' + std_start, 'TZOFFSETFROM:' + off(dst),
                  'TZOFFSETTO:' + off(std), 'RRULE:' + std_rule, 'TZNAME:' + std_name, 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:' + dst_start, 'TZOFFSETFROM:' + off(std),
                  'TZOFFSETTO:' + off(dst), 'RRULE:' + dst_rule, 'TZNAME:' + dst_name, 'END:DAYLIGHT']
    lines.append('END:VTIMEZONE')
    return lines


EU_STD = 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'
EU_DST = 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'
NA_STD = 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU'
NA_DST = 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'


def msg(headers):
    m = EmailMessage()
    for k, v in headers:
        if v is not None:
            m[k] = v
    return m


def A(name, addr):
    user, dom = addr.split('@')
    return Address(display_name=name, username=user, domain=dom)


def D(x):
    return format_datetime(x)


def recv(owner, host, when):
    return ('from %s (%s [198.51.100.%d]) by mx.mail.example with ESMTPS id %s for <%s>; %s'
            % (host, host, 10 + len(host), 'q7Lx2k%02d' % len(host), owner, D(when)))


def add(case, name, data):
    CASES.setdefault(case, []).append((name, data))


def bwords(text):
    """Hand-made RFC 2047 B encoded-words (<= 75 chars each, never splitting a character)."""
    import base64
    words, cur = [], ''
    for ch in text:
        cand = cur + ch
        if len('=?UTF-8?B?%s?=' % base64.b64encode(cand.encode()).decode()) > 75:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    words.append(cur)
    return '\n '.join('=?UTF-8?B?%s?=' % base64.b64encode(w.encode()).decode() for w in words)


def em(case, name, m, b_subject=False):
    import hashlib
    for i, part in enumerate(m.walk()):
        if part.get_content_maintype() == 'multipart':
            h = hashlib.sha1(('%s/%s/%d' % (case, name, i)).encode()).hexdigest()
            part.set_boundary('%s_%s' % (h[:24], h[24:36]) if i % 2 else '00000000' + h[:20])
    data = m.as_bytes()
    if b_subject:
        subj = str(m['Subject'])
        head, sep, body = data.partition(b'\n\n')
        lines = head.split(b'\n')
        out, skip = [], False
        for ln in lines:
            if ln.startswith(b'Subject:'):
                out.append(('Subject: ' + bwords(subj)).encode('ascii'))
                skip = True
                continue
            if skip and ln[:1] in (b' ', b'\t'):
                continue
            skip = False
            out.append(ln)
        data = b'\n'.join(out) + sep + body
    add(case, name, data)


def label(case, user, interviews, difficulty, category, notes):
    LABELS[case] = {
        'user': user,
        'interview': bool(interviews),
        'interviews': interviews,
        'difficulty': difficulty,
        'category': category,
        'notes': notes,
        'source': 'synthetic',
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(recipients), 'kind': kind}


def attendee(name, addr, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True, extra=''):
    return ('ATTENDEE;CN="%s";CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s%s:mailto:%s'
            % (name, role, partstat, 'TRUE' if rsvp else 'FALSE', extra, addr))


# =================================================================== CASE 01
def c01():
    c = 'b16-01-apple-mail-icloud-invite-adelaide-dst'
    owner = 'tamsin.holloway@example.com'
    zoe = 'zoe.whitcombe@saltbushgrid.example'
    harriet = 'harriet.nkemelu@saltbushgrid.example'
    tz = 'Australia/Adelaide'
    sent1 = T(2026, 3, 31, 16, 12, tz)          # ACDT +10:30
    start = T(2026, 4, 7, 10, 30, tz)           # ACST +09:30 (after Apr 5)
    end = start + timedelta(minutes=45)
    m = msg([('Delivered-To', owner), ('Received', recv(owner, 'p101-mailgw.icloud.example', sent1)),
             ('From', A('Zoë Whitcombe', zoe)), ('Content-Type', None)])
    m['Subject'] = 'Next step – chat with Harriet (Senior SCADA Engineer) 🌿'
    m['Date'] = D(sent1)
    m['To'] = A('Tamsin Holloway', owner)
    m['Message-Id'] = '<5E1C2B7A-0F4D-4C52-9A31-7D2F1C0B9E11@saltbushgrid.example>'
    m['X-Mailer'] = 'Apple Mail (2.3774.400.31)'
    m['Mime-Version'] = '1.0 (Mac OS X Mail 16.0 \\(3774.400.31\\))'
    m.set_content(
        "Hi Tamsin,\n\nLovely speaking with you on Friday. Harriet Nkemelu, our Head of Operations "
        "Technology, would like to meet you for the hiring-manager conversation for the Senior SCADA "
        "Engineer role.\n\nWe've locked in next Tuesday (7 April) at half past ten, Adelaide time. "
        "Heads up that daylight saving finishes this Sunday, so that's 10:30 ACST. Harriet has blocked "
        "45 minutes. I'll send a calendar invite from my iCloud calendar shortly; it'll be a FaceTime "
        "link as our Teams tenant is being migrated.\n\nIf you have any questions beforehand, just "
        "reply here.\n\nCheers,\nZoë\n\n--\nZoë Whitcombe | Talent Partner\nSaltbush Grid Pty Ltd\n"
        "Level 4, 19 Grenfell Street, Adelaide SA 5000\nm +61 400 555 127\n",
        cte='quoted-printable')
    em(c, '01-zoe-next-step.eml', m, b_subject=True)

    sent2 = T(2026, 3, 31, 16, 20, tz)
    uid = '3F0A6D1E-88B2-4E4B-B3C9-2C4F7C1AD5B0'
    cal = ics(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:-//Apple Inc.//iPhone 19.3//EN',
               'VERSION:2.0', 'CALSCALE:GREGORIAN',
               *vtz('Australia/Adelaide', tz, std_rule='FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
                    dst_rule='FREQ=YEARLY;BYMONTH=10;BYDAY=1SU', std_start='20080406T030000',
                    dst_start='20081005T020000', std_name='ACST', dst_name='ACDT'),
               'BEGIN:VEVENT', 'CREATED:' + z(sent2), 'DTSTAMP:' + z(sent2), 'UID:' + uid,
               'SEQUENCE:0', 'SUMMARY:Tamsin Holloway / Harriet Nkemelu – Senior SCADA Engineer',
               'DTSTART;TZID=Australia/Adelaide:' + loc(start),
               'DTEND;TZID=Australia/Adelaide:' + loc(end),
               'LOCATION:FaceTime',
               'URL;VALUE=URI:https://facetime.apple.example/join#v=1&p=Zx9qL2mN4',
               'DESCRIPTION:' + esc('Hiring manager conversation, Senior SCADA Engineer.\nHarriet will call via FaceTime.\nQuestions: Zoë +61 400 555 127'),
               'ORGANIZER;CN="Zoë Whitcombe";EMAIL=%s:mailto:%s' % (zoe, zoe),
               attendee('Zoë Whitcombe', zoe, partstat='ACCEPTED', rsvp=False, extra=';EMAIL=' + zoe),
               attendee('Harriet Nkemelu', harriet, partstat='ACCEPTED', rsvp=False, extra=';EMAIL=' + harriet),
               attendee('Tamsin Holloway', owner, extra=';EMAIL=' + owner),
               'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC',
               'X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal',
               'X-APPLE-CREATOR-TEAM-IDENTITY:0000000000',
               'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=0;X-TITLE=FaceTime:geo:0,0',
               'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
               'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'TRIGGER:-PT15M',
               'X-WR-ALARMUID:9B2E1F6A-1C33-4B6A-9E0D-6F4F3B1D2C77', 'UID:9B2E1F6A-1C33-4B6A-9E0D-6F4F3B1D2C77',
               'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    m = msg([('Delivered-To', owner), ('From', A('Zoë Whitcombe', zoe)), ('To', A('Tamsin Holloway', owner))])
    m['Subject'] = 'Invitation: Tamsin Holloway / Harriet Nkemelu – Senior SCADA Engineer'
    m['Date'] = D(sent2)
    m['Message-Id'] = '<%s-invite@icloud.example>' % uid
    m['X-Apple-Calendar-Invitation'] = 'yes'
    m.set_content("Zoë Whitcombe has invited you to “Tamsin Holloway / Harriet Nkemelu – Senior SCADA "
                  "Engineer”.\n\nTuesday 7 April 2026, 10:30 am – 11:15 am (ACST)\nFaceTime\n\n"
                  "Accept  Decline  Maybe\n\nInvitation from iCloud\n")
    m.add_alternative(cal, subtype='calendar', params={'method': 'REQUEST'})
    m.add_attachment(cal.encode('utf-8'), maintype='application', subtype='ics', filename='invite.ics')
    em(c, '02-icloud-invitation.eml', m)
    label(c, owner, [iv('Saltbush Grid', 'Senior SCADA Engineer', start, end, 'scheduled',
                        [harriet], [harriet], 'hiring_manager')],
          'medium', 'positive/icloud-invite-dst-edge',
          'Apple Mail note + iCloud REQUEST (X-APPLE-*); sent in ACDT (+10:30), interview after Adelaide '
          'DST ends on Apr 5 -> +09:30. Zoë only coordinates.')


# =================================================================== CASE 02
def c02():
    c = 'b16-02-zoho-calendar-kathmandu-qp-table'
    owner = 'bibek.adhikari@mail.example'
    tz = 'Asia/Kathmandu'
    sarita = 'sarita.gurung@himalayaledger.example'
    chen = 'chen.wei@himalayaledger.example'
    prabin = 'prabin.shrestha@himalayaledger.example'
    sent = T(2026, 3, 13, 17, 5, tz)
    start = T(2026, 3, 19, 14, 15, tz)
    end = T(2026, 3, 19, 15, 15, tz)
    uid = '1773396300123000@zohocalendar.example'
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Zoho Corporation//Zoho Calendar 2.0//EN',
               'METHOD:REQUEST', 'X-ZOHO-CALENDAR-ID:4f1b9c0e2d7a41c6a1d0aa55@zohocalendar.example',
               *vtz('Asia/Kathmandu', tz),
               'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + z(sent), 'CREATED:' + z(sent),
               'LAST-MODIFIED:' + z(sent), 'SEQUENCE:0',
               'SUMMARY:Technical Interview | QA Automation Engineer | Bibek Adhikari',
               'DTSTART;TZID=Asia/Kathmandu:' + loc(start), 'DTEND;TZID=Asia/Kathmandu:' + loc(end),
               'LOCATION:Zoho Meeting - https://meeting.zoho.example/join?key=884213377',
               'DESCRIPTION:' + esc('Round 2 (technical): test automation design + live Playwright exercise.\nPanel: Chen Wei (Engineering Manager)\, Prabin Shrestha (Lead SDET).\nCoordinator: Sarita Gurung'),
               'ORGANIZER;CN=Sarita Gurung:mailto:' + sarita,
               attendee('Chen Wei', chen, partstat='ACCEPTED'),
               attendee('Prabin Shrestha', prabin, partstat='ACCEPTED'),
               attendee('Bibek Adhikari', owner),
               'X-ZOHO-EVENT-TYPE:MEETING', 'X-ZOHO-MEETING-KEY:884213377',
               'X-ZOHO-REMINDER:POPUP;-PT10M', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
               'END:VEVENT', 'END:VCALENDAR'])
    html = ('<html><body style="font-family:Lato,Arial,sans-serif;font-size:13px">'
            '<p>Namaste Bibek,</p><p>Sarita Gurung has invited you to an event.</p>'
            '<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dfe3e8">'
            '<tr><td style="background:#f5f7f9"><b>Event</b></td><td>Technical Interview | QA Automation Engineer | Bibek Adhikari</td></tr>'
            '<tr><td style="background:#f5f7f9"><b>When</b></td><td>Thu, 19 Mar 2026, 02:15 PM - 03:15 PM<br>'
            '<span style="color:#777">(GMT +05:45) Asia/Kathmandu</span></td></tr>'
            '<tr><td style="background:#f5f7f9"><b>Where</b></td><td>Zoho Meeting &ndash; <a href="https://meeting.zoho.example/join?key=884213377">join</a></td></tr>'
            '<tr><td style="background:#f5f7f9"><b>Organizer</b></td><td>Sarita Gurung &lt;%s&gt;</td></tr>'
            '<tr><td style="background:#f5f7f9"><b>Participants</b></td><td>陈伟 Chen Wei &lt;%s&gt;<br>'
            'Prabin Shrestha &lt;%s&gt;<br>Bibek Adhikari &lt;%s&gt;</td></tr>'
            '</table><p>Round 2 (technical): test automation design + live Playwright exercise.</p>'
            '<p><a href="https://calendar.zoho.example/rsvp?a=yes">Yes</a> &middot; '
            '<a href="https://calendar.zoho.example/rsvp?a=no">No</a> &middot; '
            '<a href="https://calendar.zoho.example/rsvp?a=maybe">Maybe</a></p>'
            '<p style="color:#999;font-size:11px">This invitation was sent from Zoho Calendar on behalf of '
            'Himalaya Ledger Pvt. Ltd., Jhamsikhel, Lalitpur 44600, Nepal.</p></body></html>'
            % (sarita, chen, prabin, owner))
    m = msg([('Delivered-To', owner), ('Received', recv(owner, 'sender4-op-o12.zoho.example', sent)),
             ('From', A('Sarita Gurung via Zoho Calendar', 'calendar-noreply@zohocalendar.example')),
             ('Reply-To', A('Sarita Gurung', sarita)), ('To', A('Bibek Adhikari', owner))])
    m['Subject'] = 'Invitation: Technical Interview | QA Automation Engineer | Bibek Adhikari @ Thu, 19 Mar 2026 02:15 PM (NPT)'
    m['Date'] = D(sent)
    m['Message-ID'] = '<1773396300123.9a7@zohocalendar.example>'
    m['X-ZohoMail-Sender'] = 'calendar'
    m.set_content(html, subtype='html', cte='quoted-printable')
    m.add_alternative(cal, subtype='calendar', params={'method': 'REQUEST'})
    m.add_attachment(cal.encode('utf-8'), maintype='text', subtype='calendar', filename='invite.ics',
                     params={'method': 'REQUEST'})
    em(c, '01-zoho-invitation.eml', m)
    label(c, owner, [iv('Himalaya Ledger', 'QA Automation Engineer', start, end, 'scheduled',
                        [chen, prabin], [chen, prabin], 'technical')],
          'medium', 'positive/zoho-calendar-invite',
          'Zoho Calendar invite, HTML-only QP table + text/calendar (X-ZOHO-*), Asia/Kathmandu +05:45; '
          'From is a noreply relay, Reply-To is the coordinator.')


# =================================================================== CASE 03
def c03():
    c = 'b16-03-thunderbird-forward-as-attachment-stjohns'
    owner = 'niamh.power@example.com'
    tz = 'America/St_Johns'
    declan = 'declan.furey@bluewaketalent.example'
    moira = 'moira.kavanagh@cabotmarine.example'
    tomas = 'tomas.reid@cabotmarine.example'
    sent_in = T(2026, 3, 4, 15, 41, tz)      # NST -03:30
    sent_out = T(2026, 3, 5, 9, 2, tz)
    start = T(2026, 3, 10, 11, 0, tz)        # NDT -02:30 (after Mar 8)
    end = T(2026, 3, 10, 12, 0, tz)
    uid = '040000008200E00074C5B7101A82E00800000000D0C4A3B2F1ABDC010000000000000000100000008A3F'
    cal = ics(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
               *vtz('tzone://Microsoft/Custom', tz, std_rule=NA_STD, dst_rule=NA_DST,
                    std_start='16010101T020000', dst_start='16010101T020000', std_name='Custom Standard',
                    dst_name='Custom Daylight'),
               'BEGIN:VEVENT',
               'ORGANIZER;CN=Moira Kavanagh:mailto:' + moira,
               'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomas Reid:mailto:' + tomas,
               'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Declan Furey:mailto:' + declan,
               'DESCRIPTION;LANGUAGE=en-US:' + esc('Technical interview – Embedded Firmware Developer (candidate: Niamh Power, via BlueWake Talent).\nMoira and Tomás will go through a C/RTOS design discussion and a code review.\n\nMicrosoft Teams meeting\nJoin: https://teams.example/l/meetup-join/19%3ameeting_NjQ2'),
               'UID:' + uid,
               'SUMMARY;LANGUAGE=en-US:Interview – Niamh Power – Embedded Firmware Developer',
               'DTSTART;TZID="tzone://Microsoft/Custom":' + loc(start),
               'DTEND;TZID="tzone://Microsoft/Custom":' + loc(end),
               'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + z(sent_in), 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
               'SEQUENCE:0', 'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
               'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
               'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
               'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
               'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
               'END:VEVENT', 'END:VCALENDAR'])
    inner = msg([('From', A('Moira Kavanagh', moira)),
                 ('To', 'Tomas Reid <%s>, Declan Furey <%s>' % (tomas, declan))])
    inner['Subject'] = 'Interview – Niamh Power – Embedded Firmware Developer'
    inner['Date'] = D(sent_in)
    inner['Message-ID'] = '<YT3PR01MB6417A2C9E0B14D3F8E5C1A77B92F0@YT3PR01MB6417.CANPRD01.PROD.OUTLOOK.example>'
    inner['Content-class'] = 'urn:content-classes:calendarmessage'
    inner.set_content('When: Tuesday, March 10, 2026 11:00 AM-12:00 PM. (UTC-03:30) Newfoundland\n'
                      'Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n'
                      'Technical interview – Embedded Firmware Developer (candidate: Niamh Power, via '
                      'BlueWake Talent).\nMoira and Tomás will go through a C/RTOS design discussion and '
                      'a code review.\n', cte='quoted-printable')
    inner.add_alternative(cal, subtype='calendar', params={'method': 'REQUEST'})
    m = msg([('Delivered-To', owner), ('Received', recv(owner, 'smtp.bluewaketalent.example', sent_out)),
             ('From', A('Declan Furey', declan)), ('To', A('Niamh Power', owner))])
    m['Subject'] = 'Fwd: Interview – Niamh Power – Embedded Firmware Developer'
    m['Date'] = D(sent_out)
    m['Message-ID'] = '<b2c41f0e-5a7d-4e11-9c0b-6f2a8d1e3c55@bluewaketalent.example>'
    m['User-Agent'] = 'Mozilla Thunderbird 128.7.1'
    m['Content-Language'] = 'en-CA'
    m.set_content("Morning Niamh,\n\nGood news - Cabot Marine want to go ahead with the technical round. "
                  "I've attached Moira's invite as she sent it to me (Thunderbird won't let me forward "
                  "the calendar bit inline, so open the attached message).\n\nShort version: Tuesday the "
                  "10th, 11 to noon our time (Newfoundland - remember the clocks spring forward Sunday "
                  "night, so that's NDT). Teams link is in the attachment. You'll be with Moira Kavanagh "
                  "(Firmware Manager) and Tomás Reid (Senior Embedded Engineer).\n\nSend any thank-you "
                  "notes through me or straight to them, either is fine.\n\nDeclan\n\n-- \nDeclan Furey\n"
                  "Senior Technical Recruiter, BlueWake Talent\n215 Water Street, Suite 302, St. John's, NL "
                  "A1C 6C9\n+1 709 555 0148\n")
    m.add_attachment(inner, filename='Interview - Niamh Power - Embedded Firmware Developer.eml')
    em(c, '01-fwd-moira-invite.eml', m)
    label(c, owner, [iv('Cabot Marine', 'Embedded Firmware Developer', start, end, 'scheduled',
                        [moira, tomas], [moira, tomas], 'technical')],
          'hard', 'positive/forwarded-rfc822-invite',
          'Agency recruiter forwards the client Exchange invite as a message/rfc822 attachment; '
          'TZID tzone://Microsoft/Custom with Newfoundland rules; Mar 10 is after DST start -> -02:30 '
          '(the display label says UTC-03:30).')


# =================================================================== CASE 04
def c04():
    c = 'b16-04-proton-calendar-utc-z-lisbon'
    owner = 'rafael.quintas@mail.example'
    tz = 'Europe/Lisbon'
    ines = 'ines.carvalho@azulejolabs.example'
    sent1 = T(2026, 3, 25, 10, 47, tz)   # WET +00:00
    sent2 = T(2026, 3, 25, 11, 3, tz)
    start = T(2026, 3, 31, 16, 0, tz)    # WEST +01:00
    end = start + timedelta(minutes=30)
    m = msg([('Delivered-To', owner), ('Return-Path', '<%s>' % ines),
             ('From', A('Inês Carvalho', ines)), ('To', A('Rafael Quintas', owner))])
    m['Subject'] = 'Azulejo Labs – conversa inicial / intro call'
    m['Date'] = D(sent1)
    m['Message-ID'] = '<R1vKq8yH3mQ@protonmail.example>'
    m['X-Pm-Origin'] = 'internal'
    m['X-Pm-Content-Encryption'] = 'end-to-end'
    m.set_content("Olá Rafael,\n\nObrigada pela candidatura para Product Designer (Design Systems). "
                  "Would you be up for a 30-minute intro call with me next Tuesday, 31 March, at 16h "
                  "Lisbon time? Note we move to summer time on Sunday, so it's 16:00 WEST / 15:00 UTC.\n\n"
                  "I'll send a Proton Calendar invite now - if the time doesn't work just decline it and "
                  "propose another.\n\nBeijinhos,\nInês\n\nInês Carvalho\nPeople & Talent, Azulejo Labs\n"
                  "Rua da Boavista 71, 1200-066 Lisboa\n+351 910 555 204\n\nSent with Proton Mail secure email.\n",
                  cte='base64')
    em(c, '01-ines-intro-call.eml', m)
    uid = 'q9X1fH3kLmZt0bC7vR2sYw==@proton.example'
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Proton AG//WebCalendar 5.0.42//EN',
               'METHOD:REQUEST', 'CALSCALE:GREGORIAN', 'BEGIN:VEVENT', 'UID:' + uid,
               'DTSTAMP:' + z(sent2), 'DTSTART:' + z(start), 'DTEND:' + z(end), 'SEQUENCE:0',
               'SUMMARY:Intro call – Azulejo Labs (Product Designer)',
               'DESCRIPTION:' + esc('30 min screening call with Inês (People & Talent).\nhttps://meet.proton.example/join/azl-rq-3131'),
               'LOCATION:Proton Meet',
               'ORGANIZER;CN=Inês Carvalho:mailto:' + ines,
               'ATTENDEE;CN=Rafael Quintas;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;X-PM-TOKEN=7d1c0e94b2:mailto:' + owner,
               'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    m = msg([('Delivered-To', owner), ('From', A('Inês Carvalho', ines)), ('To', A('Rafael Quintas', owner))])
    m['Subject'] = 'Invitation for an event starting on Tuesday, March 31 at 4:00 PM (GMT+1)'
    m['Date'] = D(sent2)
    m['Message-ID'] = '<Z0pV4t8nY6@protonmail.example>'
    m['X-Pm-Calendar-Eventuid'] = uid
    m.set_content("Inês Carvalho (%s) invites you to:\n\nIntro call – Azulejo Labs (Product Designer)\n\n"
                  "WHEN\nTuesday, March 31, 2026 4:00 PM – 4:30 PM (GMT+1) Europe/Lisbon\n\n"
                  "WHERE\nProton Meet\n\nORGANIZER\nInês Carvalho\n" % ines)
    m.add_attachment(cal.encode('utf-8'), maintype='text', subtype='calendar', filename='invite.ics',
                     params={'method': 'REQUEST'})
    em(c, '02-proton-invitation.eml', m)
    label(c, owner, [iv('Azulejo Labs', 'Product Designer (Design Systems)', start, end, 'scheduled',
                        [ines], [ines], 'phone_screen')],
          'medium', 'positive/proton-utc-times',
          'Proton Calendar invite with TZID-less UTC Z times; recruiter is the screener; Lisbon switches to '
          'WEST two days before -> 16:00+01:00.')


# =================================================================== CASE 05
def c05():
    c = 'b16-05-yahoo-japanese-thread-confirm'
    owner = 'kenji.arakawa@mail.example'
    tz = 'Asia/Tokyo'
    sato = 'misaki.sato@minatosoft.example'
    tanaka = 'hiroshi.tanaka@minatosoft.example'
    sent1 = T(2026, 3, 4, 18, 30, tz)
    sent2 = T(2026, 3, 6, 9, 15, tz)
    start = T(2026, 3, 12, 14, 0, tz)
    end = T(2026, 3, 12, 15, 0, tz)
    m = msg([('Delivered-To', owner), ('From', A('佐藤 美咲', sato)), ('To', A('荒川 健司', owner))])
    m['Subject'] = '【ミナトソフト】一次面接日程のご相談（バックエンドエンジニア）'
    m['Date'] = D(sent1)
    m['Message-ID'] = '<20260304183012.7F1A2@minatosoft.example>'
    m.set_content("荒川 健司 様\n\nこの度は株式会社ミナトソフトのバックエンドエンジニア職にご応募いただき、\n"
                  "誠にありがとうございます。人事部の佐藤でございます。\n\n"
                  "書類選考の結果、ぜひ一次面接にお進みいただきたく存じます。\n"
                  "面接官は開発部マネージャーの田中（%s）が担当いたします。\n"
                  "所要時間は1時間程度、オンライン（Zoom）を予定しております。\n\n"
                  "以下の候補日時からご都合のよい枠をお知らせください。\n"
                  "・3月11日（水）10:00〜11:00\n・3月12日（木）14:00〜15:00\n・3月13日（金）16:00〜17:00\n\n"
                  "何卒よろしくお願いいたします。\n\n――――――――――――\n株式会社ミナトソフト 人事部 採用担当\n"
                  "佐藤 美咲\n〒105-0022 東京都港区海岸1-9-4\nTEL: 03-5555-0192\n" % tanaka, cte='base64')
    em(c, '01-sato-slots.eml', m, b_subject=True)
    m = msg([('Delivered-To', owner), ('From', A('佐藤 美咲', sato)), ('To', A('荒川 健司', owner)),
             ('Cc', A('田中 浩', tanaka))])
    m['Subject'] = 'Re: 【ミナトソフト】一次面接日程のご相談（バックエンドエンジニア）'
    m['Date'] = D(sent2)
    m['Message-ID'] = '<20260306091502.1C9E4@minatosoft.example>'
    m['In-Reply-To'] = '<1709890011.44821.kenji@mail.yahoo.example>'
    m['References'] = '<20260304183012.7F1A2@minatosoft.example> <1709890011.44821.kenji@mail.yahoo.example>'
    m.set_content("荒川 様\n\nご返信ありがとうございます。\n下記の日程で一次面接を確定いたしました。\n\n"
                  "■日時：2026年3月12日（木）14:00〜15:00（日本時間）\n■形式：Zoom\n"
                  "   https://zoom.example/j/83155520417?pwd=mnT0\n■面接官：開発部マネージャー 田中 浩\n\n"
                  "当日はどうぞよろしくお願いいたします。\n\n佐藤\n\n"
                  "> 佐藤様\n>\n> ご連絡ありがとうございます。\n> 3月12日（木）14時からの枠でお願いできますでしょうか。\n"
                  "> 何卒よろしくお願いいたします。\n>\n> 荒川 健司\n>\n> Yahoo Mail for iPhone から送信\n",
                  cte='base64')
    em(c, '02-sato-confirmed.eml', m, b_subject=True)
    label(c, owner, [iv('Minato Soft', 'バックエンドエンジニア (Backend Engineer)', start, end, 'scheduled',
                        [tanaka], [tanaka], 'technical')],
          'medium', 'positive/thread-japanese',
          'Japanese recruiter offers three slots, confirms the candidate\'s Yahoo-Mail reply (quoted) for '
          '3/12 14:00-15:00 JST; base64 UTF-8 bodies, encoded-word Subject/From.')


# =================================================================== CASE 06
def c06():
    c = 'b16-06-outlook-mac-reschedule-across-uk-dst-winmail'
    owner = 'olu.adeyemi@example.com'
    tz = 'Europe/London'
    alasdair = 'alasdair.finch@greyfriars-analytics.example'
    bryony = 'bryony.shaw@greyfriars-analytics.example'
    sent1 = T(2026, 3, 20, 11, 2, tz)
    s1 = T(2026, 3, 27, 14, 0, tz)       # GMT
    e1 = T(2026, 3, 27, 15, 0, tz)
    sent2 = T(2026, 3, 24, 8, 41, tz)
    sent3 = T(2026, 3, 24, 9, 5, tz)
    s2 = T(2026, 3, 30, 14, 0, tz)       # BST
    e2 = T(2026, 3, 30, 15, 0, tz)
    uid = '8D1F2A63-5C0B-4E7E-A0B1-6B8E3F2C4D19'

    def invite(seq, s, e, stamp):
        return ics(['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook for Mac 16.95//EN',
                    'VERSION:2.0', 'METHOD:REQUEST',
                    *vtz('Europe/London', tz, std_rule=EU_STD, dst_rule=EU_DST, std_start='16011028T020000',
                         dst_start='16010325T010000', std_name='GMT', dst_name='BST'),
                    'BEGIN:VEVENT', 'UID:' + uid, 'SEQUENCE:%d' % seq, 'DTSTAMP:' + z(stamp),
                    'SUMMARY:Olu Adeyemi <> Alasdair Finch: Data Platform Engineer',
                    'DTSTART;TZID=Europe/London:' + loc(s), 'DTEND;TZID=Europe/London:' + loc(e),
                    'LOCATION:Greyfriars Analytics\\, 3rd floor\\, 12 Cowgate\\, Edinburgh EH1 1JY',
                    'DESCRIPTION:' + esc('Hiring manager interview for the Data Platform Engineer role. Ask for Alasdair at reception.'),
                    'ORGANIZER;CN=Alasdair Finch:mailto:' + alasdair,
                    'ATTENDEE;CN=Olu Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:' + owner,
                    'ATTENDEE;CN=Bryony Shaw;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:' + bryony,
                    'STATUS:CONFIRMED', 'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
                    'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq, 'END:VEVENT', 'END:VCALENDAR'])

    for name, seq, s, e, stamp, subj in (
            ('01-outlook-mac-invite.eml', 0, s1, e1, sent1, 'Olu Adeyemi <> Alasdair Finch: Data Platform Engineer'),
            ('03-outlook-mac-updated.eml', 1, s2, e2, sent3, 'Updated: Olu Adeyemi <> Alasdair Finch: Data Platform Engineer')):
        cal = invite(seq, s, e, stamp)
        m = msg([('Delivered-To', owner), ('From', A('Alasdair Finch', alasdair)),
                 ('To', A('Olu Adeyemi', owner)), ('Cc', A('Bryony Shaw', bryony))])
        m['Subject'] = subj
        m['Date'] = D(stamp)
        m['Message-ID'] = '<%s-%d@greyfriars-analytics.example>' % (uid, seq)
        m['X-Mailer'] = 'Microsoft Outlook 16.0.18526 for Mac'
        m['Thread-Topic'] = 'Olu Adeyemi <> Alasdair Finch: Data Platform Engineer'
        when = (s.strftime('%A, %d %B %Y') + ' %s-%s (%s)' % (s.strftime('%H:%M'), e.strftime('%H:%M'), s.tzname()))
        m.set_content('When: %s\nWhere: Greyfriars Analytics, 3rd floor, 12 Cowgate, Edinburgh EH1 1JY\n\n'
                      'Hiring manager interview for the Data Platform Engineer role. Ask for Alasdair at '
                      'reception.\n' % when)
        m.add_alternative('<html><body><p><b>When:</b> %s<br><b>Where:</b> Greyfriars Analytics, 3rd floor, '
                          '12 Cowgate, Edinburgh EH1 1JY</p><p>Hiring manager interview for the Data Platform '
                          'Engineer role. Ask for Alasdair at reception.</p></body></html>' % when, subtype='html')
        m.add_alternative(cal, subtype='calendar', params={'method': 'REQUEST'})
        em(c, name, m)

    m = msg([('Delivered-To', owner), ('From', A('Bryony Shaw', bryony)), ('To', A('Olu Adeyemi', owner))])
    m['Subject'] = 'FW: Friday - could we move?'
    m['Date'] = D(sent2)
    m['Message-ID'] = '<LO2P265MB5120C1E0F4A98B33D7A2@LO2P265MB5120.GBRP265.PROD.OUTLOOK.example>'
    m['X-MS-Has-Attach'] = 'yes'
    m['X-MS-TNEF-Correlator'] = '<LO2P265MB5120C1E0F4A98B33D7A2@LO2P265MB5120.GBRP265.PROD.OUTLOOK.example>'
    m.set_content("Hi Olu,\n\nSee below from Alasdair - he's been pulled into a board meeting on Friday. "
                  "Would Monday 30th at 2pm work instead? Same place, same format. He'll update the invite "
                  "if you're happy. (Clocks go forward on Sunday, so that's 2pm BST.)\n\nApologies for the "
                  "faff,\nBryony\n\nBryony Shaw | Talent Acquisition | Greyfriars Analytics\n"
                  "T: +44 131 555 0173\n\n________________________________\nFrom: Alasdair Finch <%s>\n"
                  "Sent: 23 March 2026 18:12\nTo: Bryony Shaw <%s>\nSubject: Friday - could we move?\n\n"
                  "Bryony - can we push Olu to Monday 30th, same time (14:00)? Board prep has eaten Friday.\n\n"
                  "A.\n" % (alasdair, bryony))
    m.add_attachment(b'\x78\x9f\x3e\x22\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07'
                     b'\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00',
                     maintype='application', subtype='ms-tnef', filename='winmail.dat')
    em(c, '02-fw-could-we-move.eml', m)
    label(c, owner, [iv('Greyfriars Analytics', 'Data Platform Engineer', s2, e2, 'scheduled',
                        [alasdair], [alasdair], 'hiring_manager')],
          'hard', 'positive/reschedule-dst',
          'Outlook for Mac invite Fri 27 Mar 14:00 GMT, forwarded "could we move" mail with winmail.dat, '
          'updated invite SEQUENCE:1 -> Mon 30 Mar 14:00 BST (+01:00). Bryony is optional/coordinator.')


# =================================================================== CASE 07
def c07():
    c = 'b16-07-fastmail-invite-then-cancel-auckland'
    owner = 'hemi.walker@example.com'
    tz = 'Pacific/Auckland'
    mereana = 'mereana.tawhiri@kowhairobotics.example'
    liam = 'liam.ostrowski@kowhairobotics.example'
    sent1 = T(2026, 3, 30, 13, 14, tz)   # NZDT +13
    sent2 = T(2026, 4, 2, 16, 40, tz)
    start = T(2026, 4, 6, 9, 0, tz)      # NZST +12 (after Apr 5)
    end = T(2026, 4, 6, 10, 0, tz)
    uid = '5b0c7e9a-2f61-4d1c-9a8e-0e4d6f7b3a21'

    def cal(method, seq, stamp, status):
        return ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Fastmail/2020.5/EN', 'METHOD:' + method,
                    *vtz('Pacific/Auckland', tz, std_rule='FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
                         dst_rule='FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU', std_start='19700405T030000',
                         dst_start='19700927T020000', std_name='NZST', dst_name='NZDT'),
                    'BEGIN:VEVENT', 'UID:' + uid, 'SEQUENCE:%d' % seq, 'DTSTAMP:' + z(stamp),
                    'DTSTART;TZID=Pacific/Auckland:' + loc(start), 'DTEND;TZID=Pacific/Auckland:' + loc(end),
                    'SUMMARY:Kōwhai Robotics – technical interview (Robotics Software Engineer)',
                    'LOCATION:https://meet.kowhairobotics.example/hemi-walker',
                    'ORGANIZER;CN=Mereana Tāwhiri:mailto:' + mereana,
                    'ATTENDEE;CN=Mereana Tāwhiri;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:' + mereana,
                    'ATTENDEE;CN=Liam Ostrowski;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:' + liam,
                    'ATTENDEE;CN=Hemi Walker;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:' + owner,
                    'STATUS:' + status, 'END:VEVENT', 'END:VCALENDAR'])

    c1 = cal('REQUEST', 0, sent1, 'CONFIRMED')
    m = msg([('Delivered-To', owner), ('From', A('Mereana Tāwhiri', mereana)), ('To', A('Hemi Walker', owner))])
    m['Subject'] = 'Invitation: Kōwhai Robotics – technical interview (Robotics Software Engineer)'
    m['Date'] = D(sent1)
    m['Message-ID'] = '<1a2b3c4d-5e6f-4a1b-8c9d-fm1.kowhairobotics.example>'
    m['User-Agent'] = 'Fastmail'
    m.set_content("Kia ora Hemi,\n\nAs discussed - technical interview with me and Liam (Senior Software "
                  "Engineer, motion planning). Monday 6 April, 9-10am NZ time. Heads up: daylight saving ends "
                  "the day before, so double-check your calendar shows 9am NZST.\n\nMereana Tāwhiri\n"
                  "Engineering Manager, Kōwhai Robotics\n27 Kitchener Street, Auckland 1010 | +64 21 555 0193\n\n"
                  "----\nThis invitation was sent from Fastmail's calendar.\n", cte='quoted-printable')
    m.add_attachment(c1.encode(), maintype='text', subtype='calendar', filename='event.ics',
                     params={'method': 'REQUEST'})
    em(c, '01-fastmail-invitation.eml', m)

    c2 = cal('CANCEL', 1, sent2, 'CANCELLED')
    m = msg([('Delivered-To', owner), ('From', A('Mereana Tāwhiri', mereana)), ('To', A('Hemi Walker', owner))])
    m['Subject'] = 'Cancelled: Kōwhai Robotics – technical interview (Robotics Software Engineer)'
    m['Date'] = D(sent2)
    m['Message-ID'] = '<9f8e7d6c-5b4a-4c3d-2e1f-fm1.kowhairobotics.example>'
    m['In-Reply-To'] = '<1a2b3c4d-5e6f-4a1b-8c9d-fm1.kowhairobotics.example>'
    m['User-Agent'] = 'Fastmail'
    m.set_content("Hemi,\n\nI'm really sorry to do this. We've had a funding decision this week and the "
                  "Robotics Software Engineer role is on hold until at least Q3, so I'm cancelling Monday's "
                  "interview. I'll be in touch directly if it reopens - you were a strong applicant.\n\n"
                  "Ngā mihi,\nMereana\n")
    m.add_alternative(c2, subtype='calendar', params={'method': 'CANCEL'})
    em(c, '02-fastmail-cancel.eml', m)
    label(c, owner, [iv('Kōwhai Robotics', 'Robotics Software Engineer', start, end, 'cancelled',
                        [mereana, liam], [mereana, liam], 'technical')],
          'medium', 'positive/cancellation',
          'Fastmail REQUEST then METHOD:CANCEL (role on hold). Mon 6 Apr 09:00 is after Auckland DST ends '
          '(Apr 5) -> +12:00 while both mails are dated +13:00.')


# =================================================================== CASE 08
def c08():
    c = 'b16-08-korean-email-confirm-then-cancel'
    owner = 'seoyeon.lim@mail.example'
    tz = 'Asia/Seoul'
    jieun = 'jieun.kim@hanbitmobility.example'
    minsu = 'minsu.park@hanbitmobility.example'
    sent1 = T(2026, 3, 9, 10, 20, tz)
    sent2 = T(2026, 3, 13, 17, 55, tz)
    start = T(2026, 3, 17, 15, 0, tz)
    end = T(2026, 3, 17, 16, 0, tz)
    m = msg([('Delivered-To', owner), ('From', A('김지은', jieun)), ('To', A('임서연', owner)),
             ('Cc', A('박민수', minsu))])
    m['Subject'] = '[한빛모빌리티] 2차 면접 일정 안내 - 데이터 엔지니어'
    m['Date'] = D(sent1)
    m['Message-ID'] = '<DM8PR02MB7890ABCDEF012345@DM8PR02MB7890.apcprd02.outlook.example>'
    m['X-Mailer'] = 'Outlook for iOS'
    m.set_content("임서연님 안녕하세요,\n한빛모빌리티 인재영입팀 김지은입니다.\n\n"
                  "1차 면접 합격을 축하드립니다. 데이터 엔지니어 포지션 2차 면접 일정을 아래와 같이 안내드립니다.\n\n"
                  "- 일시: 3월 17일(화) 오후 3시 ~ 4시\n- 장소: 서울시 성동구 성수이로 88, 한빛타워 7층 (대면)\n"
                  "- 면접관: 데이터플랫폼팀 박민수 팀장\n\n당일 신분증을 지참해 주세요.\n감사합니다.\n\n"
                  "김지은 드림\n인재영입팀 | 02-555-0147\n\nGet Outlook for iOS\n", cte='base64')
    em(c, '01-kim-second-round.eml', m, b_subject=True)
    m = msg([('Delivered-To', owner), ('From', A('김지은', jieun)), ('To', A('임서연', owner)),
             ('Cc', A('박민수', minsu))])
    m['Subject'] = 'RE: [한빛모빌리티] 2차 면접 일정 안내 - 데이터 엔지니어'
    m['Date'] = D(sent2)
    m['Message-ID'] = '<DM8PR02MB7890FEDCBA987654@DM8PR02MB7890.apcprd02.outlook.example>'
    m['In-Reply-To'] = '<DM8PR02MB7890ABCDEF012345@DM8PR02MB7890.apcprd02.outlook.example>'
    m['X-Mailer'] = 'Outlook for iOS'
    m.set_content("임서연님,\n\n갑작스럽게 연락드려 죄송합니다. 내부 조직 개편으로 해당 포지션 채용이 잠정 중단되어, "
                  "3월 17일(화) 오후 3시로 예정되었던 2차 면접은 부득이하게 취소되었습니다.\n"
                  "채용이 재개되면 가장 먼저 연락드리겠습니다. 양해 부탁드립니다.\n\n김지은 드림\n\n"
                  "________________________________\n보낸 사람: 김지은 <%s>\n보낸 날짜: 2026년 3월 9일 월요일 오전 10:20\n"
                  "받는 사람: 임서연 <%s>\n제목: [한빛모빌리티] 2차 면접 일정 안내 - 데이터 엔지니어\n\n"
                  "- 일시: 3월 17일(화) 오후 3시 ~ 4시\n- 면접관: 데이터플랫폼팀 박민수 팀장\n" % (jieun, owner),
                  cte='quoted-printable')
    em(c, '02-kim-cancelled.eml', m, b_subject=True)
    label(c, owner, [iv('Hanbit Mobility', '데이터 엔지니어 (Data Engineer)', start, end, 'cancelled',
                        [minsu], [minsu], 'hiring_manager')],
          'hard', 'positive/cancellation',
          'Korean Outlook-for-iOS mails: second-round in-person interview 3/17 15:00-16:00 KST with team '
          'lead Park (Cc), then cancelled (hiring frozen). Body-only, no .ics.')


# =================================================================== CASE 09
def c09():
    c = 'b16-09-zoho-mail-two-rounds-ist-duration'
    owner = 'aditya.kulkarni@example.com'
    tz = 'Asia/Kolkata'
    ananya = 'ananya.rao@kavericloud.example'
    rohit = 'rohit.venkatesan@kavericloud.example'
    meera = 'meera.pillai@kavericloud.example'
    sent1 = T(2026, 3, 2, 18, 4, tz)
    s1 = T(2026, 3, 3, 11, 30, tz)
    e1 = T(2026, 3, 3, 12, 0, tz)
    sent2 = T(2026, 3, 4, 12, 26, tz)
    s2 = T(2026, 3, 10, 15, 30, tz)
    e2 = s2 + timedelta(hours=1, minutes=30)
    m = msg([('Delivered-To', owner), ('From', A('Ananya Rao', ananya)), ('To', A('Aditya Kulkarni', owner))])
    m['Subject'] = 'Kaveri Cloudworks | SRE - quick call tomorrow?'
    m['Date'] = D(sent1)
    m['Message-ID'] = '<18e01a2b3c4.1f2e3d4c5b6a.7788990011@zohomail.example>'
    m['User-Agent'] = 'Zoho Mail'
    m['X-ZohoMail-DKIM'] = 'pass'
    m.set_content(html := (
        '<div style="font-family:Verdana,Arial,Helvetica,sans-serif;font-size:10pt">Hi Aditya,<br><br>'
        'Thanks for applying for the <b>Site Reliability Engineer</b> opening. As per our WhatsApp chat, '
        'I\'ll call you tomorrow at 11:30 AM IST on +91 98xxxx4410 for a ~30 min screening (background, '
        'notice period, CTC expectations).<br><br>Regards,<br>Ananya Rao<br>Talent Acquisition | Kaveri '
        'Cloudworks<br>4th Floor, Prestige Tech Park, Bengaluru 560103 | +91 80 5555 0162<br></div>'),
        subtype='html', cte='quoted-printable')
    em(c, '01-ananya-screen-tomorrow.eml', m)
    uid = 'a77c1d2e3f40@zohocalendar.example'
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Zoho Corporation//Zoho Calendar 2.0//EN',
               'METHOD:REQUEST', *vtz('Asia/Calcutta', tz, std_name='IST'),
               'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + z(sent2), 'SEQUENCE:0',
               'DTSTART;TZID=Asia/Calcutta:' + loc(s2), 'DURATION:PT1H30M',
               'SUMMARY:Kaveri Cloudworks - SRE Technical Round - Aditya Kulkarni',
               'DESCRIPTION:' + esc('Technical round (Kubernetes troubleshooting + on-call scenario).\nInterviewers: Rohit Venkatesan, Meera Pillai'),
               'LOCATION:https://meeting.zoho.example/meeting/register?sessionId=1045523318',
               'ORGANIZER;CN=Ananya Rao:mailto:' + ananya,
               'ATTENDEE;CN=Rohit Venkatesan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:' + rohit,
               'ATTENDEE;CN=Meera Pillai;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:' + meera,
               'ATTENDEE;CN=Aditya Kulkarni;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:' + owner,
               'X-ZOHO-EVENT-TYPE:MEETING', 'X-ZOHO-CATEGORY:Interview', 'STATUS:CONFIRMED',
               'END:VEVENT', 'END:VCALENDAR'])
    m = msg([('Delivered-To', owner), ('From', A('Ananya Rao', ananya)), ('To', A('Aditya Kulkarni', owner)),
             ('Cc', '%s, %s' % (rohit, meera))])
    m['Subject'] = 'Re: Kaveri Cloudworks | SRE - next round'
    m['Date'] = D(sent2)
    m['Message-ID'] = '<18e0b7c8d9e.2a3b4c5d6e7f.1122334455@zohomail.example>'
    m['In-Reply-To'] = '<18e01a2b3c4.1f2e3d4c5b6a.7788990011@zohomail.example>'
    m['User-Agent'] = 'Zoho Mail'
    m.set_content("Hi Aditya,\n\nGreat speaking yesterday! You've been shortlisted for the technical round "
                  "with Rohit (Staff SRE) and Meera (SRE Manager).\n\nDate: Tue, 10 Mar 2026\nTime: 3.30 pm "
                  "IST onwards (90 mins)\nMode: Zoho Meeting (link in the attached invite)\n\nAll the best!\n"
                  "Ananya\n\n---- On Mon, 02 Mar 2026 18:04:00 +0530 Ananya Rao <%s> wrote ----\n"
                  "> I'll call you tomorrow at 11:30 AM IST for a ~30 min screening\n" % ananya)
    m.add_attachment(cal.encode(), maintype='text', subtype='calendar', filename='Technical_Round.ics')
    em(c, '02-ananya-technical-round.eml', m)
    label(c, owner, [
        iv('Kaveri Cloudworks', 'Site Reliability Engineer', s1, e1, 'scheduled', [ananya], [ananya], 'phone_screen'),
        iv('Kaveri Cloudworks', 'Site Reliability Engineer', s2, e2, 'scheduled', [rohit, meera], [rohit, meera], 'technical')],
        'hard', 'positive/two-interviews',
        'Zoho Mail: HTML-only QP "call you tomorrow at 11:30 AM IST" (message Mon 2 Mar -> Tue 3 Mar, ~30 min, '
        'recruiter screens), then a technical round .ics with TZID Asia/Calcutta and DURATION:PT1H30M.')


# =================================================================== CASE 10
def c10():
    c = 'b16-10-outlook-ios-html-only-table-pst-label'
    owner = 'maren.ostby@example.com'
    tz = 'America/Los_Angeles'
    jas = 'jasmine.okoye@redwoodparcel.example'
    gab = 'gabriel.mendes@redwoodparcel.example'
    sent = T(2026, 3, 9, 19, 48, tz)
    start = T(2026, 3, 12, 16, 30, tz)   # PDT -07:00 despite "PST" in the text
    end = T(2026, 3, 12, 17, 15, tz)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr"><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">'
            'Hi Maren &ndash; confirming your next conversation with Gabriel. Details:</div>'
            '<table border="0" cellspacing="0" cellpadding="4" style="border:1px solid #ccc">'
            '<tr><th align="left">Who</th><td>Gabriel Mendes, Director of Logistics Engineering '
            '(<a href="mailto:%s">%s</a>)</td></tr>'
            '<tr><th align="left">What</th><td>Hiring manager interview &ndash; Staff Backend Engineer, Routing</td></tr>'
            '<tr><th align="left">When</th><td>Thu 3/12 @ 4:30p PST (45 min)</td></tr>'
            '<tr><th align="left">Where</th><td>Video &ndash; Gabriel will send a Webex link</td></tr></table>'
            '<div>If anything changes just reply here. Good luck!</div><br>'
            '<div>Jasmine Okoye<br>Recruiting Lead, Redwood Parcel<br>1 Embarcadero Ctr, San Francisco, CA 94111<br>'
            '(415) 555-0126</div><br><div id="ms-outlook-mobile-signature">Get '
            '<a href="https://aka.example/o0ukef">Outlook for iOS</a></div></div></body></html>' % (gab, gab))
    m = msg([('Delivered-To', owner), ('From', A('Jasmine Okoye', jas)), ('To', A('Maren Østby', owner)),
             ('Cc', A('Gabriel Mendes', gab))])
    m['Subject'] = 'Thursday w/ Gabriel'
    m['Date'] = D(sent)
    m['Message-ID'] = '<BY5PR17MB3905E4D2C1B0A99F@BY5PR17MB3905.namprd17.prod.outlook.example>'
    m['X-Mailer'] = 'Outlook for iOS'
    m.set_content(html, subtype='html', cte='quoted-printable')
    em(c, '01-jasmine-thursday.eml', m)
    label(c, owner, [iv('Redwood Parcel', 'Staff Backend Engineer, Routing', start, end, 'scheduled',
                        [gab], [gab], 'hiring_manager')],
          'hard', 'positive/html-only-qp-table',
          'Outlook for iOS HTML-only QP table "Thu 3/12 @ 4:30p PST (45 min)"; Mar 12 is after US DST start, '
          'Pacific time is PDT -> 16:30-07:00 (the writer says PST loosely).')


# =================================================================== CASE 11
def c11():
    c = 'b16-11-thunderbird-three-invites-onsite-berlin'
    owner = 'ilse.vandermeer@example.com'
    tz = 'Europe/Berlin'
    friederike = 'friederike.lang@nordhafen-mobility.example'
    soren = 'soren.lykke@nordhafen-mobility.example'
    lukasz = 'lukasz.wisniewski@nordhafen-mobility.example'
    anke = 'anke.brandt@nordhafen-mobility.example'
    sent0 = T(2026, 4, 7, 10, 15, tz)
    sessions = [
        (T(2026, 4, 14, 9, 30, tz), T(2026, 4, 14, 10, 30, tz), 'System Design', 'Søren Lykke', soren),
        (T(2026, 4, 14, 10, 45, tz), T(2026, 4, 14, 11, 45, tz), 'Live Coding (Swift)', 'Łukasz Wiśniewski', lukasz),
        (T(2026, 4, 14, 13, 0, tz), T(2026, 4, 14, 13, 45, tz), 'Gespräch mit der Hiring Managerin', 'Anke Brandt', anke),
    ]
    m = msg([('Delivered-To', owner), ('From', A('Friederike Lang', friederike)), ('To', A('Ilse van der Meer', owner))])
    m['Subject'] = 'Ihr Vor-Ort-Interview bei Nordhafen Mobility am 14.04.'
    m['Date'] = D(sent0)
    m['Message-ID'] = '<0e5d6c7b-8a9f-4b1c-a2d3-e4f5a6b7c8d9@nordhafen-mobility.example>'
    m['User-Agent'] = 'Mozilla Thunderbird 128.9.0'
    m.set_content("Liebe Ilse,\n\nwie besprochen laden wir Sie zum Vor-Ort-Interview für die Position Senior "
                  "iOS Engineer ein: Dienstag, 14.04.2026, ab 9:30 Uhr in unserem Büro (Am Sandtorkai 44, "
                  "20457 Hamburg). Ablauf:\n\n 9:30 - 10:30 Uhr  System Design mit Søren Lykke\n"
                  "10:45 - 11:45 Uhr  Live Coding mit Łukasz Wiśniewski\n11:45 - 13:00 Uhr  Mittagessen mit dem Team\n"
                  "13:00 - 13:45 Uhr  Gespräch mit Anke Brandt (Head of Mobile)\n\n"
                  "Sie erhalten gleich drei separate Kalendereinladungen. Fahrtkosten erstatten wir natürlich.\n\n"
                  "Viele Grüße\nFriederike Lang\nTalent Acquisition | Nordhafen Mobility GmbH\nTel. +49 40 5555 0131\n",
                  cte='quoted-printable')
    em(c, '01-friederike-onsite.eml', m)
    for i, (s, e, title, iname, iaddr) in enumerate(sessions, start=2):
        stamp = sent0 + timedelta(minutes=3 * i)
        uid = 'b2f0c1d%d-77aa-4e3b-9c51-nordhafen-%d' % (i, i)
        cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
                   'VERSION:2.0', 'METHOD:REQUEST',
                   *vtz('/Europe/Berlin', tz, std_rule=EU_STD, dst_rule=EU_DST, std_name='CET', dst_name='CEST'),
                   'BEGIN:VEVENT', 'CREATED:' + z(stamp), 'LAST-MODIFIED:' + z(stamp), 'DTSTAMP:' + z(stamp),
                   'UID:' + uid, 'SUMMARY:Onsite Ilse van der Meer – %s (Senior iOS Engineer)' % title,
                   'ORGANIZER;RSVP=FALSE;CN=Friederike Lang;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:' + friederike,
                   'ATTENDEE;RSVP=TRUE;CN=%s;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:%s' % (iname, iaddr),
                   'ATTENDEE;RSVP=TRUE;CN=Ilse van der Meer;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:' + owner,
                   'DTSTART;TZID=/Europe/Berlin:' + loc(s), 'DTEND;TZID=/Europe/Berlin:' + loc(e),
                   'LOCATION:Nordhafen Mobility\\, Am Sandtorkai 44\\, 20457 Hamburg\\, Raum Elbe',
                   'SEQUENCE:0', 'X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-GENERATION:1',
                   'END:VEVENT', 'END:VCALENDAR'])
        m = msg([('Delivered-To', owner), ('From', A('Friederike Lang', friederike)),
                 ('To', '%s <%s>, %s' % (iname, iaddr, owner))])
        m['Subject'] = 'Einladung: Onsite Ilse van der Meer – %s (Senior iOS Engineer) @ Di 14. Apr 2026 %s' % (
            title, s.strftime('%H:%M'))
        m['Date'] = D(stamp)
        m['Message-ID'] = '<%s@nordhafen-mobility.example>' % uid
        m['User-Agent'] = 'Mozilla Thunderbird 128.9.0'
        m.set_content('Sie wurden zu einem Termin eingeladen.\n\nTitel: Onsite – %s\nWann: Dienstag, 14. April '
                      '2026 %s – %s Europe/Berlin\nOrt: Am Sandtorkai 44, Hamburg\nOrganisator: Friederike Lang\n'
                      'Teilnehmer: %s, Ilse van der Meer\n' % (title, s.strftime('%H:%M'), e.strftime('%H:%M'), iname))
        m.add_alternative(cal, subtype='calendar', params={'method': 'REQUEST'})
        m.add_attachment(cal.encode(), maintype='application', subtype='ics', filename='invite.ics')
        em(c, '%02d-thunderbird-invite-%s.eml' % (i, iname.split()[0].lower().replace('ø', 'o').replace('ł', 'l')), m)
    label(c, owner, [iv('Nordhafen Mobility', 'Senior iOS Engineer', sessions[0][0], sessions[-1][1],
                        'scheduled', [soren, lukasz, anke], [soren, lukasz, anke], 'onsite')],
          'hard', 'positive/onsite-multi-invite',
          'German recruiter mail + three Thunderbird/Lightning invites with TZID "/Europe/Berlin" for one onsite '
          'day (lunch break) -> ONE interview 09:30-13:45 CEST with all three interviewers.')


# =================================================================== CASE 12
def c12():
    c = 'b16-12-exchange-calendar-only-counter-saopaulo'
    owner = 'leticia.moraes@mail.example'
    tz = 'America/Sao_Paulo'
    camila = 'camila.duarte@ipepagamentos.example'
    thiago = 'thiago.ramos@ipepagamentos.example'
    sent1 = T(2026, 3, 13, 9, 12, tz)
    s1 = T(2026, 3, 19, 10, 0, tz)
    e1 = T(2026, 3, 19, 11, 0, tz)
    sent2 = T(2026, 3, 13, 20, 40, tz)
    s2 = T(2026, 3, 20, 14, 0, tz)
    e2 = T(2026, 3, 20, 15, 0, tz)
    sent3 = T(2026, 3, 16, 8, 55, tz)
    uid = '040000008200E00074C5B7101A82E0080000000050A6F1C2B2B3DC01000000000000000010000000E1D2'
    TZ = 'E. South America Standard Time'

    def ev(method, seq, s, e, stamp, extra=()):
        return ics(['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
                    *vtz(TZ, tz, std_name='Hora padrão de Brasília'),
                    'BEGIN:VEVENT', 'ORGANIZER;CN=Camila Duarte:mailto:' + camila,
                    'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Letícia Moraes:mailto:' + owner,
                    'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thiago Ramos:mailto:' + thiago,
                    'DESCRIPTION;LANGUAGE=pt-BR:' + esc('Entrevista técnica – Engenheira de Dados Sênior.\nCamila (gestora) e Thiago (Staff Data Engineer).\nReunião do Microsoft Teams: https://teams.example/l/meetup-join/19%3ameeting_Ipe'),
                    'UID:' + uid, 'SUMMARY;LANGUAGE=pt-BR:Entrevista técnica - Letícia Moraes - Engenheira de Dados Sênior',
                    'DTSTART;TZID=%s:%s' % (TZ, loc(s)), 'DTEND;TZID=%s:%s' % (TZ, loc(e)),
                    'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + z(stamp), 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
                    'SEQUENCE:%d' % seq, 'LOCATION;LANGUAGE=pt-BR:Reunião do Microsoft Teams',
                    'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq, 'X-MICROSOFT-CDO-OWNERAPPTID:-1120384931',
                    'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
                    'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', *extra, 'END:VEVENT', 'END:VCALENDAR'])

    for name, seq, s, e, stamp, subj in (
            ('01-exchange-invite.eml', 0, s1, e1, sent1, 'Entrevista técnica - Letícia Moraes - Engenheira de Dados Sênior'),
            ('03-exchange-updated.eml', 1, s2, e2, sent3, 'Atualizado: Entrevista técnica - Letícia Moraes - Engenheira de Dados Sênior')):
        m = msg([('Delivered-To', owner), ('From', A('Camila Duarte', camila)),
                 ('To', 'Letícia Moraes <%s>, Thiago Ramos <%s>' % (owner, thiago))])
        m['Subject'] = subj
        m['Date'] = D(stamp)
        m['Message-ID'] = '<CP2PR80MB4%03dA1B2C3D4E5F6@CP2PR80MB4%03d.lamprd80.prod.outlook.example>' % (seq, seq)
        m['Content-class'] = 'urn:content-classes:calendarmessage'
        m['Thread-Topic'] = 'Entrevista técnica - Letícia Moraes - Engenheira de Dados Sênior'
        m.set_content(ev('REQUEST', seq, s, e, stamp).encode('utf-8'), maintype='text', subtype='calendar',
                      params={'method': 'REQUEST', 'charset': 'utf-8'}, cte='base64')
        m.make_alternative()
        em(c, name, m)
    counter = ics(['BEGIN:VCALENDAR', 'METHOD:COUNTER', 'PRODID:-//Apple Inc.//macOS 16.3//EN', 'VERSION:2.0',
                   *vtz('America/Sao_Paulo', tz),
                   'BEGIN:VEVENT', 'UID:' + uid, 'SEQUENCE:0', 'DTSTAMP:' + z(sent2),
                   'DTSTART;TZID=America/Sao_Paulo:' + loc(s2), 'DTEND;TZID=America/Sao_Paulo:' + loc(e2),
                   'SUMMARY:Entrevista técnica - Letícia Moraes - Engenheira de Dados Sênior',
                   'ORGANIZER;CN=Camila Duarte:mailto:' + camila,
                   'ATTENDEE;CN=Letícia Moraes;PARTSTAT=TENTATIVE;ROLE=REQ-PARTICIPANT:mailto:' + owner,
                   'COMMENT:' + esc('Olá Camila, quinta de manhã tenho um compromisso inadiável. Sexta, 20/03, às 14h seria possível?'),
                   'END:VEVENT', 'END:VCALENDAR'])
    add(c, '02-leticia-counter-proposal.ics', counter.encode())
    label(c, owner, [iv('Ipê Pagamentos', 'Engenheira de Dados Sênior', s2, e2, 'scheduled',
                        [camila, thiago], [camila, thiago], 'technical')],
          'hard', 'positive/counter-reschedule',
          'Exchange invites whose multipart/alternative holds ONLY a base64 text/calendar part; the user\'s '
          'METHOD:COUNTER (.ics) proposes Fri 20/03 14h; organizer sends SEQUENCE:1 with the new time. '
          'São Paulo has no DST (-03:00).')


# =================================================================== CASE 13
def c13():
    c = 'b16-13-turkish-allday-ics-time-in-body'
    owner = 'deniz.aksoy@example.com'
    tz = 'Europe/Istanbul'
    elif_ = 'elif.yildiz@bogazici-yazilim.example'
    ahmet = 'ahmet.kaya@bogazici-yazilim.example'
    zeynep = 'zeynep.demir@bogazici-yazilim.example'
    sent1 = T(2026, 3, 18, 15, 30, tz)
    sent2 = T(2026, 3, 20, 10, 5, tz)
    start = T(2026, 3, 24, 14, 0, tz)
    end = T(2026, 3, 24, 15, 0, tz)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Yandex LLC//Yandex Calendar//EN', 'METHOD:PUBLISH',
               'BEGIN:VEVENT', 'UID:bgz-mulakat-20260324-daksoy', 'DTSTAMP:' + z(sent1),
               'DTSTART;VALUE=DATE:20260324', 'DTEND;VALUE=DATE:20260325',
               'SUMMARY:Teknik Mülakat – Boğaziçi Yazılım',
               'DESCRIPTION:' + esc('Saat ve bağlantı bilgisi e-postadadır.'),
               'TRANSP:TRANSPARENT', 'END:VEVENT', 'END:VCALENDAR'])
    m = msg([('Delivered-To', owner), ('From', A('Elif Yıldız', elif_)), ('To', A('Deniz Aksoy', owner))])
    m['Subject'] = 'Teknik Mülakat Daveti – Kıdemli Backend Geliştirici'
    m['Date'] = D(sent1)
    m['Message-ID'] = '<2f1e0d9c8b7a@bogazici-yazilim.example>'
    m.set_content("Merhaba Deniz Hanım,\n\nKıdemli Backend Geliştirici pozisyonu için yaptığımız ön görüşmenin "
                  "ardından sizi teknik mülakata davet etmek isteriz.\n\nTarih: 24 Mart 2026 Salı\n"
                  "Saat: 14:00'te (TSİ), yaklaşık 1 saat\nMülakatı yapacaklar: Ahmet Kaya (Yazılım Mimarı) ve "
                  "Zeynep Demir (Backend Takım Lideri)\n\nTakviminize eklemeniz için bir hatırlatıcı ekledik; "
                  "bağlantıyı ayrıca göndereceğim.\n\nSaygılarımla,\nElif Yıldız\nİnsan Kaynakları | Boğaziçi "
                  "Yazılım A.Ş.\nBüyükdere Cad. No:121, Levent, 34394 İstanbul\n+90 212 555 01 48\n",
                  cte='quoted-printable')
    m.add_attachment(cal.encode(), maintype='text', subtype='calendar', filename='mulakat.ics')
    em(c, '01-elif-davet.eml', m)
    m = msg([('Delivered-To', owner), ('From', A('Elif Yıldız', elif_)), ('To', A('Deniz Aksoy', owner)),
             ('Cc', '%s, %s' % (ahmet, zeynep))])
    m['Subject'] = 'Ynt: Teknik Mülakat Daveti – Kıdemli Backend Geliştirici'
    m['Date'] = D(sent2)
    m['Message-ID'] = '<7a6b5c4d3e2f@bogazici-yazilim.example>'
    m['In-Reply-To'] = '<CAF1x9zq-deniz@mail.example>'
    m.set_content("Deniz Hanım merhaba,\n\nOnayınız için teşekkürler. Salı günkü görüşmenin Google Meet "
                  "bağlantısı: https://meet.example/bgz-tkn-qwe\nAhmet Bey ve Zeynep Hanım'ı da bilgiye ekledim.\n\n"
                  "Elif\n\n> 18 Mar 2026 Çar, 15:30 tarihinde Elif Yıldız <%s> şunu yazdı:\n> Tarih: 24 Mart 2026 Salı\n"
                  "> Saat: 14:00'te (TSİ)\n\n>> Merhaba Elif Hanım, 24 Mart saat 14:00 benim için uygun. "
                  "Teşekkürler, Deniz\n" % elif_, cte='base64')
    em(c, '02-elif-meet-link.eml', m)
    label(c, owner, [iv('Boğaziçi Yazılım', 'Kıdemli Backend Geliştirici', start, end, 'scheduled',
                        [ahmet, zeynep], [ahmet, zeynep], 'technical')],
          'medium', 'positive/allday-ics-turkish',
          'Turkish mails; the attached .ics is a DATE-only all-day hold, the time (14:00 TSİ, ~1 h) is only in '
          'the body -> 14:00+03:00.')


# =================================================================== NEGATIVES
def c14():
    c = 'b16-14-icloud-reply-user-is-interviewer-recurrence'
    owner = 'marcus.lindqvist@example.com'
    tz = 'Europe/Stockholm'
    noor = 'noor.haddad@mail.example'
    sent = T(2026, 3, 16, 21, 8, tz)
    s = T(2026, 3, 19, 15, 0, tz)
    uid = '6C3E1B2A-9D8F-4E7A-B6C5-D4E3F2A1B0C9'
    reply = ics(['BEGIN:VCALENDAR', 'METHOD:REPLY', 'PRODID:-//Apple Inc.//iPhone 19.3//EN', 'VERSION:2.0',
                 'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + z(sent), 'SEQUENCE:0',
                 'DTSTART:' + z(s), 'DTEND:' + z(s + timedelta(hours=1)),
                 'SUMMARY:Interview: Noor Haddad – Gameplay Engineer (Tallowmere Games)',
                 'ORGANIZER;CN=Marcus Lindqvist:mailto:' + owner,
                 'ATTENDEE;CN=Noor Haddad;PARTSTAT=ACCEPTED;X-RESPONSE-COMMENT="Looking forward to it!":mailto:' + noor,
                 'X-APPLE-NEEDS-REPLY:FALSE', 'END:VEVENT', 'END:VCALENDAR'])
    m = msg([('Delivered-To', owner), ('From', A('Noor Haddad', noor)), ('To', A('Marcus Lindqvist', owner))])
    m['Subject'] = 'Accepted: Interview: Noor Haddad – Gameplay Engineer (Tallowmere Games)'
    m['Date'] = D(sent)
    m['Message-ID'] = '<%s-reply@icloud.example>' % uid
    m['X-Apple-Calendar-Invitation'] = 'reply'
    m.set_content('Noor Haddad has accepted your invitation.\n\nInterview: Noor Haddad – Gameplay Engineer\n'
                  'Thursday 19 March 2026 15:00–16:00 (CET)\n\n“Looking forward to it!”\n')
    m.add_alternative(reply, subtype='calendar', params={'method': 'REPLY'})
    em(c, '01-noor-accepted.eml', m)
    base = T(2026, 3, 5, 15, 0, tz)
    moved = T(2026, 3, 19, 15, 0, tz)
    orig = T(2026, 3, 19, 14, 0, tz)
    series = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 16.3//EN', 'CALSCALE:GREGORIAN',
                  *vtz('Europe/Stockholm', tz, std_rule=EU_STD, dst_rule=EU_DST, std_name='CET', dst_name='CEST'),
                  'BEGIN:VEVENT', 'UID:F00D1E55-HIRING-PANEL-GAMEPLAY', 'DTSTAMP:' + z(T(2026, 2, 27, 9, 0, tz)),
                  'DTSTART;TZID=Europe/Stockholm:' + loc(base - timedelta(hours=1)),
                  'DTEND;TZID=Europe/Stockholm:' + loc(base),
                  'RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=6',
                  'SUMMARY:Hiring panel slot – Gameplay Engineer (I interview)',
                  'DESCRIPTION:' + esc('Weekly block for candidate interviews I run as hiring manager. Fill in the Teamtailor scorecard within 24h.'),
                  'ORGANIZER;CN=Marcus Lindqvist:mailto:' + owner,
                  'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC', 'END:VEVENT',
                  'BEGIN:VEVENT', 'UID:F00D1E55-HIRING-PANEL-GAMEPLAY', 'DTSTAMP:' + z(sent),
                  'RECURRENCE-ID;TZID=Europe/Stockholm:' + loc(orig),
                  'DTSTART;TZID=Europe/Stockholm:' + loc(moved),
                  'DTEND;TZID=Europe/Stockholm:' + loc(moved + timedelta(hours=1)),
                  'SUMMARY:Hiring panel slot – Gameplay Engineer: Noor Haddad',
                  'DESCRIPTION:' + esc('Candidate: Noor Haddad. Moved one hour later for her timezone.'),
                  'ORGANIZER;CN=Marcus Lindqvist:mailto:' + owner, 'SEQUENCE:1', 'END:VEVENT',
                  'END:VCALENDAR'])
    add(c, '02-hiring-panel-series.ics', series.encode())
    label(c, owner, [], 'hard', 'negative/user-is-interviewer',
          'The owner is the hiring manager: a candidate\'s iCloud METHOD:REPLY accepting his interview invite '
          'and his own recurring "hiring panel" series with a RECURRENCE-ID override.')


def c15():
    c = 'b16-15-zoho-bookings-paid-mock-interview'
    owner = 'priyanka.sethi@mail.example'
    tz = 'Asia/Kolkata'
    coach = 'rahul.menon@offerready-coaching.example'
    sent = T(2026, 3, 7, 22, 14, tz)
    s = T(2026, 3, 11, 20, 0, tz)
    e = s + timedelta(minutes=60)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Zoho Corporation//Zoho Bookings//EN', 'METHOD:REQUEST',
               *vtz('Asia/Kolkata', tz, std_name='IST'),
               'BEGIN:VEVENT', 'UID:zb-88120931@bookings.zoho.example', 'DTSTAMP:' + z(sent),
               'DTSTART;TZID=Asia/Kolkata:' + loc(s), 'DTEND;TZID=Asia/Kolkata:' + loc(e),
               'SUMMARY:Mock Technical Interview (System Design) with Rahul Menon',
               'DESCRIPTION:' + esc('Paid session (₹2,499). Practice interview + written feedback. Not affiliated with any employer.'),
               'ORGANIZER;CN=OfferReady Coaching:mailto:bookings@offerready-coaching.example',
               'ATTENDEE;CN=Priyanka Sethi;RSVP=TRUE:mailto:' + owner,
               'ATTENDEE;CN=Rahul Menon:mailto:' + coach,
               'X-ZOHO-BOOKINGS-SERVICE:Mock Interview - 60 min', 'X-ZOHO-BOOKINGS-ID:OR-88120931',
               'END:VEVENT', 'END:VCALENDAR'])
    m = msg([('Delivered-To', owner), ('From', A('OfferReady Coaching', 'bookings@offerready-coaching.example')),
             ('Reply-To', A('Rahul Menon', coach)), ('To', A('Priyanka Sethi', owner))])
    m['Subject'] = 'Booking confirmed: Mock Technical Interview (System Design) – Wed, 11 Mar 2026 8:00 PM IST'
    m['Date'] = D(sent)
    m['Message-ID'] = '<OR-88120931.confirm@bookings.zoho.example>'
    m.set_content('<html><body><h2>Your appointment is confirmed 🎯</h2><table cellpadding="5">'
                  '<tr><td>Service</td><td>Mock Interview - 60 min (System Design)</td></tr>'
                  '<tr><td>Coach</td><td>Rahul Menon (ex-FAANG interviewer)</td></tr>'
                  '<tr><td>Date &amp; time</td><td>Wed, 11 Mar 2026, 8:00 PM - 9:00 PM IST</td></tr>'
                  '<tr><td>Amount paid</td><td>₹2,499 (UPI ref 6061 5512 0093)</td></tr></table>'
                  '<p>Come prepared as if this were the real thing: your interviewer will play the hiring panel '
                  'for a senior backend role and share a scorecard afterwards.</p>'
                  '<p>Reschedule or cancel: https://offerready.zohobookings.example/manage/OR-88120931</p>'
                  '<p style="font-size:11px;color:#888">Powered by Zoho Bookings</p></body></html>',
                  subtype='html', cte='quoted-printable')
    m.add_attachment(cal.encode(), maintype='text', subtype='calendar', filename='appointment.ics')
    em(c, '01-booking-confirmed.eml', m)
    label(c, owner, [], 'medium', 'negative/mock-interview',
          'Paid mock interview booked through a Zoho Bookings-style page, with .ics and "interviewer" wording.')


def c16():
    c = 'b16-16-greek-magazine-interview'
    owner = 'eleni.papadaki@example.com'
    tz = 'Europe/Athens'
    journo = 'nikos.antoniou@techathens-mag.example'
    sent = T(2026, 3, 23, 11, 40, tz)
    s = T(2026, 3, 26, 12, 0, tz)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 16.3//EN', 'METHOD:REQUEST',
               *vtz('Europe/Athens', tz, std_rule=EU_STD, dst_rule=EU_DST, std_start='19701025T040000',
                    dst_start='19700329T030000', std_name='EET', dst_name='EEST'),
               'BEGIN:VEVENT', 'UID:AE12F0C4-TA-MAG-0326', 'DTSTAMP:' + z(sent),
               'DTSTART;TZID=Europe/Athens:' + loc(s), 'DTEND;TZID=Europe/Athens:' + loc(s + timedelta(minutes=40)),
               'SUMMARY:Συνέντευξη TechAthens – Ελένη Παπαδάκη',
               'ORGANIZER;CN=Νίκος Αντωνίου:mailto:' + journo,
               'ATTENDEE;CN=Ελένη Παπαδάκη;RSVP=TRUE:mailto:' + owner,
               'LOCATION:Καφέ Ταχυδρομείο\\, Πλατεία Κοραή', 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC',
               'END:VEVENT', 'END:VCALENDAR'])
    m = msg([('Delivered-To', owner), ('From', A('Νίκος Αντωνίου', journo)), ('To', A('Ελένη Παπαδάκη', owner))])
    m['Subject'] = 'Συνέντευξη για το τεύχος Απριλίου – Women in Engineering'
    m['Date'] = D(sent)
    m['Message-ID'] = '<C4B1E7F2-1A2B-4C3D-9E8F-techathens@mail.example>'
    m['X-Mailer'] = 'Apple Mail (2.3826.300.87)'
    m.set_content("Καλημέρα κυρία Παπαδάκη,\n\nΣας ευχαριστώ πολύ που δεχτήκατε να μας δώσετε συνέντευξη για το "
                  "αφιέρωμα «Women in Engineering» του περιοδικού TechAthens. Όπως συμφωνήσαμε, θα βρεθούμε την "
                  "Πέμπτη 26 Μαρτίου στις 12:00 το μεσημέρι στο καφέ Ταχυδρομείο (πλατεία Κοραή). Η συνέντευξη θα "
                  "διαρκέσει περίπου 40 λεπτά και θα μας συνοδεύσει φωτογράφος.\n\nΘα σας στείλω τις ερωτήσεις "
                  "(για την καριέρα σας και την ομάδα που διευθύνετε) μέχρι την Τετάρτη.\n\nΜε εκτίμηση,\n"
                  "Νίκος Αντωνίου\nΣυντάκτης, TechAthens\nΣόλωνος 42, 106 73 Αθήνα | +30 210 555 0119\n\n"
                  "Στάλθηκε από το iPhone μου\n", cte='base64')
    m.add_attachment(cal.encode(), maintype='text', subtype='calendar', filename='Συνέντευξη.ics')
    em(c, '01-nikos-synenteuxi.eml', m, b_subject=True)
    label(c, owner, [], 'hard', 'negative/press-interview',
          'Greek magazine interview (συνέντευξη) with an Apple Calendar invite; a press interview, not a job interview.')


def c17():
    c = 'b16-17-visa-interview-chinese-reply'
    owner = 'chen.lihua@example.com'
    tz = 'Asia/Shanghai'
    vac = 'appointments@visapoint-centre.example'
    friend = 'wei.chen1988@mail.example'
    sent1 = T(2026, 3, 10, 9, 3, tz)
    s = T(2026, 3, 25, 8, 45, tz)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//VisaPoint//Appointments 3.2//EN', 'METHOD:PUBLISH',
               'BEGIN:VEVENT', 'UID:VP-SHA-2026-0325-55821', 'DTSTAMP:' + z(sent1),
               'DTSTART:' + z(s), 'DTEND:' + z(s + timedelta(minutes=30)),
               'SUMMARY:Visa interview – work permit (Category D) – consular section',
               'LOCATION:VisaPoint Application Centre\\, 18F\\, 1 Century Avenue\\, Shanghai',
               'DESCRIPTION:' + esc('Bring passport, employment contract, appointment letter. Arrive 15 minutes early.'),
               'END:VEVENT', 'END:VCALENDAR'])
    m = msg([('Delivered-To', owner), ('From', A('VisaPoint Appointments', vac)), ('To', owner)])
    m['Subject'] = 'Appointment confirmation – visa interview – Ref VP-SHA-55821'
    m['Date'] = D(sent1)
    m['Message-ID'] = '<VP-SHA-55821@visapoint-centre.example>'
    m.set_content("Dear CHEN LIHUA,\n\nYour visa interview appointment has been scheduled.\n\nDate: 25 March 2026\n"
                  "Time: 08:45 (Beijing time)\nCategory: National visa D – employment (sponsor: Fjellstad Energi AS)\n"
                  "Location: VisaPoint Application Centre, 18F, 1 Century Avenue, Shanghai\n\nThe consular officer "
                  "will interview you about your job offer and employment contract.\n\nThis is an automated "
                  "message, please do not reply.\n")
    m.add_attachment(cal.encode(), maintype='text', subtype='calendar', filename='appointment.ics')
    em(c, '01-visa-appointment.eml', m)
    m = msg([('Delivered-To', owner), ('From', A('陈伟', friend)), ('To', A('陈丽华', owner))])
    m['Subject'] = 'Re: 签证面试 25号'
    m['Date'] = D(T(2026, 3, 11, 21, 37, tz))
    m['Message-ID'] = '<tencent_5A1B2C3D4E5F6@mail.example>'
    m['In-Reply-To'] = '<lihua-visa-q@example.com>'
    m.set_content("丽华：\n\n恭喜拿到挪威那边的offer！签证面试其实很简单，签证官一般就问工作合同、公司名称、"
                  "职位和工资，用英语回答就行。25号早上8:45记得提前半小时到，带上护照和合同原件。\n\n"
                  "有问题随时打我电话。\n\n陈伟\n\n> 陈伟哥，我25号要去签证面试，有什么要准备的吗？\n",
                  cte='base64')
    em(c, '02-chenwei-reply.eml', m, b_subject=True)
    label(c, owner, [], 'medium', 'negative/visa-interview',
          'Visa interview appointment (UTC-Z .ics) plus a Chinese reply from a friend about it; the job offer is '
          'already accepted, no hiring conversation.')


def c18():
    c = 'b16-18-thunderbird-availability-never-booked'
    owner = 'soren.dahl@example.com'
    tz = 'Europe/Copenhagen'
    rec = 'astrid.holm@vindmolle-data.example'
    sent1 = T(2026, 3, 16, 10, 12, tz)
    sent2 = T(2026, 3, 17, 15, 49, tz)
    m = msg([('Delivered-To', owner), ('From', A('Astrid Holm', rec)), ('To', A('Søren Dahl', owner))])
    m['Subject'] = 'Interview availability – Analytics Engineer'
    m['Date'] = D(sent1)
    m['Message-ID'] = '<a1b2c3d4-vindmolle-0316@vindmolle-data.example>'
    m['User-Agent'] = 'Mozilla Thunderbird 128.8.0'
    m.set_content("Hej Søren,\n\nThanks for your application for Analytics Engineer. Our hiring manager would "
                  "like to schedule a first interview. Could you send me 2-3 windows next week that work for "
                  "you? Typically we do 45 minutes on Teams between 9:00 and 16:00 CET.\n\nVenlig hilsen\n"
                  "Astrid Holm\nTalent Partner, Vindmølle Data ApS\nAmaliegade 12, 1256 København K\n+45 33 55 50 17\n")
    em(c, '01-astrid-availability.eml', m)
    m = msg([('Delivered-To', owner), ('From', A('Astrid Holm', rec)), ('To', A('Søren Dahl', owner))])
    m['Subject'] = 'Re: Interview availability – Analytics Engineer'
    m['Date'] = D(sent2)
    m['Message-ID'] = '<e5f6a7b8-vindmolle-0317@vindmolle-data.example>'
    m['In-Reply-To'] = '<7c0ffee1-soren@example.com>'
    m['References'] = '<a1b2c3d4-vindmolle-0316@vindmolle-data.example> <7c0ffee1-soren@example.com>'
    m['User-Agent'] = 'Mozilla Thunderbird 128.8.0'
    m.set_content("Tak, Søren - got it. I've passed your windows to Mikkel and will come back with a confirmed "
                  "slot and a Teams invite once he's picked one. His calendar is a bit chaotic this week, so "
                  "it may take a day or two.\n\n/Astrid\n\nOn 16/03/2026 21.04, Søren Dahl wrote:\n"
                  "> Hi Astrid,\n>\n> Thanks! Next week I could do:\n> - Tue 24/3, 10:00-12:00\n"
                  "> - Wed 25/3 after 14h\n> - Thu 26/3 at half past nine\n>\n> Best, Søren\n>\n"
                  ">> On 16/03/2026 10.12, Astrid Holm wrote:\n>> Could you send me 2-3 windows next week?\n")
    em(c, '02-astrid-will-confirm.eml', m)
    label(c, owner, [], 'hard', 'negative/availability-unbooked',
          'Availability request and the candidate\'s proposed windows (quoted, Thunderbird), but the interview '
          'is never confirmed.')


def c19():
    c = 'b16-19-one-way-video-interview-allday-deadline'
    owner = 'amara.nwosu@mail.example'
    tz = 'Europe/London'
    sent = T(2026, 3, 23, 8, 30, tz)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ClipHire//Candidate Reminders//EN', 'METHOD:PUBLISH',
               'BEGIN:VEVENT', 'UID:ch-7731-deadline@cliphire.example', 'DTSTAMP:' + z(sent),
               'DTSTART;VALUE=DATE:20260327', 'DTEND;VALUE=DATE:20260328',
               'SUMMARY:Deadline: video interview – Graduate Actuarial Analyst (Thornbury Mutual)',
               'DESCRIPTION:' + esc('Record your answers before 23:59 BST/GMT on Friday. https://app.cliphire.example/i/7731'),
               'END:VEVENT', 'END:VCALENDAR'])
    m = msg([('Delivered-To', owner), ('From', A('Thornbury Mutual Early Careers via ClipHire', 'no-reply@cliphire.example')),
             ('To', owner)])
    m['Subject'] = 'Your video interview for Graduate Actuarial Analyst is ready'
    m['Date'] = D(sent)
    m['Message-ID'] = '<ch-7731-invite@cliphire.example>'
    m.set_content('<html><body><p>Hi Amara,</p><p>Congratulations – you\'ve been invited to the next stage: a '
                  '<b>video interview</b> for the Graduate Actuarial Analyst programme at Thornbury Mutual.</p>'
                  '<ul><li>5 pre-recorded questions, 2 minutes each, 30 seconds to prepare</li>'
                  '<li>Complete any time before <b>Friday 27 March, 23:59</b></li>'
                  '<li>No one from our team will be live on the call – record at a time that suits you</li></ul>'
                  '<p><a href="https://app.cliphire.example/i/7731">Start my interview</a></p>'
                  '<p>Thornbury Mutual Early Careers Team</p></body></html>', subtype='html', cte='quoted-printable')
    m.add_attachment(cal.encode(), maintype='text', subtype='calendar', filename='deadline.ics')
    em(c, '01-cliphire-video-interview.eml', m)
    label(c, owner, [], 'medium', 'negative/one-way-video',
          'One-way recorded video interview with an all-day deadline .ics; no live conversation.')


def c20():
    c = 'b16-20-proton-rejection-quotes-interview-time'
    owner = 'julien.marchetti@mail.example'
    tz = 'Europe/Paris'
    rec = 'camille.roux@lumiere-fret.example'
    sent = T(2026, 3, 20, 17, 22, tz)
    m = msg([('Delivered-To', owner), ('From', A('Camille Roux', rec)), ('To', A('Julien Marchetti', owner))])
    m['Subject'] = 'Votre candidature – Responsable Produit / your interview on 17 March'
    m['Date'] = D(sent)
    m['Message-ID'] = '<Kx7Pq2Zr9Lm@protonmail.example>'
    m['X-Pm-Origin'] = 'external'
    m.set_content("Bonjour Julien,\n\nMerci pour votre temps lors de l'entretien du mardi 17 mars à 14h avec "
                  "Hugo et moi-même. Nous avons beaucoup apprécié l'échange.\n\nAprès réflexion, nous avons "
                  "décidé de poursuivre avec un autre candidat dont le profil correspond davantage au poste de "
                  "Responsable Produit. Nous garderons votre candidature pour de futures opportunités et "
                  "n'hésitez pas à postuler de nouveau.\n\n(English: thank you for interviewing with us on "
                  "Tuesday 17 March at 2pm CET; unfortunately we will not be moving forward.)\n\nBien "
                  "cordialement,\nCamille Roux\nRecrutement, Lumière Fret SAS\n8 rue de la Bourse, 69002 Lyon\n"
                  "+33 4 55 55 01 62\n", cte='quoted-printable')
    em(c, '01-camille-rejection.eml', m)
    label(c, owner, [], 'medium', 'negative/rejection',
          'French rejection after an interview that happened earlier; quotes the past interview date and time.')


def c21():
    c = 'b16-21-outlook-paid-customer-interview-adelaide'
    owner = 'lachlan.brennan@example.com'
    tz = 'Australia/Adelaide'
    res = 'priya.kannan@quokkabank.example'
    sent = T(2026, 3, 26, 11, 7, tz)      # ACDT
    s = T(2026, 4, 9, 12, 0, tz)          # ACST
    e = s + timedelta(minutes=45)
    TZ = 'Cen. Australia Standard Time'
    cal = ics(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
               *vtz(TZ, tz, std_rule='FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', dst_rule='FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
                    std_start='16010101T030000', dst_start='16010101T020000', std_name='Cen. Australia Standard Time',
                    dst_name='Cen. Australia Daylight Time'),
               'BEGIN:VEVENT', 'ORGANIZER;CN=Priya Kannan:mailto:' + res,
               'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lachlan Brennan:mailto:' + owner,
               'DESCRIPTION;LANGUAGE=en-AU:' + esc('Customer research interview about the Quokka Bank app (45 min). You will receive a $80 e-gift card as a thank-you. This is not a job interview and is not related to any role.'),
               'UID:040000008200E00074C5B7101A82E00800000000QUOKKA0409', 'SUMMARY;LANGUAGE=en-AU:Quokka Bank customer interview (paid research)',
               'DTSTART;TZID=%s:%s' % (TZ, loc(s)), 'DTEND;TZID=%s:%s' % (TZ, loc(e)),
               'DTSTAMP:' + z(sent), 'SEQUENCE:0', 'STATUS:CONFIRMED', 'LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting',
               'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
               'END:VEVENT', 'END:VCALENDAR'])
    m = msg([('Delivered-To', owner), ('From', A('Priya Kannan', res)), ('To', A('Lachlan Brennan', owner))])
    m['Subject'] = 'Quokka Bank customer interview (paid research)'
    m['Date'] = D(sent)
    m['Message-ID'] = '<SY4PR01MB6090QUOKKA0409@SY4PR01MB6090.ausprd01.prod.outlook.example>'
    m['Content-class'] = 'urn:content-classes:calendarmessage'
    m.set_content("When: Thursday, 9 April 2026 12:00 PM-12:45 PM. (UTC+09:30) Adelaide\nWhere: Microsoft Teams "
                  "Meeting\n\nHi Lachlan, thanks for signing up through our research panel. Our design team would "
                  "love to interview you about how you use the Quokka Bank app. As a thank-you you'll receive an $80 "
                  "e-gift card. This isn't a job interview and isn't related to any role.\n\nPriya Kannan\nUX "
                  "Research Lead, Quokka Bank\n")
    m.add_alternative(cal, subtype='calendar', params={'method': 'REQUEST'})
    em(c, '01-customer-interview-invite.eml', m)
    label(c, owner, [], 'medium', 'negative/user-research',
          'Exchange invite for a paid customer/user-research interview (Adelaide, after DST end).')


def c22():
    c = 'b16-22-apple-mail-mba-admissions-interview'
    owner = 'yuki.morimoto@example.com'
    tz = 'America/New_York'
    adm = 'admissions.interviews@halvorsen-business.example'
    alum = 'grace.osei@alumni.halvorsen-business.example'
    sent = T(2026, 3, 4, 9, 30, tz)
    s = T(2026, 3, 10, 19, 0, tz)
    e = s + timedelta(minutes=45)
    cal = ics(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:-//Apple Inc.//macOS 16.3//EN', 'VERSION:2.0',
               *vtz('America/New_York', tz, std_rule=NA_STD, dst_rule=NA_DST, std_start='20071104T020000',
                    dst_start='20070311T020000', std_name='EST', dst_name='EDT'),
               'BEGIN:VEVENT', 'UID:8A1D0C3E-HBS-ADM-0310', 'DTSTAMP:' + z(sent), 'SEQUENCE:0',
               'DTSTART;TZID=America/New_York:' + loc(s), 'DTEND;TZID=America/New_York:' + loc(e),
               'SUMMARY:MBA Admissions Interview – Yuki Morimoto (Round 3)',
               'ORGANIZER;CN=Grace Osei:mailto:' + alum,
               'ATTENDEE;CN=Yuki Morimoto;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:' + owner,
               'LOCATION:Zoom https://zoom.example/j/96612002233',
               'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC', 'END:VEVENT', 'END:VCALENDAR'])
    m = msg([('Delivered-To', owner), ('From', A('Grace Osei', alum)), ('To', A('Yuki Morimoto', owner)),
             ('Cc', A('Halvorsen MBA Admissions', adm))])
    m['Subject'] = 'Your Halvorsen MBA admissions interview – Tue 3/10, 7pm ET'
    m['Date'] = D(sent)
    m['Message-ID'] = '<3B7C2A1E-F4D5-4E6A-8B9C-grace@alumni.halvorsen-business.example>'
    m['X-Mailer'] = 'Apple Mail (2.3826.300.87)'
    m.set_content("Hi Yuki,\n\nI'm a 2019 alum and will be your admissions interviewer for the Round 3 MBA "
                  "application. Let's meet over Zoom on Tuesday 3/10 at 7pm ET (45 minutes). Expect the "
                  "usual: why an MBA, why now, a leadership story. Nothing to prepare beyond your resume.\n\n"
                  "Best,\nGrace Osei\nMBA '19, Halvorsen School of Business\n\nSent from my iPad\n")
    m.add_attachment(cal.encode(), maintype='text', subtype='calendar', filename='Admissions Interview.ics',
                     params={'method': 'REQUEST'})
    em(c, '01-grace-admissions.eml', m)
    label(c, owner, [], 'medium', 'negative/admissions-interview',
          'Business-school admissions interview by an alum (Apple Mail + Apple Calendar invite); not a job interview.')


def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    for d in HERE.glob('b16-*'):
        if d.is_dir():
            shutil.rmtree(d)
    for case, items in CASES.items():
        d = HERE / case
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
    with open(HERE / 'labels.yaml', 'w', encoding='utf-8') as f:
        f.write('# Labels for blind16 (mail clients and formats). See /work/shared/eval/README.md for the schema.\n')
        yaml.safe_dump(LABELS, f, allow_unicode=True, sort_keys=False, width=110)
    print('%d cases written' % len(CASES))


if __name__ == '__main__':
    main()
