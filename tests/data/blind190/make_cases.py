#!/usr/bin/env python3
"""Regenerate the blind190 evaluation set (case folders + labels.yaml) next to this file.

Theme: a Penang semiconductor process engineer (Lim Hui Wen) applying to Malaysian, Singapore,
Taiwanese and US manufacturers. Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from html import escape
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
MYT = ZoneInfo('Asia/Kuala_Lumpur')
SGT = ZoneInfo('Asia/Singapore')
TPE = ZoneInfo('Asia/Taipei')
PT = ZoneInfo('America/Los_Angeles')
AZ = ZoneInfo('America/Phoenix')

OWNER = 'huiwen.lim@example.com'
OWNER_NAME = 'Lim Hui Wen'

EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MS_DAYS = ['Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu', 'Ahad']


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, tz, day=None, s=0):
    """Aware datetime; optionally assert the weekday name (English or Malay) used in the text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if day is not None:
        wd(x, day)
    return x


def wd(x, day):
    i = x.weekday()
    assert day in (EN_DAYS[i], MS_DAYS[i], EN_DAYS[i][:3]), (x, day, EN_DAYS[i])
    return x


def rfc(x):
    return format_datetime(x)


def iso(x):
    return x.isoformat()


def zulu(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local(x):
    return x.strftime('%Y%m%dT%H%M%S')


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n].upper()


def lhx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64seed(seed, nbytes):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


# ----------------------------------------------------------------------------- header helpers
def hv(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def A(name, email):
    if name is None:
        return email
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        return f'{Header(name, "utf-8").encode()} <{email}>'
    if any(c in name for c in ',.()@:;'):
        return f'"{name}" <{email}>'
    return f'{name} <{email}>'


def received(host, ip, arrival):
    return ('Received', f'from {host} ({host}. [{ip}])\n        by mx.example.com with ESMTPS id '
            f'{lhx(host + rfc(arrival), 12)}\n        for <{OWNER}>\n        (version=TLS1_3 '
            f'cipher=TLS_AES_256_GCM_SHA384);\n        {rfc(arrival.astimezone(UTC))}')


# ----------------------------------------------------------------------------- MIME helpers
def enc_body(data, cte):
    if isinstance(data, str):
        data = data.encode('utf-8')
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    return data.decode('utf-8')


def leaf(ctype, data, cte='7bit', extra=()):
    h = [f'Content-Type: {ctype}']
    if cte:
        h.append(f'Content-Transfer-Encoding: {cte}')
    h += list(extra)
    body = enc_body(data, cte)
    if not body.endswith('\n'):
        body += '\n'
    return '\n'.join(h) + '\n\n' + body


def multi(subtype, boundary, parts, preamble=''):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    if preamble:
        s += preamble + '\n'
    for p in parts:
        s += f'--{boundary}\n{p}\n'
    s += f'--{boundary}--\n'
    return s


def message(headers, root):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f'{k}: {v}' if v != '' else f'{k}: ')
    return '\n'.join(out) + '\nMIME-Version: 1.0\n' + root


def to_html(text, font='Calibri, Arial, Helvetica, sans-serif', size='11pt'):
    paras = text.strip('\n').split('\n\n')
    body = ''.join('<p style="margin:0 0 10px 0">' + '<br>\n'.join(escape(l) for l in p.split('\n')) + '</p>\n'
                   for p in paras)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            f'<body>\n<div style="font-family:{font}; font-size:{size}; color:#000000">\n{body}</div>\n</body>\n</html>\n')


def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() for l in text.strip('\n').split('\n'))


# ----------------------------------------------------------------------------- iCalendar helpers
def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    out, cur, limit = [], b'', 75
    for ch in line:
        b = ch.encode('utf-8')
        if len(cur) + len(b) > limit:
            out.append(cur.decode('utf-8'))
            cur, limit = b'', 74
        cur += b
    out.append(cur.decode('utf-8'))
    return '\r\n '.join(out)


def ics_text(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def vtz_flat(tzid, off='+0800'):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
            f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', 'END:STANDARD', 'BEGIN:DAYLIGHT',
            'DTSTART:16010101T000000', f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', 'END:DAYLIGHT',
            'END:VTIMEZONE']


VTZ_PACIFIC_WIN = ['BEGIN:VTIMEZONE', 'TZID:Pacific Standard Time', 'BEGIN:STANDARD',
                   'DTSTART:16010101T020000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800',
                   'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD', 'BEGIN:DAYLIGHT',
                   'DTSTART:16010101T020000', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700',
                   'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']

VTZ_KL_IANA = ['BEGIN:VTIMEZONE', 'TZID:Asia/Kuala_Lumpur', 'X-LIC-LOCATION:Asia/Kuala_Lumpur',
               'BEGIN:STANDARD', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:+08',
               'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE']


def ms_uid(seed):
    return ('040000008200E00074C5B7101A82E00800000000' + hx(seed + 'a', 16) + '00000000000000001000000'
            + hx(seed + 'b', 34))


def ms_msgid(seed, pod='SG2PR04MB', region='apcprd04'):
    box = pod + hx(seed + 'box', 4)
    return f'<{box}{hx(seed, 28)}@{box}.{region}.prod.outlook.com>'


TEAMS_TXT = ('________________________________________________________________________________\n'
             'Microsoft Teams meeting\n'
             'Join on your computer, mobile app or room device\n'
             'Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n'
             'Meeting ID: {num}\n'
             'Passcode: {pw}\n'
             'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
             'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
             'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
             '________________________________________________________________________________')


def teams_block(seed):
    h = hx(seed, 30)
    num = ' '.join([str(int(hx(seed + 'n', 6), 16) % 1000).zfill(3), str(int(hx(seed + 'm', 6), 16) % 1000).zfill(3),
                    str(int(hx(seed + 'k', 6), 16) % 1000).zfill(3), str(int(hx(seed + 'j', 6), 16) % 1000).zfill(3)])
    return TEAMS_TXT.format(mid=h, num=num, pw=hx(seed + 'pw', 6)[:3] + lhx(seed + 'pw2', 3))


def exchange_invite(*, seed, sender, to, cc=(), subject, sent, when_line, where, body, method='REQUEST',
                    uid, seq=0, tzid, vtz, start, end, summary, location, organizer, attendees,
                    teams=False, host='SG2PR04MB', region='apcprd04', ip='40.107.215.98',
                    importance=None, reply_to=None):
    """An Exchange Online / Outlook meeting request (multipart/alternative with text/calendar)."""
    boundary = f'_000_{hx(seed, 24)}{host.replace("MB", "")}prodoutlookcom_'
    msgid = ms_msgid(seed, host, region)
    text = f'When: {when_line}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n'
    if teams:
        text += '\n' + teams_block(seed) + '\n'
    html = to_html(text, font='Aptos, Calibri, Helvetica, sans-serif')
    status = 'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'
    cal = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    cal += vtz
    cal += ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for name, email, role, partstat in attendees:
        cal.append(f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}')
    cal += [f'DESCRIPTION;LANGUAGE=en-US:{ics_esc(text)}', f'UID:{uid}',
            f'SUMMARY;LANGUAGE=en-US:{ics_esc(summary)}',
            f'DTSTART;TZID={tzid}:{local(start)}', f'DTEND;TZID={tzid}:{local(end)}', 'CLASS:PUBLIC',
            'PRIORITY:1' if method == 'CANCEL' else 'PRIORITY:5', f'DTSTAMP:{zulu(sent)}',
            'TRANSP:TRANSPARENT' if method == 'CANCEL' else 'TRANSP:OPAQUE', f'STATUS:{status}',
            f'SEQUENCE:{seq}', f'LOCATION;LANGUAGE=en-US:{ics_esc(location)}',
            f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
            f'X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(seed + "o", 7), 16) - 2 ** 27}',
            'X-MICROSOFT-CDO-BUSYSTATUS:FREE' if method == 'CANCEL' else 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
            'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE' if method == 'CANCEL' else 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
            'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
            'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
            'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT']
    if teams and method != 'CANCEL':
        cal.append('X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_'
                   f'{hx(seed, 30)}%40thread.v2/0')
        cal.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    cal.append(f'X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(location)}')
    if method != 'CANCEL':
        cal += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
                'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    ical = ics_text(cal)
    parts = [leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
             leaf('text/html; charset="utf-8"', html, 'quoted-printable'),
             leaf(f'text/calendar; charset="utf-8"; method={method}', ical, 'base64')]
    arrival = sent + timedelta(seconds=3)
    headers = [('Delivered-To', OWNER),
               received(f'{host}{hx(seed + "box", 4)}.{region}.prod.outlook.com', ip, arrival),
               ('Return-Path', f'<{sender[1]}>'),
               ('From', A(*sender)),
               ('To', ', '.join(A(*t) for t in to)),
               ('CC', ', '.join(A(*c) for c in cc) if cc else None),
               ('Reply-To', A(*reply_to) if reply_to else None),
               ('Subject', hv(subject)),
               ('Thread-Topic', hv(subject.split(': ', 1)[-1] if subject.startswith('Canceled') else subject)),
               ('Thread-Index', b64seed(seed + 'ti', 22)),
               ('Date', rfc(sent)),
               ('Message-ID', msgid),
               ('Accept-Language', 'en-US'),
               ('Content-Language', 'en-US'),
               ('X-MS-Has-Attach', ''),
               ('X-MS-TNEF-Correlator', ''),
               ('Importance', importance),
               ('Content-class', 'urn:content-classes:calendarmessage'),
               ('x-ms-publictraffictype', 'Email')]
    return message(headers, multi('alternative', boundary, parts)), msgid, ical


def outlook_mail(*, seed, sender, to, cc=(), subject, sent, text, html_text=None, in_reply_to=None,
                 references=None, host='SG2PR04MB', region='apcprd04', ip='40.107.215.98', attachments=(),
                 reply_to=None, cte='quoted-printable'):
    """A plain Outlook/Exchange Online e-mail (multipart/alternative, optionally wrapped in mixed)."""
    msgid = ms_msgid(seed, host, region)
    alt_b = f'_000_{hx(seed, 24)}{host.replace("MB", "")}prodoutlookcom_'
    alt = multi('alternative', alt_b,
                [leaf('text/plain; charset="utf-8"', text, cte),
                 leaf('text/html; charset="utf-8"', to_html(html_text or text), 'quoted-printable')])
    if attachments:
        mix_b = f'_004_{hx(seed, 24)}{host.replace("MB", "")}prodoutlookcom_'
        parts = [alt] + [leaf(f'{ct}; name="{fn}"', data, 'base64',
                              [f'Content-Description: {fn}',
                               f'Content-Disposition: attachment; filename="{fn}"; size={len(data)};'])
                         for fn, ct, data in attachments]
        root = multi('mixed', mix_b, parts)
    else:
        root = alt
    arrival = sent + timedelta(seconds=2)
    headers = [('Delivered-To', OWNER),
               received(f'{host}{hx(seed + "box", 4)}.{region}.prod.outlook.com', ip, arrival),
               ('Return-Path', f'<{sender[1]}>'),
               ('From', A(*sender)),
               ('To', ', '.join(A(*t) for t in to)),
               ('CC', ', '.join(A(*c) for c in cc) if cc else None),
               ('Reply-To', A(*reply_to) if reply_to else None),
               ('Subject', hv(subject)),
               ('Thread-Topic', hv(subject.split(': ', 1)[1] if subject[:4] in ('RE: ', 'FW: ') else subject)),
               ('Thread-Index', b64seed(seed + 'ti', 22)),
               ('Date', rfc(sent)),
               ('Message-ID', msgid),
               ('References', references),
               ('In-Reply-To', in_reply_to),
               ('Accept-Language', 'en-US'),
               ('Content-Language', 'en-US'),
               ('X-MS-Has-Attach', 'yes' if attachments else ''),
               ('X-MS-TNEF-Correlator', ''),
               ('x-ms-publictraffictype', 'Email')]
    return message(headers, root), msgid


def gmail_mail(*, seed, sender, to, cc=(), subject, sent, text, html_text=None, in_reply_to=None,
               references=None):
    """An e-mail from a Google Workspace user (multipart/alternative, text 7bit/QP like Gmail)."""
    msgid = f'<CA{b64seed(seed, 33).replace("/", "_").replace("+", "-")}@mail.gmail.com>'
    b = '0000000000' + lhx(seed + 'b', 14)
    html = ('<div dir="ltr">' + '<br>'.join(escape(l) for l in (html_text or text).strip('\n').split('\n'))
            + '</div>\n')
    needs_qp = any(ord(c) > 127 for c in text) or any(len(l) > 76 for l in text.split('\n'))
    alt = multi('alternative', b,
                [leaf('text/plain; charset="UTF-8"', text, 'quoted-printable' if needs_qp else None),
                 leaf('text/html; charset="UTF-8"', html, 'quoted-printable')])
    arrival = sent + timedelta(seconds=1)
    headers = [('Delivered-To', OWNER),
               received('mail-sor-f41.google.com', '209.85.220.41', arrival),
               ('Return-Path', f'<{sender[1]}>'),
               ('References', references),
               ('In-Reply-To', in_reply_to),
               ('From', A(*sender)),
               ('Date', rfc(sent)),
               ('Message-ID', msgid),
               ('Subject', hv(subject)),
               ('To', ', '.join(A(*t) for t in to)),
               ('Cc', ', '.join(A(*c) for c in cc) if cc else None)]
    return message(headers, alt), msgid


def gcal_event(*, eid, summary, description, organizer, attendees, start, end, tzname, created, updated,
               location=None, meet=None, sequence=0, status='confirmed'):
    ev = {'kind': 'calendar#event',
          'etag': f'"{int(hx(eid, 12), 16)}"',
          'id': eid,
          'status': status,
          'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                      base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
          'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
          'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (int(hx(eid, 3), 16) % 1000),
          'summary': summary,
          'description': description}
    if location:
        ev['location'] = location
    ev['creator'] = {'email': organizer[1], 'displayName': organizer[0]}
    ev['organizer'] = {'email': organizer[1], 'displayName': organizer[0]}
    ev['start'] = {'dateTime': start.isoformat(), 'timeZone': tzname}
    ev['end'] = {'dateTime': end.isoformat(), 'timeZone': tzname}
    ev['iCalUID'] = f'{eid}@google.com'
    ev['sequence'] = sequence
    atts = []
    for a in attendees:
        d = {'email': a[1]}
        if a[0]:
            d['displayName'] = a[0]
        if a[1] == organizer[1]:
            d['organizer'] = True
        if a[1] == OWNER:
            d['self'] = True
        d['responseStatus'] = a[2]
        atts.append(d)
    ev['attendees'] = atts
    if meet:
        ev['hangoutLink'] = f'https://meet.google.com/{meet}'
        ev['conferenceData'] = {
            'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}',
                             'label': f'meet.google.com/{meet}'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': meet}
    ev['reminders'] = {'useDefault': True}
    ev['eventType'] = 'default'
    return json.dumps(ev, indent=2, ensure_ascii=False) + '\n'


def interview(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers), 'followup_recipients': list(followup),
            'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews, 'difficulty': difficulty,
            'category': category, 'notes': notes, 'source': 'synthetic'}


TINY_PDF = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
            b'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>'
            b'endobj\n4 0 obj<</Length 62>>stream\nBT /F1 14 Tf 72 770 Td (BORANG PERMOHONAN JAWATAN / APPLICATION FORM) Tj ET\n'
            b'endstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')


# ============================================================================ POSITIVE CASES
def case01():
    """Bilingual Malay/English 'Jemputan Temuduga' from a Kulim wafer fab; gate check-in 30 min early."""
    hr = ('Muhammad Hafiz bin Osman', 'hafiz.osman@sinarsilikon.example')
    start = T(2026, 3, 17, 10, 0, MYT, 'Selasa')
    wd(start, 'Tuesday')
    end = T(2026, 3, 17, 11, 0, MYT)
    sent1 = T(2026, 3, 11, 9, 15, MYT, 'Wednesday', 22)
    wd(T(2026, 3, 13, 0, 0, MYT), 'Jumaat')
    text1 = """Dear Ms. Lim Hui Wen,

JEMPUTAN UNTUK HADIR TEMUDUGA / INVITATION TO ATTEND INTERVIEW
JAWATAN: JURUTERA PROSES (DIFFUSION) - FAB 2
POSITION: PROCESS ENGINEER (DIFFUSION) - FAB 2

Dengan hormatnya perkara di atas adalah dirujuk.

Thank you for your application through JobStreet. We are pleased to inform you that you have been shortlisted for an interview for the above position. Butiran temuduga adalah seperti berikut / The interview details are as follows:

Tarikh / Date  : 17 Mac 2026 (Selasa) / 17 March 2026 (Tuesday)
Masa / Time    : 10.00 pagi - 11.00 pagi / 10.00am - 11.00am
Tempat / Venue : Bilik Mesyuarat Seroja, Aras 1, Bangunan Pentadbiran,
                 Sinar Silikon Sdn Bhd, Lot 12, Jalan Hi-Tech 3,
                 Kulim Hi-Tech Park, 09000 Kulim, Kedah
Penemuduga / Interviewer : Encik Zulkifli bin Ahmad, Pengurus Kejuruteraan Proses (Diffusion / Implant)

Pendaftaran di Pondok Pengawal / Security gate check-in:
- Sila hadir di Pondok Pengawal Utama (Gate 1) sebelum 9.30 pagi. Please arrive at the Main Guardhouse (Gate 1) by 9.30am and exchange your MyKad for a visitor pass. The guard will call HR to escort you to the Admin Building.
- Laptops, cameras and pendrives must be declared at the gate. Phone cameras will be sealed with a security sticker.
- Please wear covered shoes. Safety shoes are not required for the interview.

Sila bawa / Please bring:
1. Resume terkini / latest resume
2. Salinan sijil akademik dan transkrip / copies of academic certificates and transcripts
3. Slip gaji 3 bulan terkini / latest 3 months' payslips
4. Borang Permohonan Jawatan (dilampirkan) / Application Form (attached), completed and signed

Sila sahkan kehadiran anda dengan membalas e-mel ini sebelum 13 Mac 2026 (Jumaat).
Kindly confirm your attendance by replying to this email before 13 March 2026 (Friday).

Sekian, terima kasih.

Yang benar,

Muhammad Hafiz bin Osman
Eksekutif Sumber Manusia (Pengambilan) / HR Executive (Recruitment)
Sinar Silikon Sdn Bhd
Tel: +60 4-403 8812 | H/P (WhatsApp): +60 12-418 7730
hafiz.osman@sinarsilikon.example

PRIVATE & CONFIDENTIAL: This e-mail and any attachments are intended only for the addressee.
"""
    m1, id1 = outlook_mail(seed='c01m1', sender=hr, to=[(OWNER_NAME, OWNER)],
                           subject='JEMPUTAN TEMUDUGA / INTERVIEW INVITATION - Jurutera Proses (Diffusion) / Process Engineer (Diffusion)',
                           sent=sent1, text=text1, host='SI2PR02MB', region='apcprd02', ip='40.107.132.71',
                           attachments=[('Borang_Permohonan_Jawatan_SSSB.pdf', 'application/pdf', TINY_PDF)])
    sent2 = T(2026, 3, 12, 14, 2, MYT, 'Thursday', 51)
    text2 = """Dear Ms. Lim,

Terima kasih atas pengesahan kehadiran. Noted with thanks, we will see you on Tuesday.

Visitor parking is at P3, directly opposite Gate 1. If you are driving from Penang, please allow extra time at the Kulim toll plaza in the morning.

Regards,
Hafiz

Muhammad Hafiz bin Osman
HR Executive (Recruitment) | Sinar Silikon Sdn Bhd
Tel: +60 4-403 8812

From: Lim Hui Wen <huiwen.lim@example.com>
Sent: Wednesday, 11 March 2026 9:47 PM
To: Muhammad Hafiz bin Osman <hafiz.osman@sinarsilikon.example>
Subject: RE: JEMPUTAN TEMUDUGA / INTERVIEW INVITATION - Jurutera Proses (Diffusion) / Process Engineer (Diffusion)

Dear Encik Hafiz,

Thank you for the invitation. I confirm my attendance for the interview on 17 March 2026 at 10.00am. I will bring the completed application form and the documents listed.

Best regards,
Lim Hui Wen
+60 12-556 3091
"""
    user_msgid = '<SEYPR01MB' + hx('c01u', 28) + '@SEYPR01MB' + hx('c01ub', 4) + '.apcprd01.prod.outlook.com>'
    m2, _ = outlook_mail(seed='c01m2', sender=hr, to=[(OWNER_NAME, OWNER)],
                         subject='RE: JEMPUTAN TEMUDUGA / INTERVIEW INVITATION - Jurutera Proses (Diffusion) / Process Engineer (Diffusion)',
                         sent=sent2, text=text2, host='SI2PR02MB', region='apcprd02', ip='40.107.132.71',
                         in_reply_to=user_msgid, references=f'{id1} {user_msgid}')
    items = [('01-jemputan-temuduga-sinar-silikon.eml', m1), ('02-re-pengesahan-kehadiran.eml', m2)]
    lab = label([interview('Sinar Silikon Sdn Bhd', 'Process Engineer (Diffusion)', start, end, 'scheduled', [],
                           [hr[1]], 'hiring_manager')],
                'medium', 'positive/bilingual-malay-email-body',
                'Bilingual Jemputan Temuduga (Tarikh/Masa/Tempat). Start is the 10.00 pagi interview, not the 9.30 '
                'security-gate check-in. Interviewer has no address -> follow-up to the HR executive.')
    return items, lab


def case02():
    """JobStreet employer message offers a phone screen; recruiter moves it to 4.30pm by e-mail."""
    rec = ('Kavitha Rajendran', 'kavitha.rajendran@cempaka-micro.example')
    first = T(2026, 3, 5, 15, 0, MYT, 'Thursday')
    start = T(2026, 3, 5, 16, 30, MYT, 'Thursday')
    end = start + timedelta(minutes=20)
    sent1 = T(2026, 3, 2, 18, 41, MYT, 'Monday', 7)
    role = 'Process Engineer (Wafer Sort / Probe)'
    msg = f"""Hi Hui Wen,

Thank you for your interest in the {role} position at our Shah Alam site. I would like to have a short phone interview with you (about 20 minutes) to go through your experience and expected salary.

I will call you at 3.00pm on Thursday, 5 March 2026. If the timing is not suitable, please email me directly at {rec[1]} and we can find another slot.

Best regards,
Kavitha Rajendran
Talent Acquisition, Cempaka Microelectronics"""
    text1 = f"""Hi Hui Wen,

You have a new message from Cempaka Microelectronics Sdn Bhd about your application for {role}.

----------------------------------------------------------------------
{msg}
----------------------------------------------------------------------

Read and reply to the message:
https://my.jobstreet.com/profile/applications/8812045517/messages?tracking=EMAIL-MSG-EMPLOYER

Tip: Employers can see when you have read their message. Replying quickly helps your application stand out.

Good luck!
The JobStreet team

You received this email because you applied for a job on JobStreet by SEEK.
Manage notification settings: https://my.jobstreet.com/settings/notifications
JobStreet.com Sdn Bhd, Level 15, Menara Prestige, Jalan Pinang, 50450 Kuala Lumpur
"""
    html1 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>New message</title></head>
<body style="margin:0;padding:0;background:#f7f8fb">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f7f8fb"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#1c2b4a">
<tr><td style="padding:24px 32px"><img src="https://www.jobstreet.com/static/email/jobstreet-logo.png" alt="JobStreet" width="140"></td></tr>
<tr><td style="padding:0 32px 8px 32px;font-size:20px;font-weight:bold">You have a new message</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:15px">Cempaka Microelectronics Sdn Bhd sent you a message about <b>{escape(role)}</b>.</td></tr>
<tr><td style="padding:16px 32px;border-left:4px solid #0d3880;background:#f3f5f9;font-size:14px;line-height:21px">{'<br>'.join(escape(l) for l in msg.split(chr(10)))}</td></tr>
<tr><td style="padding:24px 32px"><a href="https://my.jobstreet.com/profile/applications/8812045517/messages?tracking=EMAIL-MSG-EMPLOYER" style="background:#e60278;color:#ffffff;padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:bold">Reply to message</a></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#6b7a99">You received this email because you applied for a job on JobStreet by SEEK.<br>JobStreet.com Sdn Bhd, Level 15, Menara Prestige, Jalan Pinang, 50450 Kuala Lumpur</td></tr>
</table></td></tr></table></body></html>
"""
    b = '----=_Part_' + str(int(hx('c02b', 8), 16)) + '_' + str(int(hx('c02c', 6), 16)) + '.1772448067000'
    root = multi('alternative', b, [leaf('text/plain; charset=UTF-8', text1, 'quoted-printable'),
                                    leaf('text/html; charset=UTF-8', html1, 'quoted-printable')])
    id1 = f'<0107019cadd1{lhx("c02", 8)}-{lhx("c02x", 8)}-{lhx("c02y", 4)}-{lhx("c02z", 4)}-{lhx("c02w", 12)}-000000@ap-southeast-1.amazonses.com>'
    m1 = message([('Delivered-To', OWNER),
                  received('a8-41.smtp-out.amazonses.com', '54.240.8.41', sent1 + timedelta(seconds=2)),
                  ('Return-Path', '<0107019cadd1bounces@ap-southeast-1.amazonses.com>'),
                  ('From', 'JobStreet <noreply@jobstreet.com>'),
                  ('Reply-To', 'JobStreet <noreply@jobstreet.com>'),
                  ('To', OWNER),
                  ('Subject', 'Cempaka Microelectronics Sdn Bhd sent you a message'),
                  ('Date', rfc(sent1.astimezone(UTC))),
                  ('Message-ID', id1),
                  ('X-SES-Outgoing', '2026.03.02-54.240.8.41'),
                  ('List-Unsubscribe', '<https://my.jobstreet.com/settings/notifications?unsub=msg>')], root)
    sent2 = T(2026, 3, 3, 11, 26, MYT, 'Tuesday', 40)
    text2 = f"""Hi Hui Wen,

Sure, no problem. I'll call you at 4.30pm on Thursday (5 March) instead, on 012-556 3091 as per your resume. It should take about 20 minutes.

Thanks,
Kavitha

Kavitha Rajendran
Talent Acquisition Specialist
Cempaka Microelectronics Sdn Bhd | Lot 3, Jalan Pelabur 23/1, Seksyen 23, 40300 Shah Alam, Selangor
T: +60 3-5541 7702

From: Lim Hui Wen <huiwen.lim@example.com>
Sent: Monday, 2 March 2026 9:58 PM
To: Kavitha Rajendran <{rec[1]}>
Subject: Phone interview - {role}

Hi Kavitha,

Thanks for your message on JobStreet. I have a line audit on Thursday afternoon until about 4pm - would it be possible to call me after 4pm instead?

Thank you,
Hui Wen
"""
    user_id = '<KL1PR01MB' + hx('c02u', 28) + '@KL1PR01MB' + hx('c02ub', 4) + '.apcprd01.prod.outlook.com>'
    m2, _ = outlook_mail(seed='c02m2', sender=rec, to=[(OWNER_NAME, OWNER)],
                         subject=f'RE: Phone interview - {role}', sent=sent2, text=text2, in_reply_to=user_id,
                         references=user_id, host='KL1PR01MB', region='apcprd01', ip='40.107.132.12')
    assert first < start
    items = [('01-jobstreet-message-cempaka.eml', m1), ('02-re-phone-interview-time.eml', m2)]
    lab = label([interview('Cempaka Microelectronics Sdn Bhd', role, start, end, 'scheduled', [rec[1]],
                           [rec[1]], 'phone_screen')],
                'medium', 'positive/jobstreet-message-reschedule-by-email',
                'JobStreet employer message proposes Thu 5 Mar 3.00pm; the recruiter then moves the call to 4.30pm '
                'by e-mail (final time). ~20 minutes. Recruiter conducts the screen -> interviewer and follow-up.')
    return items, lab


def case03():
    """Singapore recruiter thread; confirmation says 'tomorrow at 2.30pm (SGT)'."""
    rec = ('Nicole Chua', 'nicole.chua@tanjongmetro.example')
    iv = ('Dr. Goh Wei Jie', 'weijie.goh@tanjongmetro.example')
    sent1 = T(2026, 3, 9, 11, 2, SGT, 'Monday', 44)
    sent_user = T(2026, 3, 10, 8, 12, MYT, 'Tuesday')
    sent2 = T(2026, 3, 11, 16, 40, SGT, 'Wednesday', 12)
    start = T(2026, 3, 12, 14, 30, SGT, 'Thursday')
    assert start.date() == (sent2 + timedelta(days=1)).date()
    end = start + timedelta(minutes=45)
    role = 'Process Engineer (CMP)'
    text1 = f"""Hi Hui Wen,

Thanks for speaking with me last Friday. I'm happy to share that our CMP team would like to move you to the technical round for the {role} role.

The interview will be with Dr. Goh Wei Jie (Principal Engineer, CMP & Cleans), cc'd here. It will be about 45 minutes on Microsoft Teams - mostly a discussion of your process control experience (SPC, DOE, excursion handling), so no need to prepare slides.

Would Thursday afternoon or Friday morning this week work for you? Singapore and Penang are on the same time, so no conversion needed :)

Best,
Nicole

--
Nicole Chua
Talent Acquisition Partner
Tanjong Metrology Pte Ltd | 18 Ang Mo Kio Industrial Park 2, Singapore 569503
"""
    m1, id1 = gmail_mail(seed='c03m1', sender=rec, to=[(OWNER_NAME, OWNER)], cc=[iv],
                         subject=f'Tanjong Metrology - {role} - technical interview', sent=sent1, text=text1)
    uid = f'<CAJ{b64seed("c03u", 30).replace("/", "_").replace("+", "-")}@mail.gmail.com>'
    user_txt = """Hi Nicole,

Thank you for the update. Thursday afternoon works for me, any time after 2pm. On Friday morning I am on shift handover until 10am.

Regards,
Hui Wen"""
    text2 = f"""Hi Hui Wen,

Sorry for the slow reply - Wei Jie was at a supplier in Kulim yesterday. Let's lock in tomorrow at 2.30pm (SGT), 45 mins. Wei Jie will send the Teams link from his calendar this evening.

All the best!
Nicole

On Tue, 10 Mar 2026 at 08:12, Lim Hui Wen <{OWNER}> wrote:

{quote(user_txt)}
>
> On Mon, 9 Mar 2026 at 11:02, Nicole Chua <{rec[1]}> wrote:
>
{quote(text1.split('--')[0].strip(), '>> ')}
"""
    m2, _ = gmail_mail(seed='c03m2', sender=rec, to=[(OWNER_NAME, OWNER)], cc=[iv],
                       subject=f'Re: Tanjong Metrology - {role} - technical interview', sent=sent2, text=text2,
                       in_reply_to=uid, references=f'{id1} {uid}')
    assert sent_user < sent2
    items = [('01-technical-round-availability.eml', m1), ('02-re-lock-in-tomorrow.eml', m2)]
    lab = label([interview('Tanjong Metrology Pte Ltd', role, start, end, 'scheduled', [iv[1]], [iv[1]],
                           'technical')],
                'hard', 'positive/thread-relative-date',
                '"tomorrow at 2.30pm (SGT)" in a mail dated Wed 11 Mar 2026 -> Thu 12 Mar 14:30 +08:00; 45 minutes. '
                'Interviewer Goh Wei Jie is cc\'d, so he is interviewer and follow-up recipient.')
    return items, lab


def case04():
    """US HQ (Oregon) hiring-manager call: 5pm Pacific on Mon 9 Mar = first day of PDT -> 8am Tue MYT."""
    rec = ('Brianna Foster', 'bfoster@cascadems.example')
    hm = ('Rajesh Iyer', 'rajesh.iyer@cascadems.example')
    role = 'Process Engineer III (Penang Assembly & Test)'
    start = T(2026, 3, 9, 17, 0, PT, 'Monday')
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=-7)
    my = wd(start.astimezone(MYT), 'Tuesday')
    assert (my.day, my.hour) == (10, 8)
    wrong = T(2026, 3, 9, 17, 0, timezone(timedelta(hours=-8))).astimezone(MYT)
    assert wrong.hour == 9
    wd(T(2026, 3, 8, 2, 0, PT), 'Sunday')
    sent1 = T(2026, 3, 5, 9, 47, PT, 'Thursday', 10)
    text1 = f"""Hi Hui Wen,

Great news - Rajesh Iyer, our Director of Assembly Process Engineering here in Hillsboro, would like to meet you for a 45-minute hiring manager conversation over Teams. He is building the engineering team for our new Penang assembly & test site, so this would be for the {role} opening.

Rajesh's calendar is tight this month. The slot he has is Monday, March 9 at 5:00 PM Pacific. I know that's early morning for you - please let me know if that works, otherwise the next option is the week of March 23.

Thanks,
Brianna

Brianna Foster | Recruiting Coordinator, Global Operations
Cascade Mixed-Signal, Inc. | 2200 NE Brookwood Pkwy, Hillsboro, OR 97124
"""
    m1, id1 = outlook_mail(seed='c04m1', sender=rec, to=[(OWNER_NAME, OWNER)],
                           subject='Cascade Mixed-Signal | Process Engineer III (Penang) - next step', sent=sent1,
                           text=text1, host='BY5PR11MB', region='namprd11', ip='40.107.94.55')
    user_sent_pt = T(2026, 3, 6, 4, 58, PT, 'Friday')
    assert user_sent_pt.astimezone(MYT).hour == 20
    user_id = '<SEZPR06MB' + hx('c04u', 28) + '@SEZPR06MB' + hx('c04ub', 4) + '.apcprd06.prod.outlook.com>'
    sent2 = T(2026, 3, 6, 8, 15, PT, 'Friday', 33)
    text2 = f"""Hi Hui Wen,

Almost! Our clocks spring forward this Sunday (March 8), so 5:00 PM PDT on Monday is 8:00 AM on Tuesday, March 10 in Penang - one hour earlier than you calculated. Sorry for the early start! I'm sending the Teams invite now.

Best,
Brianna

From: Lim Hui Wen <{OWNER}>
Sent: Friday, March 6, 2026 4:58 AM
To: Brianna Foster <{rec[1]}>
Subject: RE: Cascade Mixed-Signal | Process Engineer III (Penang) - next step

Hi Brianna,

Thank you, Monday 5pm Pacific works for me. Just to double check my conversion - I get 9.00am Tuesday, 10 March in Penang?

Best regards,
Hui Wen
"""
    m2, id2 = outlook_mail(seed='c04m2', sender=rec, to=[(OWNER_NAME, OWNER)],
                           subject='RE: Cascade Mixed-Signal | Process Engineer III (Penang) - next step', sent=sent2,
                           text=text2, in_reply_to=user_id, references=f'{id1} {user_id}', host='BY5PR11MB',
                           region='namprd11', ip='40.107.94.55')
    sent3 = T(2026, 3, 6, 8, 21, PT, 'Friday', 5)
    body3 = f"""Hi Hui Wen,

Here is the Teams invite for your conversation with Rajesh Iyer (Director, Assembly Process Engineering) about the {role} role. He'd like to hear about your die attach and wire bond yield work and what a site start-up would need.

(8:00 AM Tuesday, March 10 Malaysia time.)

Brianna Foster | Recruiting Coordinator, Global Operations
Cascade Mixed-Signal, Inc."""
    m3, _, _ = exchange_invite(seed='c04m3', sender=rec, to=[(OWNER_NAME, OWNER), hm],
                               subject=f'Hui Wen Lim - Hiring Manager Interview - {role}', sent=sent3,
                               when_line='Monday, March 9, 2026 5:00 PM-5:45 PM (UTC-08:00) Pacific Time (US & Canada).',
                               where='Microsoft Teams Meeting', body=body3, uid=ms_uid('c04'), tzid='Pacific Standard Time',
                               vtz=VTZ_PACIFIC_WIN, start=start, end=end,
                               summary=f'Hui Wen Lim - Hiring Manager Interview - {role}',
                               location='Microsoft Teams Meeting', organizer=rec,
                               attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                          (hm[0], hm[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                               teams=True, host='BY5PR11MB', region='namprd11', ip='40.107.94.55')
    items = [('01-next-step-hiring-manager.eml', m1), ('02-re-dst-conversion.eml', m2),
             ('03-teams-invite-hiring-manager.eml', m3)]
    lab = label([interview('Cascade Mixed-Signal, Inc.', role, start, end, 'scheduled', [hm[1]], [hm[1]],
                           'hiring_manager')],
                'hard', 'positive/us-pacific-dst-windows-tzid',
                'Outlook invite with TZID "Pacific Standard Time" and the "(UTC-08:00)" display label, but Mon 9 Mar '
                '2026 is the first weekday of PDT (UTC-7): 17:00 PDT = Tue 10 Mar 08:00 MYT. The quoted 9.00am guess '
                'is corrected in the same thread. Mail + invite = one interview.')
    return items, lab


def case05():
    """Taiwan HQ technical interview, Exchange 'Taipei Standard Time'; moved by SEQUENCE:1 update."""
    rec = ('林佩珊 Lin Pei-Shan', 'peishan.lin@zhubei-epi.example')
    iv = ('Huang Chih-Wei', 'chihwei.huang@zhubei-epi.example')
    role = 'Process Engineer (MOCVD) - Kulim Plant Start-up'
    uid = ms_uid('c05')
    s0 = T(2026, 3, 18, 10, 0, TPE, 'Wednesday')
    start = T(2026, 3, 20, 14, 0, TPE, 'Friday')
    end = start + timedelta(hours=1)
    sent1 = T(2026, 3, 12, 10, 5, TPE, 'Thursday', 14)
    body1 = f"""Dear Hui Wen,

As discussed on the phone, please find the meeting invitation for your technical interview with Mr. Huang Chih-Wei (Section Manager, Epitaxy Process Integration) for the position of {role}.

The interview will be conducted in English over Microsoft Teams and will take about 60 minutes. Mr. Huang may ask you to share your screen and walk through one process improvement case (e.g. a yield or uniformity problem you solved). Taiwan time is the same as Malaysia time (GMT+8).

Please accept the invitation to confirm.

Best regards,
Pei-Shan Lin 林佩珊
Human Resources Dept. | Zhubei Epitaxial Materials Corp.
No. 8, Taiyuan 2nd St., Zhubei City, Hsinchu County 302, Taiwan
Tel: +886-3-658-2270 ext. 1185"""
    summary = f'Technical Interview: Lim Hui Wen - {role}'
    m1, _, _ = exchange_invite(seed='c05m1', sender=rec, to=[(OWNER_NAME, OWNER), iv], subject=summary, sent=sent1,
                               when_line='Wednesday, March 18, 2026 10:00 AM-11:00 AM (UTC+08:00) Taipei.',
                               where='Microsoft Teams Meeting', body=body1, uid=uid, seq=0,
                               tzid='Taipei Standard Time', vtz=vtz_flat('Taipei Standard Time'), start=s0,
                               end=s0 + timedelta(hours=1), summary=summary, location='Microsoft Teams Meeting',
                               organizer=('Lin Pei-Shan', rec[1]),
                               attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                          (iv[0], iv[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                               teams=True, host='TYZPR03MB', region='apcprd03', ip='40.107.255.62')
    sent2 = T(2026, 3, 16, 17, 32, TPE, 'Monday', 8)
    text2 = """Dear Hui Wen,

I am sorry for the late notice. Mr. Huang needs to support an urgent reactor requalification on Wednesday morning, so he is not able to do the interview on 18 March.

Could we move your interview to Friday, 20 March, 2:00 PM - 3:00 PM (Taiwan / Malaysia time)? If this is OK for you, I will send the updated meeting invitation.

Sorry for the inconvenience.

Best regards,
Pei-Shan Lin 林佩珊
Human Resources Dept. | Zhubei Epitaxial Materials Corp.
Tel: +886-3-658-2270 ext. 1185
"""
    m2, _ = outlook_mail(seed='c05m2', sender=rec, to=[(OWNER_NAME, OWNER)], cc=[iv],
                         subject='Request to reschedule - Technical Interview (18 Mar)', sent=sent2, text=text2,
                         host='TYZPR03MB', region='apcprd03', ip='40.107.255.62')
    sent3 = T(2026, 3, 17, 9, 10, TPE, 'Tuesday', 47)
    body3 = body1.replace('As discussed on the phone, please find the meeting invitation',
                          'Thank you for your flexibility. As confirmed, the interview is moved to Friday, 20 March. '
                          'Please find the updated meeting invitation')
    m3, _, _ = exchange_invite(seed='c05m3', sender=rec, to=[(OWNER_NAME, OWNER), iv], subject=summary, sent=sent3,
                               when_line='Friday, March 20, 2026 2:00 PM-3:00 PM (UTC+08:00) Taipei.',
                               where='Microsoft Teams Meeting', body=body3, uid=uid, seq=1,
                               tzid='Taipei Standard Time', vtz=vtz_flat('Taipei Standard Time'), start=start,
                               end=end, summary=summary, location='Microsoft Teams Meeting',
                               organizer=('Lin Pei-Shan', rec[1]),
                               attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                          (iv[0], iv[1], 'REQ-PARTICIPANT', 'ACCEPTED')],
                               teams=True, host='TYZPR03MB', region='apcprd03', ip='40.107.255.62')
    items = [('01-invite-technical-interview.eml', m1), ('02-request-to-reschedule.eml', m2),
             ('03-updated-invite-friday.eml', m3)]
    lab = label([interview('Zhubei Epitaxial Materials Corp.', role, start, end, 'scheduled', [iv[1]], [iv[1]],
                           'technical')],
                'medium', 'positive/reschedule-sequence',
                'Exchange invite (TZID "Taipei Standard Time", UTC+8) Wed 18 Mar 10:00, then reschedule request and '
                'SEQUENCE:1 update with the same UID to Fri 20 Mar 14:00-15:00. One interview at the final time.')
    return items, lab


def case06():
    """Face-to-face panel with three managers at a Batu Kawan plant; security Gate A check-in."""
    hr = ('Nor Azlina binti Hashim', 'azlina.hashim@seberang-micro.example')
    panel = [('Tan Chee Keong', 'cheekeong.tan@seberang-micro.example'),
             ('Revathi a/p Pillai', 'revathi.pillai@seberang-micro.example'),
             ('Shahrul Nizam bin Razak', 'shahrul.nizam@seberang-micro.example')]
    role = 'Senior Process Engineer (Die Attach)'
    start = T(2026, 3, 24, 10, 0, MYT, 'Tuesday')
    end = T(2026, 3, 24, 11, 30, MYT)
    sent = T(2026, 3, 18, 15, 22, MYT, 'Wednesday', 9)
    body = f"""Dear Ms. Lim,

Further to our telephone conversation this morning, we are pleased to invite you for a face-to-face panel interview for the position of {role} at our Batu Kawan plant.

Panel members:
1. Mr. Tan Chee Keong - Manager, Process Engineering
2. Ms. Revathi a/p Pillai - Manager, Quality Assurance
3. Encik Shahrul Nizam bin Razak - Manager, Equipment Engineering

Format: 90 minutes. You will be asked to present one process improvement project (10-15 minutes; slides are optional - please bring a softcopy in PDF on a thumbdrive, it will be scanned at the gate), followed by Q&A with the panel.

Security check-in:
- Please report to Security Gate A (Jalan Kawan 1, Batu Kawan Industrial Park) by 9.30am.
- Bring your MyKad; the guard will exchange it for a visitor badge.
- Security will scan your bag and thumbdrive. Cameras are not allowed beyond the gate.
- Visitor parking is on the left after the gate (lots V1-V20).

I will meet you at the main lobby at 9.45am.

Kindly accept this meeting invitation to confirm your attendance. Should you have any questions, please contact me at +60 4-505 2217.

Thank you and regards,
Nor Azlina binti Hashim
Senior Executive, Talent Acquisition
Seberang Microelectronics Sdn Bhd
Plot 301, Jalan Kawan 1, Batu Kawan Industrial Park, 14110 Simpang Ampat, Pulau Pinang"""
    summary = f'Panel Interview - {role} - Ms. Lim Hui Wen'
    m1, _, _ = exchange_invite(seed='c06m1', sender=hr, to=[(OWNER_NAME, OWNER)] + panel, subject=summary, sent=sent,
                               when_line='Tuesday, 24 March 2026 10:00 AM-11:30 AM (UTC+08:00) Kuala Lumpur, Singapore.',
                               where='Seberang Microelectronics Batu Kawan Plant - Admin Block, Meeting Room "Pulau Aman" (check in at Security Gate A)',
                               body=body, uid=ms_uid('c06'), tzid='Singapore Standard Time',
                               vtz=vtz_flat('Singapore Standard Time'), start=start, end=end, summary=summary,
                               location='Seberang Microelectronics Batu Kawan Plant - Admin Block, Meeting Room "Pulau Aman" (check in at Security Gate A)',
                               organizer=hr,
                               attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')] +
                                         [(n, e, 'REQ-PARTICIPANT', 'ACCEPTED') for n, e in panel],
                               host='SG2PR06MB', region='apcprd06', ip='40.107.215.41', importance='High')
    items = [('01-panel-interview-invite.eml', m1)]
    lab = label([interview('Seberang Microelectronics Sdn Bhd', role, start, end, 'scheduled',
                           [e for _, e in panel], [e for _, e in panel], 'onsite')],
                'medium', 'positive/panel-onsite-exchange',
                'Exchange invite (Singapore Standard Time = MYT) for a 90-minute face-to-face panel with three '
                'managers (all attendees) -> onsite. The 9.30am gate check-in and 9.45am lobby meeting are not the '
                'start. HR organizer only coordinates.')
    return items, lab


def case07():
    """Online assessment e-mail first (not an interview), then a Teams technical interview."""
    careers = ('Kelana Power Devices Careers', 'careers@kelanapower.example')
    hr = ('Siti Hajar binti Mohd Yusof', 'sitihajar.yusof@kelanapower.example')
    role = 'Process Engineer (SiC Epitaxy)'
    deadline = T(2026, 3, 15, 23, 59, MYT, 'Sunday')
    start = T(2026, 3, 26, 14, 0, MYT, 'Khamis')
    end = T(2026, 3, 26, 15, 0, MYT)
    sent1 = T(2026, 3, 10, 14, 3, MYT, 'Tuesday', 30)
    text1 = f"""Dear Lim Hui Wen,

Thank you for applying for the position of {role} at Kelana Power Devices Sdn Bhd.

As the first stage of our selection process, we invite you to complete an online assessment:
- Part A: Numerical & logical reasoning (25 minutes)
- Part B: Technical questions on semiconductor processing (35 minutes)

Please complete the assessment by Sunday, 15 March 2026, 11.59pm (Malaysia time) using the link below. The test must be completed in one sitting; please use a laptop with a stable internet connection.

https://assess.kelanapower.example/c/KPD-PE-SIC-2026/8f31c2d0

Candidates who pass the assessment will be contacted for an interview.

Regards,
Talent Acquisition Team
Kelana Power Devices Sdn Bhd
This is a system-generated e-mail. Please do not reply.
"""
    m1, id1 = outlook_mail(seed='c07m1', sender=careers, to=[(OWNER_NAME, OWNER)],
                           subject=f'Online Assessment - {role} - Kelana Power Devices', sent=sent1, text=text1,
                           host='KL1PR02MB', region='apcprd02', ip='40.107.132.90')
    sent2 = T(2026, 3, 19, 10, 18, MYT, 'Thursday', 2)
    text2 = f"""Dear Ms. Lim Hui Wen,

Tahniah! Congratulations, you have passed the online assessment for the position of {role}. We are pleased to invite you to a technical interview as follows:

Tarikh : 26 Mac 2026 (Khamis)
Masa   : 2.00 petang - 3.00 petang
Tempat : Microsoft Teams (atas talian / online)
Penemuduga : Mr. Lee Kok Wai, Senior Manager, Epitaxy Process Engineering

Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('c07t', 30)}%40thread.v2/0
Meeting ID: 418 220 957 316  Passcode: Kp7sW2

Please join 5 minutes early and keep your camera on. Have your MyKad ready for identity verification at the start of the session. You may be asked about your answers in Part B of the assessment.

Kindly reply to this email to confirm your attendance.

Terima kasih,

Siti Hajar binti Mohd Yusof
Executive, Talent Acquisition
Kelana Power Devices Sdn Bhd
No. 2, Jalan Kelana Jaya 7/2, Kelana Business Centre, 47301 Petaling Jaya, Selangor
Tel: +60 3-7880 4415
"""
    html2 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms. Lim Hui Wen,</p>
<p><b>Tahniah!</b> Congratulations, you have passed the online assessment for the position of {escape(role)}. We are pleased to invite you to a technical interview as follows:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:11pt">
<tr><td><b>Tarikh</b></td><td>26 Mac 2026 (Khamis)</td></tr>
<tr><td><b>Masa</b></td><td>2.00 petang - 3.00 petang</td></tr>
<tr><td><b>Tempat</b></td><td>Microsoft Teams (atas talian / online)</td></tr>
<tr><td><b>Penemuduga</b></td><td>Mr. Lee Kok Wai, Senior Manager, Epitaxy Process Engineering</td></tr>
</table>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('c07t', 30)}%40thread.v2/0">Join the meeting now</a><br>Meeting ID: 418 220 957 316&nbsp; Passcode: Kp7sW2</p>
<p>Please join 5 minutes early and keep your camera on. Have your MyKad ready for identity verification at the start of the session. You may be asked about your answers in Part B of the assessment.</p>
<p>Kindly reply to this email to confirm your attendance.</p>
<p>Terima kasih,</p>
<p>Siti Hajar binti Mohd Yusof<br>Executive, Talent Acquisition<br>Kelana Power Devices Sdn Bhd<br>No. 2, Jalan Kelana Jaya 7/2, Kelana Business Centre, 47301 Petaling Jaya, Selangor<br>Tel: +60 3-7880 4415</p>
</div></body></html>
"""
    b = f'_000_{hx("c07m2", 24)}KL1PR02prodoutlookcom_'
    root = multi('alternative', b, [leaf('text/plain; charset="utf-8"', text2, 'base64'),
                                    leaf('text/html; charset="utf-8"', html2, 'base64')])
    m2 = message([('Delivered-To', OWNER),
                  received(f'KL1PR02MB{hx("c07m2box", 4)}.apcprd02.prod.outlook.com', '40.107.132.90',
                           sent2 + timedelta(seconds=2)),
                  ('Return-Path', f'<{hr[1]}>'),
                  ('From', A(*hr)),
                  ('To', A(OWNER_NAME, OWNER)),
                  ('CC', A(*careers)),
                  ('Subject', f'Jemputan Temuduga Teknikal / Technical Interview - {role}'),
                  ('Thread-Topic', f'Jemputan Temuduga Teknikal / Technical Interview - {role}'),
                  ('Thread-Index', b64seed('c07m2ti', 22)),
                  ('Date', rfc(sent2)),
                  ('Message-ID', ms_msgid('c07m2', 'KL1PR02MB', 'apcprd02')),
                  ('Accept-Language', 'en-MY, en-US'),
                  ('Content-Language', 'en-MY'),
                  ('X-MS-Has-Attach', ''),
                  ('X-MS-TNEF-Correlator', '')], root)
    assert deadline < start
    items = [('01-online-assessment-invitation.eml', m1), ('02-jemputan-temuduga-teknikal.eml', m2)]
    lab = label([interview('Kelana Power Devices Sdn Bhd', role, start, end, 'scheduled', [], [hr[1]],
                           'technical')],
                'medium', 'positive/online-test-then-interview',
                'First mail is an online assessment with a deadline (not an interview). Second mail (base64 body, '
                'Malay Tarikh/Masa/Tempat table) books the Teams technical interview 26 Mac 2026 2.00-3.00 petang. '
                'Interviewer has no address; careers@ is a group mailbox -> follow-up to Siti Hajar.')
    return items, lab


def google_invite(*, seed, organizer, guests, summary, start, end, when_text, tz_text, description, sent,
                  meet, uid, seq=0, title_prefix='Invitation'):
    """Google Calendar invitation e-mail: mixed( alternative(plain, html, calendar), invite.ics )."""
    guest_lines = '\n'.join(f'{n} - organizer\n{e}' if e == organizer[1] else (f'{n}\n{e}' if n else e)
                            for n, e in guests)
    plain = f"""{summary}
{when_text}
{tz_text}

Join with Google Meet
https://meet.google.com/{meet}

Join by phone
(SG) +65 6871 {str(int(hx(seed, 4), 16) % 10000).zfill(4)}
PIN: {int(hx(seed + 'p', 8), 16) % 1000000000}

Organizer
{organizer[0]}
{organizer[1]}

Guests
{guest_lines}
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={lhx(seed + 'eid', 40)}

{description}

Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={lhx(seed + 'eid', 40)}
Your attendance is optional.

~~//~~
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""
    html = to_html(plain, font='Roboto, Helvetica, Arial, sans-serif', size='14px')
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT', f'DTSTART:{zulu(start)}', f'DTEND:{zulu(end)}',
           f'DTSTAMP:{zulu(sent)}', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}']
    for n, e in guests:
        ps = 'ACCEPTED' if e == organizer[1] else 'NEEDS-ACTION'
        cal.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n or e};'
                   f'X-NUM-GUESTS=0:mailto:{e}')
    cal += [f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}', f'CREATED:{zulu(sent)}',
            f'DESCRIPTION:{ics_esc(description)}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n'
            f'Join with Google Meet: https://meet.google.com/{meet}\\n\\nLearn more about Meet at: '
            'https://support.google.com/a/users/answer/9282720\\n\\nPlease do not edit this section.\\n'
            '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-',
            f'LAST-MODIFIED:{zulu(sent)}', 'LOCATION:', f'SEQUENCE:{seq}', 'STATUS:CONFIRMED',
            f'SUMMARY:{ics_esc(summary)}', 'TRANSP:OPAQUE', 'BEGIN:VALARM', 'ACTION:DISPLAY',
            'DESCRIPTION:This is an event reminder', 'TRIGGER:-P0DT0H10M0S', 'END:VALARM', 'END:VEVENT',
            'END:VCALENDAR']
    ical = ics_text(cal)
    alt = multi('alternative', '000000000000' + lhx(seed + 'a', 12),
                [leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
                 leaf('text/html; charset="UTF-8"', html, 'quoted-printable'),
                 leaf('text/calendar; charset="UTF-8"; method=REQUEST', ical, 'base64')])
    root = multi('mixed', '000000000000' + lhx(seed + 'm', 12),
                 [alt, leaf('application/ics; name="invite.ics"', ical, 'base64',
                            ['Content-Disposition: attachment; filename="invite.ics"'])])
    msgid = f'<calendar-{lhx(seed, 8)}-{lhx(seed + "1", 4)}-{lhx(seed + "2", 4)}-{lhx(seed + "3", 4)}-{lhx(seed + "4", 12)}@google.com>'
    subj_when = f'{EN_DAYS[start.weekday()][:3]} {start.day} {start.strftime("%b %Y")} ' \
                f'{start.strftime("%-I:%M%p").lower().replace(":00", "")} - {end.strftime("%-I:%M%p").lower().replace(":00", "")}'
    headers = [('Delivered-To', OWNER),
               received('mail-sor-f73.google.com', '209.85.220.73', sent + timedelta(seconds=1)),
               ('Return-Path', f'<{lhx(seed, 20)}@calendar-server.bounces.google.com>'),
               ('Reply-To', A(*organizer)),
               ('Sender', 'Google Calendar <calendar-notification@google.com>'),
               ('Message-ID', msgid),
               ('Date', rfc(sent.astimezone(UTC))),
               ('Subject', hv(f'{title_prefix}: {summary} @ {subj_when} (SGT) ({OWNER})')),
               ('From', A(*organizer)),
               ('To', OWNER)]
    return message(headers, root), msgid


def case08():
    """Two interviews: Google-invite technical round, then a same-day onsite loop (3 Calendar API events)."""
    rec = ('Cheryl Ong', 'cheryl.ong@lumora.example')
    anand = ('Anand Krishnan', 'anand.krishnan@lumora.example')
    marcus = ('Marcus Tay', 'marcus.tay@lumora.example')
    priy = ('Priyanka Menon', 'priyanka.menon@lumora.example')
    jeff = ('Jeffrey Lau', 'jeffrey.lau@lumora.example')
    role = 'Senior Process Engineer (Thin Film)'
    s1 = T(2026, 4, 2, 10, 0, SGT, 'Thursday')
    e1 = s1 + timedelta(minutes=45)
    sent1 = T(2026, 3, 26, 17, 31, SGT, 'Thursday', 40)
    m1, _ = google_invite(seed='c08m1', organizer=rec, guests=[rec, anand, ('', OWNER)],
                          summary='Lumora Photonics - Technical Interview (Lim Hui Wen)', start=s1, end=e1,
                          when_text='Thursday 2 Apr 2026 ⋅ 10am – 10:45am', tz_text='Singapore Standard Time',
                          description=f'Hi Hui Wen, this is your first-round technical interview with Dr. Anand '
                                      f'Krishnan (Head of Thin Film Process) for the {role} role. Expect questions '
                                      f'on PVD/CVD defectivity and how you run excursion containment. - Cheryl',
                          sent=sent1, meet='qvr-mtkc-wzs', uid=f'{lhx("c08u1", 26)}@google.com')
    sent2 = T(2026, 4, 6, 18, 5, SGT, 'Monday', 19)
    onsite_day = T(2026, 4, 15, 9, 30, SGT, 'Wednesday')
    slots = [(onsite_day, onsite_day + timedelta(hours=1), marcus),
             (T(2026, 4, 15, 10, 45, SGT), T(2026, 4, 15, 11, 30, SGT), priy),
             (T(2026, 4, 15, 12, 30, SGT), T(2026, 4, 15, 13, 15, SGT), jeff)]
    text2 = f"""Hi Hui Wen,

Thank you for your time with Anand last Thursday - the team enjoyed the discussion on your PVD particle excursion work. We'd like to invite you to our Woodlands fab for the final round on Wednesday, 15 April 2026.

Itinerary (all times SGT):
09:30 - 10:30  Process deep-dive with Marcus Tay, Section Manager, Thin Film ({marcus[1]})
10:45 - 11:30  Quality & customer excursions with Priyanka Menon, Quality Manager ({priy[1]})
11:30 - 12:30  Lunch at the canteen with two engineers from the team (informal)
12:30 - 13:15  Director of Operations, Jeffrey Lau ({jeff[1]})

Getting in: please arrive at the Security Post (Woodlands Loop entrance) at 9:00am with your passport. We have pre-registered you; security will issue a visitor pass and brief you on the cleanroom corridor rules. I'll meet you at the lobby.

Travel: we will reimburse your return flight PEN-SIN and one night's hotel - please keep your receipts.

Calendar holds for the individual sessions will come from each interviewer's calendar.

Best,
Cheryl

--
Cheryl Ong | Talent Partner, Operations
Lumora Photonics Pte Ltd | 9 Woodlands Loop, Singapore 738301
"""
    m2, _ = gmail_mail(seed='c08m2', sender=rec, to=[(OWNER_NAME, OWNER)], cc=[marcus, priy, jeff],
                       subject='Lumora Photonics - final round onsite, Wed 15 April', sent=sent2, text=text2)
    items = [('01-invitation-technical-interview.eml', m1), ('02-final-round-itinerary.eml', m2)]
    descs = ['Process deep-dive (final round, session 1 of 3). Candidate: Lim Hui Wen.',
             'Quality & customer excursions (final round, session 2 of 3). Candidate: Lim Hui Wen.',
             'Final round - Director of Operations (session 3 of 3). Candidate: Lim Hui Wen.']
    titles = ['Final round: Lim Hui Wen x Marcus (Thin Film)', 'Final round: Lim Hui Wen x Priyanka (Quality)',
              'Final round: Lim Hui Wen x Jeffrey (Ops Director)']
    for i, ((s, e, who), d, t) in enumerate(zip(slots, descs, titles), start=3):
        created = T(2026, 4, 7, 9, 10 + 7 * i, SGT)
        j = gcal_event(eid=lhx(f'c08e{i}', 26), summary=t, description=d, organizer=who,
                       attendees=[(who[0], who[1], 'accepted'), (rec[0], rec[1], 'accepted'),
                                  (None, OWNER, 'needsAction')],
                       start=s, end=e, tzname='Asia/Singapore', created=created, updated=created + timedelta(minutes=2),
                       location='Lumora Photonics, 9 Woodlands Loop - Level 2 Meeting Room "Kranji"')
        items.append((f'0{i}-final-round-session-{i - 2}.gcal.json', j))
    lab = label([interview('Lumora Photonics Pte Ltd', role, s1, e1, 'scheduled', [anand[1]], [anand[1]], 'technical'),
                 interview('Lumora Photonics Pte Ltd', role, slots[0][0], slots[-1][1], 'scheduled',
                           [marcus[1], priy[1], jeff[1]], [marcus[1], priy[1], jeff[1]], 'onsite')],
                'hard', 'positive/two-interviews-onsite-loop',
                'Two interviews: (1) Google invite technical round Thu 2 Apr 10:00-10:45 SGT with Anand; (2) same-day '
                'final round on Wed 15 Apr as itinerary + three Calendar API events -> ONE onsite 09:30-13:15 SGT '
                '(lunch break included) with all three interviewers. 9:00 security-post arrival is not the start.')
    return items, lab


def case09():
    """Interview confirmation e-mail, then the company cancels (headcount freeze)."""
    rec = ('Jason Yap', 'jason.yap@putrasensor.example')
    role = 'Process Engineer (MEMS)'
    start = T(2026, 3, 30, 15, 0, MYT, 'Monday')
    end = T(2026, 3, 30, 16, 0, MYT)
    sent1 = T(2026, 3, 24, 11, 47, MYT, 'Tuesday', 3)
    text1 = f"""Hi Hui Wen,

Thank you for confirming over the phone just now. Here are the details of your interview:

Position: {role}
Date: Monday, 30 March 2026
Time: 3.00pm - 4.00pm
Venue: Putra Sensor Technologies Sdn Bhd, Lot 7, Jalan P/10, Kawasan Perusahaan Bangi, 43650 Bandar Baru Bangi, Selangor
Interviewer: Ms. Low Siew Ling, Engineering Manager (MEMS Process)

On arrival, please check in at the guardhouse - you will need to exchange your IC for a visitor tag and sign the NDA/PDPA form. Ask the guard to call me at extension 2231.

If you are driving down from Penang, the plant is about 15 minutes from the Bangi toll exit.

Regards,
Jason Yap
HR Business Partner
Putra Sensor Technologies Sdn Bhd
T: +60 3-8925 2231 | M: +60 16-330 4812
"""
    m1, id1 = outlook_mail(seed='c09m1', sender=rec, to=[(OWNER_NAME, OWNER)],
                           subject=f'Interview Confirmation - {role} - Putra Sensor Technologies', sent=sent1,
                           text=text1, host='KL1PR03MB', region='apcprd03', ip='40.107.132.33')
    sent2 = T(2026, 3, 27, 17, 58, MYT, 'Friday', 41)
    text2 = f"""Hi Hui Wen,

I'm really sorry to do this at short notice, but we have to cancel Monday's interview. Our management has put the {role} headcount on hold pending the Q2 budget review, so Siew Ling is not able to proceed with interviews for now.

I know you had planned to drive down from Penang - apologies again. I will keep your resume on file and will contact you if the position reopens.

Regards,
Jason Yap
HR Business Partner
Putra Sensor Technologies Sdn Bhd

From: Jason Yap <{rec[1]}>
Sent: Tuesday, 24 March 2026 11:47 AM
To: Lim Hui Wen <{OWNER}>
Subject: Interview Confirmation - {role} - Putra Sensor Technologies

{text1.split('Regards,')[0].strip()}
"""
    m2, _ = outlook_mail(seed='c09m2', sender=rec, to=[(OWNER_NAME, OWNER)],
                         subject=f'RE: Interview Confirmation - {role} - Putra Sensor Technologies', sent=sent2,
                         text=text2, in_reply_to=id1, references=id1, host='KL1PR03MB', region='apcprd03',
                         ip='40.107.132.33')
    items = [('01-interview-confirmation.eml', m1), ('02-re-interview-cancelled.eml', m2)]
    lab = label([interview('Putra Sensor Technologies Sdn Bhd', role, start, end, 'cancelled', [], [rec[1]],
                           'hiring_manager')],
                'medium', 'positive/cancel-by-email',
                'Confirmed in-person interview Mon 30 Mar 3.00-4.00pm, then "we have to cancel Monday\'s interview" '
                '(headcount freeze). Kept as cancelled at its last time. Interviewer has no address -> HR partner.')
    return items, lab


def case10():
    """Exchange invite, standalone METHOD:CANCEL .ics, then a NEW invite (new UID) -> two entries."""
    rec = ('Sharmila Devi', 'sharmila.devi@kallangap.example')
    hm = ('Wong Kah Mun', 'kahmun.wong@kallangap.example')
    role = 'Senior Process Engineer (Fan-Out Wafer-Level Packaging)'
    s_old = T(2026, 4, 7, 16, 0, SGT, 'Tuesday')
    e_old = s_old + timedelta(hours=1)
    s_new = T(2026, 4, 10, 10, 0, SGT, 'Friday')
    e_new = s_new + timedelta(hours=1)
    uid_old = ms_uid('c10-old')
    sent1 = T(2026, 4, 1, 10, 12, SGT, 'Wednesday', 55)
    summary = 'Interview: Lim Hui Wen / Hiring Manager Round (FOWLP)'
    body1 = f"""Hi Hui Wen,

As discussed, please find the invite for your hiring manager interview with Wong Kah Mun (Head of Process Engineering, Advanced Packaging) for the {role} role. It will be a 60-minute conversation on Teams.

Kah Mun will go through your RDL / molding experience and the team's roadmap for our Kallang line.

Regards,
Sharmila Devi
Senior Talent Acquisition Specialist | Kallang Advanced Packaging Pte Ltd"""
    m1, _, _ = exchange_invite(seed='c10m1', sender=rec, to=[(OWNER_NAME, OWNER), hm], subject=summary, sent=sent1,
                               when_line='Tuesday, 7 April 2026 4:00 PM-5:00 PM (UTC+08:00) Kuala Lumpur, Singapore.',
                               where='Microsoft Teams Meeting', body=body1, uid=uid_old, seq=0,
                               tzid='Singapore Standard Time', vtz=vtz_flat('Singapore Standard Time'), start=s_old,
                               end=e_old, summary=summary, location='Microsoft Teams Meeting', organizer=rec,
                               attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                          (hm[0], hm[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                               teams=True, host='SI2PR04MB', region='apcprd04', ip='40.107.215.77')
    sent2 = T(2026, 4, 6, 9, 3, SGT, 'Monday', 20)
    cdesc = """Hi Hui Wen,

Kah Mun has to travel to our Suzhou site this week, so I am cancelling this slot. I will send you a new invitation for later this week shortly.

Apologies for the change!
Sharmila"""
    cancel = ['BEGIN:VCALENDAR', 'METHOD:CANCEL', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    cancel += vtz_flat('Singapore Standard Time')
    cancel += ['BEGIN:VEVENT', f'ORGANIZER;CN={rec[0]}:mailto:{rec[1]}',
               f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}',
               f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={hm[0]}:mailto:{hm[1]}',
               f'DESCRIPTION;LANGUAGE=en-US:{ics_esc(cdesc)}\\n', f'UID:{uid_old}',
               f'SUMMARY;LANGUAGE=en-US:Canceled: {summary}',
               f'DTSTART;TZID=Singapore Standard Time:{local(s_old)}',
               f'DTEND;TZID=Singapore Standard Time:{local(e_old)}', 'CLASS:PUBLIC', 'PRIORITY:1',
               f'DTSTAMP:{zulu(sent2)}', 'TRANSP:TRANSPARENT', 'STATUS:CANCELLED', 'SEQUENCE:1',
               'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting', 'X-MICROSOFT-CDO-APPT-SEQUENCE:1',
               'X-MICROSOFT-CDO-BUSYSTATUS:FREE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE',
               'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:2', 'X-MICROSOFT-CDO-INSTTYPE:0',
               'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
               'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'END:VEVENT', 'END:VCALENDAR']
    ics2 = ics_text(cancel)
    sent3 = T(2026, 4, 6, 16, 40, SGT, 'Monday', 2)
    body3 = f"""Hi Hui Wen,

As promised, here is the new slot with Kah Mun - she has moved things around to see you before she flies on Friday afternoon. Same format: 60 minutes on Teams for the {role} role.

Regards,
Sharmila Devi
Senior Talent Acquisition Specialist | Kallang Advanced Packaging Pte Ltd"""
    summary3 = 'Interview (new slot): Lim Hui Wen / Hiring Manager Round (FOWLP)'
    m3, _, _ = exchange_invite(seed='c10m3', sender=rec, to=[(OWNER_NAME, OWNER), hm], subject=summary3, sent=sent3,
                               when_line='Friday, 10 April 2026 10:00 AM-11:00 AM (UTC+08:00) Kuala Lumpur, Singapore.',
                               where='Microsoft Teams Meeting', body=body3, uid=ms_uid('c10-new'), seq=0,
                               tzid='Singapore Standard Time', vtz=vtz_flat('Singapore Standard Time'), start=s_new,
                               end=e_new, summary=summary3, location='Microsoft Teams Meeting', organizer=rec,
                               attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                          (hm[0], hm[1], 'REQ-PARTICIPANT', 'ACCEPTED')],
                               teams=True, host='SI2PR04MB', region='apcprd04', ip='40.107.215.77')
    items = [('01-invite-hiring-manager-round.eml', m1), ('02-canceled-hiring-manager-round.ics', ics2),
             ('03-invite-new-slot.eml', m3)]
    lab = label([interview('Kallang Advanced Packaging Pte Ltd', role, s_old, e_old, 'cancelled', [hm[1]], [hm[1]],
                           'hiring_manager'),
                 interview('Kallang Advanced Packaging Pte Ltd', role, s_new, e_new, 'scheduled', [hm[1]], [hm[1]],
                           'hiring_manager')],
                'hard', 'positive/cancel-then-rebook-new-event',
                'Exchange invite Tue 7 Apr 16:00 SGT; standalone METHOD:CANCEL .ics (same UID, STATUS:CANCELLED); then '
                'a NEW invite with a different UID for Fri 10 Apr 10:00. Per the rules a cancelled interview re-booked '
                'as a new event is two entries (one cancelled, one scheduled).')
    return items, lab


def case11():
    """Arizona HQ (no DST): recruiter e-mail + Calendar API event in America/Phoenix."""
    rec = ('Megan Alvarez', 'megan.alvarez@sonoransemi.example')
    hm = ('David Nguyen', 'david.nguyen@sonoransemi.example')
    role = 'Senior Process Engineer - Die Attach & Mold (Penang site)'
    start = T(2026, 4, 7, 17, 0, AZ, 'Tuesday')
    end = start + timedelta(minutes=30)
    assert start.utcoffset() == timedelta(hours=-7)
    pen = wd(start.astimezone(MYT), 'Wednesday')
    assert (pen.day, pen.hour) == (8, 8)
    sent1 = T(2026, 4, 2, 15, 20, AZ, 'Thursday', 44)
    text1 = f"""Hi Hui Wen,

Thanks for a great screening call on Tuesday. David Nguyen, our Process Engineering Manager for the Penang site, would like a 30-minute video chat with you as the next step for the {role} role.

He has Tuesday, April 7 at 5:00 PM Arizona time open. Arizona doesn't observe daylight saving time, so we're on MST (UTC-7) all year - that works out to 8:00 AM Wednesday, April 8 for you in Penang. I've gone ahead and put it on both calendars (Google Meet link in the invite); just let me know if you need a different time.

Best,
Megan

Megan Alvarez
Talent Acquisition Partner | Sonoran Power Semiconductor, Inc.
1900 W Chandler Blvd, Chandler, AZ 85224
"""
    m1, _ = gmail_mail(seed='c11m1', sender=rec, to=[(OWNER_NAME, OWNER)], cc=[hm],
                       subject='Sonoran Power - next step with David (Process Engineering Manager)', sent=sent1,
                       text=text1)
    created = T(2026, 4, 2, 15, 24, AZ)
    j = gcal_event(eid=lhx('c11e', 26), summary='Hui Wen Lim <> David Nguyen - Process Engineering interview',
                   description=f'Hiring manager interview for the {role} role.\n\nInterviewer: David Nguyen\n'
                               f'Coordinator: Megan Alvarez ({rec[1]})',
                   organizer=rec,
                   attendees=[(rec[0], rec[1], 'accepted'), (hm[0], hm[1], 'accepted'), (None, OWNER, 'accepted')],
                   start=start, end=end, tzname='America/Phoenix', created=created,
                   updated=T(2026, 4, 3, 8, 2, MYT), meet='hxd-pqwe-kbn')
    items = [('01-next-step-with-david.eml', m1), ('02-hiring-manager-chat.gcal.json', j)]
    lab = label([interview('Sonoran Power Semiconductor, Inc.', role, start, end, 'scheduled', [hm[1]], [hm[1]],
                           'hiring_manager')],
                'medium', 'positive/gcal-json-phoenix-no-dst',
                'Chandler AZ (America/Phoenix, UTC-7 all year) 5:00 PM Tue 7 Apr = 8:00 AM Wed 8 Apr MYT. E-mail + '
                'Calendar API event are one interview; the manager conducts, the recruiter coordinates.')
    return items, lab


def case12():
    """Hiredly 'interview scheduled' notification with a floating-time .ics; contact given in the message."""
    hr = ('Nur Izzati binti Kamal', 'izzati.kamal@mutiaravacuum.example')
    role = 'Process Engineer (Etch Applications)'
    start = T(2026, 4, 14, 11, 0, MYT, 'Tuesday')
    end = T(2026, 4, 14, 12, 0, MYT)
    sent = T(2026, 4, 8, 11, 12, MYT, 'Wednesday', 9)
    text = f"""Hi Hui Wen,

Mutiara Vacuum Systems Sdn Bhd has scheduled an interview with you for the role of {role}.

Interview type: Face-to-face
Date: Tuesday, 14 April 2026
Time: 11:00 AM - 12:00 PM (GMT+8)
Location: Mutiara Vacuum Systems, 2 Lorong Sains 3, Penang Science Park, 14100 Simpang Ampat, Penang
Interviewer: Mr. Ooi Boon Huat (Applications Engineering Manager)

Message from the employer:
"Please register at the security counter at the main gate 15 minutes before the interview and bring your IC. For enquiries, contact Nur Izzati at {hr[1]} or 04-588 2140."

Add this interview to your calendar using the attached .ics file.

View interview details: https://my.hiredly.com/applications/interviews/6c1f2a90-8d0e-4f3e-b1f0-77a4c3e5d21b

Good luck!
Team Hiredly

You're receiving this email because you applied for a job on Hiredly. Please do not reply to this email.
Hiredly (Agensi Pekerjaan Wobb Sdn Bhd), Kuala Lumpur, Malaysia
"""
    html = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Interview scheduled</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Inter,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:12px">
<tr><td style="padding:28px 32px 8px 32px;font-size:22px;font-weight:700;color:#512acc">Interview scheduled</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;color:#222">Hi Hui Wen,<br><br>Mutiara Vacuum Systems Sdn Bhd has scheduled an interview with you for the role of <b>{escape(role)}</b>.</td></tr>
<tr><td style="padding:12px 32px"><table cellpadding="6" cellspacing="0" style="font-size:14px;color:#222;background:#f3efff;border-radius:8px;width:100%">
<tr><td width="120"><b>Interview type</b></td><td>Face-to-face</td></tr>
<tr><td><b>Date</b></td><td>Tuesday, 14 April 2026</td></tr>
<tr><td><b>Time</b></td><td>11:00 AM - 12:00 PM (GMT+8)</td></tr>
<tr><td><b>Location</b></td><td>Mutiara Vacuum Systems, 2 Lorong Sains 3, Penang Science Park, 14100 Simpang Ampat, Penang</td></tr>
<tr><td><b>Interviewer</b></td><td>Mr. Ooi Boon Huat (Applications Engineering Manager)</td></tr>
</table></td></tr>
<tr><td style="padding:12px 32px;font-size:14px;color:#222"><b>Message from the employer:</b><br><i>&quot;Please register at the security counter at the main gate 15 minutes before the interview and bring your IC. For enquiries, contact Nur Izzati at {hr[1]} or 04-588 2140.&quot;</i></td></tr>
<tr><td style="padding:16px 32px"><a href="https://my.hiredly.com/applications/interviews/6c1f2a90-8d0e-4f3e-b1f0-77a4c3e5d21b" style="background:#512acc;color:#fff;padding:12px 24px;border-radius:24px;text-decoration:none">View interview details</a></td></tr>
<tr><td style="padding:16px 32px 28px 32px;font-size:12px;color:#888">You're receiving this email because you applied for a job on Hiredly. Please do not reply to this email.</td></tr>
</table></td></tr></table></body></html>
"""
    cal = ics_text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hiredly//Interview Scheduler 2.3//EN', 'METHOD:REQUEST',
                    'BEGIN:VEVENT', f'UID:interview-6c1f2a90-8d0e-4f3e-b1f0-77a4c3e5d21b@hiredly.com',
                    f'DTSTAMP:{zulu(sent)}', 'DTSTART:20260414T110000', 'DTEND:20260414T120000',
                    f'SUMMARY:Interview: {ics_esc(role)} - Mutiara Vacuum Systems Sdn Bhd',
                    'LOCATION:Mutiara Vacuum Systems\\, 2 Lorong Sains 3\\, Penang Science Park\\, 14100 Simpang Ampat\\, Penang',
                    'DESCRIPTION:Face-to-face interview with Mr. Ooi Boon Huat (Applications Engineering Manager).\\n'
                    'Register at the security counter at the main gate 15 minutes before the interview.',
                    'ORGANIZER;CN=Hiredly:mailto:no-reply@hiredly.com',
                    f'ATTENDEE;CN=Lim Hui Wen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}',
                    'STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR'])
    assert local(start) == '20260414T110000'
    b_alt = 'b2_' + lhx('c12a', 32)
    b_mix = 'b1_' + lhx('c12m', 32)
    root = multi('mixed', b_mix, [multi('alternative', b_alt, [leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
                                                               leaf('text/html; charset=utf-8', html, 'quoted-printable')]),
                                  leaf('text/calendar; charset=utf-8; method=REQUEST; name="interview.ics"', cal,
                                       'base64', ['Content-Disposition: attachment; filename="interview.ics"'])])
    m = message([('Delivered-To', OWNER),
                 received('o1.ptr2871.email.hiredly.com', '149.72.61.18', sent + timedelta(seconds=4)),
                 ('Return-Path', f'<bounces+2918337-{lhx("c12r", 4)}-{OWNER.replace("@", "=")}@em4211.hiredly.com>'),
                 ('From', 'Hiredly <no-reply@hiredly.com>'),
                 ('To', OWNER),
                 ('Subject', 'Interview scheduled with Mutiara Vacuum Systems Sdn Bhd'),
                 ('Date', rfc(sent.astimezone(UTC))),
                 ('Message-ID', f'<{b64seed("c12", 16).rstrip("=").replace("/", "_")}@geopod-ismtpd-12>'),
                 ('X-SG-EID', b64seed('c12eid', 48)),
                 ('List-Unsubscribe', '<https://my.hiredly.com/account/notifications>')], root)
    items = [('01-hiredly-interview-scheduled.eml', m)]
    lab = label([interview('Mutiara Vacuum Systems Sdn Bhd', role, start, end, 'scheduled', [], [hr[1]],
                           'hiring_manager')],
                'medium', 'positive/job-platform-floating-ics',
                'Hiredly notification from no-reply with a floating-time .ics (no TZID); the text says GMT+8. '
                'Interviewer has no address; follow-up goes to the HR contact given in the employer message, '
                'never to no-reply@hiredly.com.')
    return items, lab


def case13():
    """Agency consultant forwards the client's interview confirmation; hiring manager is on the Cc line."""
    agent = ('Ashwin Kumar', 'ashwin.kumar@tbasia.example')
    client_hr = ('Pamela Seah', 'pamela.seah@jurongsilicon.example')
    hm = ('Vincent Koh', 'vincent.koh@jurongsilicon.example')
    role = 'Senior Process Engineer (Dry Etch)'
    start = T(2026, 4, 17, 16, 30, SGT, 'Friday')
    end = T(2026, 4, 17, 17, 30, SGT)
    sent = T(2026, 4, 14, 19, 22, SGT, 'Tuesday', 18)
    fwd_sent = T(2026, 4, 14, 17, 47, SGT, 'Tuesday')
    text = f"""Hi Hui Wen,

Good news - Jurong Silicon Foundry would like to proceed with a first interview. Please see Pamela's note below. As discussed on the phone this afternoon, I have confirmed the Friday slot with her on your behalf.

Vincent is the hiring manager (Module Manager, Dry Etch). It will be a 1-hour Zoom. A few pointers:
- He likes numbers: have your Cpk / defect density improvements ready.
- Expect a deep dive on chamber matching and PM recovery.
- Salary will not be discussed at this stage - leave that to me.

Pamela will send the Zoom link the day before. Please call me right after the interview so we can debrief.

Best regards,
Ashwin Kumar
Principal Consultant, Semiconductor & Electronics
Talentbridge Asia Search Pte Ltd | EA Licence No. 19C9876 | Reg. No. R1987654
M: +65 9123 4567

From: Pamela Seah <{client_hr[1]}>
Sent: Tuesday, 14 April 2026 5:47 PM
To: Ashwin Kumar <{agent[1]}>
Cc: Vincent Koh <{hm[1]}>
Subject: RE: Candidate submission - Lim Hui Wen / {role}

Hi Ashwin,

Thanks for the profile. Vincent would like to meet Hui Wen via Zoom on Friday, 17 April 2026, 4.30pm - 5.30pm (Singapore time). Please check her availability and confirm by tomorrow noon.

Regards,
Pamela Seah
Talent Acquisition | Jurong Silicon Foundry Pte Ltd
"""
    m, _ = outlook_mail(seed='c13m1', sender=agent, to=[(OWNER_NAME, OWNER)],
                        subject=f'FW: Interview arrangement - Lim Hui Wen / {role}', sent=sent, text=text,
                        host='SEZPR04MB', region='apcprd04', ip='40.107.215.120')
    assert fwd_sent < sent
    items = [('01-fw-interview-arrangement.eml', m)]
    lab = label([interview('Jurong Silicon Foundry Pte Ltd', role, start, end, 'scheduled', [hm[1]], [hm[1]],
                           'hiring_manager')],
                'hard', 'positive/agency-forward',
                'Recruitment-agency consultant forwards the client\'s confirmation (agency confirmed on her behalf). '
                'Company is the client, not the agency. The hiring manager conducts it and his address is on the '
                'forwarded Cc line -> interviewer and follow-up.')
    return items, lab


# ============================================================================ NEGATIVE CASES
KINTA_HOST = dict(host='SEYPR03MB', region='apcprd03', ip='40.107.215.12')


def case14():
    """HRD Corp claimable training on competency-based interviewing (she is a trainee)."""
    ld = ('Goh Siew Peng', 'siewpeng.goh@kintasemi.example')
    s = T(2026, 3, 19, 9, 0, MYT, 'Thursday')
    e = T(2026, 3, 20, 17, 0, MYT, 'Friday')
    sent = T(2026, 3, 5, 11, 0, MYT, 'Thursday', 36)
    body = """Dear Nominees,

You have been nominated by your Head of Department to attend the following in-house training:

Programme : Competency-Based Interviewing & Selection Skills for Engineers and Supervisors
Tarikh    : 19 - 20 Mac 2026 (Khamis - Jumaat)
Masa      : 9.00 pagi - 5.00 petang
Tempat    : Training Room 2, Level 3, Kinta Semitech Plant 2, Bayan Lepas FIZ Phase 4
Trainer   : Ms. Angela Tham (HRD Corp Accredited Trainer, TTT/1123)

Programme highlights:
- Structured and behavioural interviews: STAR probing, follow-up questions
- Building an interview scorecard for technician and engineer hiring
- Mock interview role-play (you will take turns as interviewer and candidate)
- Avoiding bias and PDPA considerations when handling candidate data

This programme is HRD Corp claimable (SBL-Khas). 100% attendance is required for the claim - please sign the attendance sheet in the morning and afternoon on both days. Lunch and tea breaks are provided.

Kindly accept this calendar invitation. If you are unable to attend, please inform L&D with your superior's approval by 12 March 2026.

Thank you.

Goh Siew Peng
Executive, Learning & Development
Kinta Semitech Sdn Bhd | Bayan Lepas, Penang
Ext. 3318"""
    summary = '[HRD Corp Claimable] Competency-Based Interviewing & Selection Skills (19-20 Mar 2026)'
    m, _, _ = exchange_invite(seed='c14m1', sender=ld, to=[(OWNER_NAME, OWNER), ('Ooi Jia Xin', 'jiaxin.ooi@kintasemi.example'),
                                                       ('Muthu Krishnan', 'muthu.krishnan@kintasemi.example')],
                              subject=summary, sent=sent,
                              when_line='Thursday, 19 March 2026 9:00 AM to Friday, 20 March 2026 5:00 PM (UTC+08:00) Kuala Lumpur, Singapore.',
                              where='Training Room 2, Level 3, Plant 2', body=body, uid=ms_uid('c14'),
                              tzid='Singapore Standard Time', vtz=vtz_flat('Singapore Standard Time'), start=s, end=e,
                              summary=summary, location='Training Room 2, Level 3, Plant 2', organizer=ld,
                              attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                         ('Ooi Jia Xin', 'jiaxin.ooi@kintasemi.example', 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                         ('Muthu Krishnan', 'muthu.krishnan@kintasemi.example', 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                              **KINTA_HOST)
    wd(T(2026, 3, 12, 0, 0, MYT), 'Thursday')
    return [('01-hrd-corp-training-invite.eml', m)], label(
        [], 'medium', 'negative/hrdf-training-course',
        'HRD Corp (HRDF) claimable in-house course about conducting interviews, with mock-interview role-play and an '
        'Outlook invite from her own employer. Training, not a job interview for the user.')


def case15():
    """Customer's supplier audit at her current plant; the auditor 'interviews' process owners."""
    qa = ('Chong Mei Yee', 'meiyee.chong@kintasemi.example')
    auditor = ('Stefan Lindqvist', 'stefan.lindqvist@halden-auto.example')
    s = T(2026, 3, 25, 10, 30, MYT, 'Wednesday')
    e = T(2026, 3, 25, 11, 15, MYT)
    sent = T(2026, 3, 20, 16, 45, MYT, 'Friday', 12)
    body = """Hi Hui Wen,

As you know, Halden Automotive will conduct their annual supplier quality audit (VDA 6.3 process audit) at our Bayan Lepas plant on 25-26 March.

Mr. Stefan Lindqvist (Lead Auditor, Supplier Quality) will interview the process owners on the production floor. Your slot is the Die Attach process interview, 10.30am - 11.15am on Wednesday, 25 March, at the DA line (Level 2, Bay C).

Please have the following ready:
- Control Plan and PFMEA (latest revision) for the QFN die attach line
- SPC charts for bond line thickness and die shear, last 3 months
- OCAP and the two 8D reports from Q4
- Training matrix for DA operators

The auditors will check in at Security Gate 1 at 8.30am; Ravi will escort them. Dress code: company uniform and ESD smock.

Thanks,
Mei Yee

Chong Mei Yee
Quality Assurance Manager
Kinta Semitech Sdn Bhd"""
    summary = 'Halden Automotive Supplier Audit - Process interview: Die Attach (Hui Wen)'
    m, _, _ = exchange_invite(seed='c15m1', sender=qa, to=[(OWNER_NAME, OWNER), auditor],
                              cc=[('Ravi Chandran', 'ravi.chandran@kintasemi.example')],
                              subject=summary, sent=sent,
                              when_line='Wednesday, 25 March 2026 10:30 AM-11:15 AM (UTC+08:00) Kuala Lumpur, Singapore.',
                              where='DA line, Level 2 Bay C, Plant 1', body=body, uid=ms_uid('c15'),
                              tzid='Singapore Standard Time', vtz=vtz_flat('Singapore Standard Time'), start=s, end=e,
                              summary=summary, location='DA line, Level 2 Bay C, Plant 1', organizer=qa,
                              attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                         (auditor[0], auditor[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                         ('Ravi Chandran', 'ravi.chandran@kintasemi.example', 'OPT-PARTICIPANT', 'NEEDS-ACTION')],
                              **KINTA_HOST)
    return [('01-supplier-audit-process-interview.eml', m)], label(
        [], 'hard', 'negative/supplier-audit-interview',
        'Customer supplier-quality audit at her current plant; the calendar item is literally a "Process interview" '
        'with an external auditor, with gate check-in details. Not a hiring process.')


def case16():
    """Customer plant tour hosted by her team: e-mail agenda + standalone .ics (Outlook export)."""
    mgr = ('Ravi Chandran', 'ravi.chandran@kintasemi.example')
    visitors = [('Jonas Berg', 'jonas.berg@nordhavn.example'), ('Elin Sandvik', 'elin.sandvik@nordhavn.example')]
    s = T(2026, 4, 1, 9, 0, MYT, 'Wednesday')
    e = T(2026, 4, 1, 13, 30, MYT)
    sent = T(2026, 3, 27, 10, 5, MYT, 'Friday', 50)
    text = """Hi team,

Nordhavn Automotive Electronics (our new ADAS power module customer) will visit us on Wednesday, 1 April. This is their first visit before the PPAP submission, so please treat it as a key customer visit.

Agenda:
09:00  Arrival & security gate check-in (visitor badges, safety briefing video)
09:30  Welcome & Kinta Semitech overview (Plant Manager)
10:00  Plant tour: Die Attach -> Wire Bond -> Mold -> Final Test
       Hui Wen to host the Die Attach stop (15 min, focus on void control & bond line thickness)
11:15  Engineering panel Q&A - "Meet the engineers" (Process, Quality, Equipment)
12:30  Lunch at the VIP room
13:30  End of visit

Visitors: Jonas Berg (Supplier Development Engineer) and Elin Sandvik (Purchasing Manager).

Please make sure the lines are 5S-ready by Tuesday evening, and wear the new polo shirts. I'll send the calendar hold separately.

Thanks,
Ravi

Ravi Chandran
Manager, Process Engineering
Kinta Semitech Sdn Bhd | Bayan Lepas FIZ Phase 4, 11900 Penang
"""
    m, _ = outlook_mail(seed='c16m1', sender=mgr, to=[(OWNER_NAME, OWNER), ('Ooi Jia Xin', 'jiaxin.ooi@kintasemi.example'),
                                                      ('Muthu Krishnan', 'muthu.krishnan@kintasemi.example')],
                        subject='Customer visit & plant tour - Nordhavn Automotive (1 April)', sent=sent, text=text,
                        **KINTA_HOST)
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
           'METHOD:PUBLISH', 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE'] + vtz_flat('Singapore Standard Time')
    cal += ['BEGIN:VEVENT', 'CLASS:PUBLIC', f'CREATED:{zulu(sent)}',
            f'DESCRIPTION:{ics_esc(text.split("Please make sure")[0].strip())}',
            f'DTEND;TZID="Singapore Standard Time":{local(e)}', f'DTSTAMP:{zulu(sent + timedelta(minutes=4))}',
            f'DTSTART;TZID="Singapore Standard Time":{local(s)}', f'LAST-MODIFIED:{zulu(sent)}',
            'LOCATION:Kinta Semitech Plant 1 - Main Lobby / Production Floor',
            f'ORGANIZER;CN="{mgr[0]}":mailto:{mgr[1]}',
            f'ATTENDEE;CN="{OWNER_NAME}";RSVP=TRUE:mailto:{OWNER}']
    for n, em in visitors:
        cal.append(f'ATTENDEE;CN="{n}";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:{em}')
    cal += ['PRIORITY:5', 'SEQUENCE:0', 'SUMMARY;LANGUAGE=en-us:Customer visit & plant tour - Nordhavn Automotive',
            'TRANSP:OPAQUE', f'UID:{ms_uid("c16")}', 'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
            'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MS-OLK-AUTOFILLLOCATION:FALSE',
            'X-MS-OLK-CONFTYPE:0', 'BEGIN:VALARM', 'TRIGGER:-PT30M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder',
            'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return [('01-customer-visit-agenda.eml', m), ('02-customer-visit-plant-tour.ics', ics_text(cal))], label(
        [], 'medium', 'negative/customer-plant-tour',
        'Customer visit with security-gate check-in, "engineering panel Q&A" and a calendar hold at her current '
        'employer. She hosts a tour stop; nobody is hiring her.')


def case17():
    """Company annual dinner (Majlis Makan Malam Tahunan) with .ics; emcee will 'interview' award winners."""
    club = ('Kinta Semitech Sports & Recreation Club', 'src@kintasemi.example')
    s = T(2026, 3, 28, 19, 0, MYT, 'Sabtu')
    wd(s, 'Saturday')
    e = T(2026, 3, 28, 23, 0, MYT)
    sent = T(2026, 3, 6, 12, 30, MYT, 'Friday', 0)
    rsvp = T(2026, 3, 16, 0, 0, MYT, 'Isnin')
    text = """Dear Kinta-ians,

JEMPUTAN KE MAJLIS MAKAN MALAM TAHUNAN KINTA SEMITECH 2026
ANNUAL DINNER 2026 - "RETRO SHANGHAI NIGHTS"

Tarikh : 28 Mac 2026 (Sabtu)
Masa   : 7.00 malam (pendaftaran / registration from 6.30pm)
Tempat : Grand Ballroom, Hotel Seri Pantai, Gurney Drive, George Town

Dress code: cheongsam, qipao, 1930s suits - or any retro outfit! Best Dressed prizes for male and female.

Highlights:
- Long Service Awards (10, 15, 20 and 25 years). Our emcee will interview this year's 20- and 25-year awardees on stage - awardees, please be at the stage side by 8.30pm.
- Department performances (Process Engineering vs Equipment - may the best band win)
- Lucky draw: grand prize Proton X50 + return air tickets to Tokyo

Please RSVP via the link below by Monday, 16 March 2026 so that we can finalise the table arrangements. Bus transport is provided from Plant 1 and Plant 2 at 6.00pm.

RSVP: https://forms.office.com/r/KSrc2026AD

Jumpa di sana! See you there!

Kinta Semitech Sports & Recreation Club (KSRC)
"""
    cal = ics_text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kinta Semitech SRC//Events//EN', 'METHOD:PUBLISH',
                    'CALSCALE:GREGORIAN'] + VTZ_KL_IANA +
                   ['BEGIN:VEVENT', f'UID:annual-dinner-2026-{lhx("c17", 12)}@kintasemi.example',
                    f'DTSTAMP:{zulu(sent)}', f'DTSTART;TZID=Asia/Kuala_Lumpur:{local(s)}',
                    f'DTEND;TZID=Asia/Kuala_Lumpur:{local(e)}',
                    'SUMMARY:Kinta Semitech Annual Dinner 2026 - Retro Shanghai Nights',
                    'LOCATION:Grand Ballroom\\, Hotel Seri Pantai\\, Gurney Drive\\, George Town',
                    'DESCRIPTION:Majlis Makan Malam Tahunan 2026. Registration from 6.30pm. Dress code: retro Shanghai.',
                    f'ORGANIZER;CN=KSRC:mailto:{club[1]}', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT',
                    'END:VCALENDAR'])
    m, _ = outlook_mail(seed='c17m1', sender=club, to=[('All Staff Penang', 'allstaff.penang@kintasemi.example')],
                        subject='Jemputan: Majlis Makan Malam Tahunan 2026 / Annual Dinner 2026 - "Retro Shanghai Nights"',
                        sent=sent, text=text, attachments=[('AnnualDinner2026.ics', 'text/calendar', cal.encode())],
                        **KINTA_HOST)
    assert rsvp < s
    return [('01-annual-dinner-invitation.eml', m)], label(
        [], 'medium', 'negative/company-annual-dinner',
        'Annual dinner invitation in Malay/English (Tarikh/Masa/Tempat) with an .ics; "emcee will interview" award '
        'winners. Company event to an all-staff list; the owner is only on Delivered-To.')


def case18():
    """Pre-employment medical check-up after accepting an offer."""
    hr = ('Deepa Nair', 'deepa.nair@ombak-opto.example')
    s = T(2026, 4, 6, 8, 30, MYT, 'Isnin')
    e = T(2026, 4, 6, 10, 0, MYT)
    sent = T(2026, 4, 1, 9, 40, MYT, 'Wednesday', 27)
    body = """Dear Hui Wen,

Congratulations once again on accepting our offer for the position of Senior Process Engineer (Optical Assembly), and thank you for returning the signed offer letter.

As part of the onboarding process, please attend the pre-employment medical examination at our panel clinic:

Tarikh : 6 April 2026 (Isnin)
Masa   : 8.30 pagi
Tempat : Klinik Rakan Medik, 45 Jalan Permatang Rawa, 14000 Bukit Mertajam, Pulau Pinang

Please fast for 8 hours before the appointment (plain water is allowed) and bring your MyKad and a copy of this email. The check-up includes full blood count, urine drug screening, chest X-ray and an audiometric test, and takes about 1.5 hours. The cost is borne by the company.

Your first day remains 4 May 2026; the onboarding schedule will follow after the medical results are received.

Best regards,
Deepa Nair
HR Business Partner
Ombak Optoelectronics Sdn Bhd
Tel: +60 4-390 6620"""
    summary = 'Pre-Employment Medical Check-Up - Klinik Rakan Medik (fasting required)'
    m, _, _ = exchange_invite(seed='c18m1', sender=hr, to=[(OWNER_NAME, OWNER)],
                              subject='Pre-Employment Medical Check-Up - Lim Hui Wen (Senior Process Engineer)',
                              sent=sent,
                              when_line='Monday, 6 April 2026 8:30 AM-10:00 AM (UTC+08:00) Kuala Lumpur, Singapore.',
                              where='Klinik Rakan Medik, 45 Jalan Permatang Rawa, Bukit Mertajam', body=body,
                              uid=ms_uid('c18'), tzid='Singapore Standard Time', vtz=vtz_flat('Singapore Standard Time'),
                              start=s, end=e, summary=summary,
                              location='Klinik Rakan Medik, 45 Jalan Permatang Rawa, Bukit Mertajam', organizer=hr,
                              attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                              host='SG2PR01MB', region='apcprd01', ip='40.107.215.66')
    wd(T(2026, 5, 4, 9, 0, MYT), 'Monday')
    return [('01-pre-employment-medical.eml', m)], label(
        [], 'medium', 'negative/medical-checkup-after-offer',
        'Post-offer pre-employment medical appointment (Tarikh/Masa/Tempat, Outlook invite from the new employer\'s '
        'HR). Offer already accepted; no interview.')


def case19():
    """Online technical assessment with a deadline; interview only promised for those who pass."""
    sender = ('Meranti Semiconductor Talent Acquisition', 'talent@meranti-semi.example')
    deadline = T(2026, 4, 3, 23, 59, MYT, 'Friday')
    sent = T(2026, 3, 30, 9, 0, MYT, 'Monday', 4)
    text = """Dear Lim Hui Wen,

Thank you for your application for Process Engineer (Photolithography) at Meranti Semiconductor Sdn Bhd, Kulim.

As the next step in our selection process, you are invited to complete an online technical assessment before the interview stage.

Duration : 60 minutes (timed, 40 questions: lithography fundamentals, SPC, basic statistics)
Deadline : Friday, 3 April 2026, 11:59 PM (GMT+8)
Link     : https://meranti-semi.example/careers/assess/PE-LITHO-0426/invite/71d0c4e2

Important:
- Once started, the timer cannot be paused.
- The assessment is proctored through your webcam; please sit alone in a quiet room.
- A calendar reminder for the deadline is attached for your convenience.

Candidates who pass the assessment will be contacted within 2 weeks to arrange a face-to-face interview at our Kulim plant.

Best of luck!

Talent Acquisition
Meranti Semiconductor Sdn Bhd
(This mailbox is not monitored. For questions, use the Help link on the assessment page.)
"""
    cal = ics_text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Meranti Semiconductor//Careers//EN', 'METHOD:PUBLISH']
                   + VTZ_KL_IANA +
                   ['BEGIN:VEVENT', f'UID:assess-PE-LITHO-0426-{lhx("c19", 10)}@meranti-semi.example',
                    f'DTSTAMP:{zulu(sent)}', f'DTSTART;TZID=Asia/Kuala_Lumpur:{local(deadline - timedelta(minutes=59))}',
                    f'DTEND;TZID=Asia/Kuala_Lumpur:{local(deadline)}',
                    'SUMMARY:Deadline - Meranti online technical assessment (Process Engineer\\, Photolithography)',
                    'DESCRIPTION:Complete the 60-minute online assessment before 11:59 PM. Link in the e-mail.',
                    'STATUS:CONFIRMED', 'TRANSP:TRANSPARENT', 'END:VEVENT', 'END:VCALENDAR'])
    m, _ = outlook_mail(seed='c19m1', sender=sender, to=[(OWNER_NAME, OWNER)],
                        subject='Action required: Online Technical Assessment - Process Engineer (Photolithography)',
                        sent=sent, text=text, attachments=[('assessment-deadline.ics', 'text/calendar', cal.encode())],
                        host='KL1PR04MB', region='apcprd04', ip='40.107.132.44')
    return [('01-online-assessment-deadline.eml', m)], label(
        [], 'hard', 'negative/online-assessment',
        'Timed online test with a deadline and a calendar reminder; the interview is only promised to those who pass. '
        'One-way assessments are not interviews.')


def case20():
    """She sits on the interview panel for technician candidates at her current plant."""
    hr = ('Farah Nabila binti Ismail', 'farah.ismail@kintasemi.example')
    mgr = ('Ravi Chandran', 'ravi.chandran@kintasemi.example')
    s = T(2026, 4, 9, 14, 0, MYT, 'Thursday')
    e = T(2026, 4, 9, 16, 15, MYT)
    sent = T(2026, 4, 3, 10, 20, MYT, 'Friday', 31)
    body = """Dear Panel Members,

Please find below the interview schedule for the Process Technician (Die Attach) vacancy (Req. PT-DA-0326):

Panel: Mr. Ravi Chandran (Manager, Process Engineering) and Ms. Lim Hui Wen (Senior Process Engineer)

2.00pm - 2.40pm   Candidate 1: Muhammad Aiman bin Rosli
2.45pm - 3.25pm   Candidate 2: Tan Jia Hui
3.30pm - 4.10pm   Candidate 3: Saravanan a/l Muniandy

Venue: Meeting Room "Bukit Bendera", Admin Building, Plant 1

The candidates' resumes and the interview assessment forms are in the HR SharePoint folder (Recruitment > 2026 > PT-DA-0326). Please complete and sign the assessment form for each candidate and return it to me by Friday, 10 April.

Candidates will check in at Security Gate 1 and be escorted to the meeting room by HR.

Thank you.

Farah Nabila binti Ismail
Executive, Talent Acquisition
Kinta Semitech Sdn Bhd"""
    summary = 'Interview Panel - Process Technician (Die Attach) - 3 candidates'
    m, _, _ = exchange_invite(seed='c20m1', sender=hr, to=[mgr, (OWNER_NAME, OWNER)], subject=summary, sent=sent,
                              when_line='Thursday, 9 April 2026 2:00 PM-4:15 PM (UTC+08:00) Kuala Lumpur, Singapore.',
                              where='Meeting Room "Bukit Bendera", Admin Building, Plant 1', body=body,
                              uid=ms_uid('c20'), tzid='Singapore Standard Time', vtz=vtz_flat('Singapore Standard Time'),
                              start=s, end=e, summary=summary,
                              location='Meeting Room "Bukit Bendera", Admin Building, Plant 1', organizer=hr,
                              attendees=[(mgr[0], mgr[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                         (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                              **KINTA_HOST)
    wd(T(2026, 4, 10, 0, 0, MYT), 'Friday')
    return [('01-interview-panel-technicians.eml', m)], label(
        [], 'medium', 'negative/user-is-interviewer',
        'Outlook invite titled "Interview Panel" at her current employer: she is a panel member interviewing '
        'technician candidates, not the candidate.')


def case21():
    """Recruiter asks for availability (three slots + booking page); nothing booked yet."""
    rec = ('Melissa Teo', 'melissa.teo@tuasthinfilms.example')
    sent = T(2026, 4, 16, 10, 12, SGT, 'Thursday', 8)
    opts = [T(2026, 4, 21, 10, 0, SGT, 'Tue'), T(2026, 4, 22, 15, 0, SGT, 'Wed'), T(2026, 4, 23, 11, 0, SGT, 'Thu')]
    assert all(o > sent for o in opts)
    text = """Hi Hui Wen,

Thank you for applying for the Process Engineer (ALD) role at Tuas Thin Films. Our hiring manager, Kenneth Lim, has reviewed your CV and would like to speak with you for a first interview (45 minutes, Microsoft Teams).

Could you let me know which of these slots work for you (all Singapore time, same as Penang)?
- Tue 21 Apr, 10:00am
- Wed 22 Apr, 3:00pm
- Thu 23 Apr, 11:00am

Alternatively, you can pick any open time on my booking page:
https://outlook.office365.com/book/TuasThinFilmsRecruitment@tuasthinfilms.example/

Once you confirm, I'll send you a calendar invite with the Teams link.

Kind regards,
Melissa Teo
Recruitment Lead | Tuas Thin Films Pte Ltd
12 Tuas Avenue 20, Singapore 638824 | +65 6861 3390
"""
    m, _ = gmail_mail(seed='c21m1', sender=rec, to=[(OWNER_NAME, OWNER)],
                      subject='Tuas Thin Films - Process Engineer (ALD) - interview availability', sent=sent, text=text)
    return [('01-interview-availability-request.eml', m)], label(
        [], 'hard', 'negative/availability-request',
        'Recruiter offers three candidate slots and a booking page; no slot is confirmed anywhere in the case.')


def case22():
    """JobStreet job alert; one ad advertises a public walk-in interview day."""
    sent = T(2026, 4, 10, 8, 2, MYT, 'Friday', 14)
    walk = T(2026, 4, 18, 9, 0, MYT, 'Saturday')
    jobs = [('Process Engineer (Wire Bond)', 'Prai Interconnect Sdn Bhd', 'Prai, Penang', 'RM 5,500 - RM 7,500 per month',
             'WALK-IN INTERVIEW! Saturday, 18 April 2026, 9.00am - 1.00pm. Tempat: Dewan Serbaguna, Prai Industrial '
             'Park. Bring your resume, IC and certificates. Immediate offer for suitable candidates.'),
            ('Senior Process Engineer - Backend Assembly', 'Northlight Semicon (M) Sdn Bhd', 'Bayan Lepas, Penang',
             'RM 8,000 - RM 11,000 per month', 'Lead die attach and molding process development for automotive QFN.'),
            ('Process Engineer (Etch)', 'Kedah Wafer Foundry Sdn Bhd', 'Kulim, Kedah', 'Competitive',
             '3+ years dry etch experience in 200mm/300mm fab. Shift allowance and transport provided.'),
            ('Yield Engineer', 'Batu Maung Test Services Sdn Bhd', 'Batu Maung, Penang', 'RM 6,000 - RM 8,500 per month',
             'Drive final test yield improvement; JMP/Python an advantage.')]
    lines = []
    for i, (t, c, loc, sal, blurb) in enumerate(jobs, 1):
        lines.append(f'{i}. {t}\n   {c} - {loc}\n   {sal}\n   {blurb}\n   https://my.jobstreet.com/job/{81234560 + 17 * i}?type=standout&ref=jobalert')
    text = ('Hi Hui Wen,\n\n4 new jobs match your saved search "process engineer" in Penang & Kedah.\n\n'
            + '\n\n'.join(lines) +
            '\n\nSee all jobs: https://my.jobstreet.com/process-engineer-jobs/in-Penang?daterange=1\n\n'
            'You are receiving this job alert because you saved a search on JobStreet.\n'
            'Edit or unsubscribe: https://my.jobstreet.com/saved-searches\n'
            'JobStreet.com Sdn Bhd, Level 15, Menara Prestige, Jalan Pinang, 50450 Kuala Lumpur\n')
    rows = ''.join(f'<tr><td style="padding:14px 24px;border-bottom:1px solid #e5e7ee"><a href="https://my.jobstreet.com/job/{81234560 + 17 * i}?type=standout&amp;ref=jobalert" style="font-size:16px;font-weight:bold;color:#0d3880;text-decoration:none">{escape(t)}</a><br>'
                   f'<span style="font-size:14px;color:#1c2b4a">{escape(c)}</span><br><span style="font-size:13px;color:#6b7a99">{escape(loc)} &middot; {escape(sal)}</span><br>'
                   f'<span style="font-size:13px;color:#1c2b4a">{escape(blurb)}</span></td></tr>\n'
                   for i, (t, c, loc, sal, blurb) in enumerate(jobs, 1))
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Job alert</title></head><body style="margin:0;background:#f7f8fb">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">'
            '<tr><td style="padding:20px 24px"><img src="https://www.jobstreet.com/static/email/jobstreet-logo.png" alt="JobStreet" width="140"></td></tr>'
            '<tr><td style="padding:0 24px 12px 24px;font-size:18px">4 new jobs for <b>process engineer</b> in Penang &amp; Kedah</td></tr>\n'
            + rows +
            '<tr><td style="padding:18px 24px;font-size:12px;color:#6b7a99">You are receiving this job alert because you saved a search on JobStreet.</td></tr>'
            '</table></body></html>\n')
    b = '----=_Part_' + str(int(hx('c22b', 8), 16)) + '_' + str(int(hx('c22c', 6), 16)) + '.1775779334000'
    root = multi('alternative', b, [leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
                                    leaf('text/html; charset=UTF-8', html, 'quoted-printable')])
    m = message([('Delivered-To', OWNER),
                 received('a8-77.smtp-out.amazonses.com', '54.240.8.77', sent + timedelta(seconds=3)),
                 ('Return-Path', '<0107019d1c2abounces@ap-southeast-1.amazonses.com>'),
                 ('From', 'JobStreet <noreply@jobstreet.com>'),
                 ('To', OWNER),
                 ('Subject', '4 new jobs for "process engineer" - Walk-in interview this Saturday'),
                 ('Date', rfc(sent.astimezone(UTC))),
                 ('Message-ID', f'<0107019d1c2a{lhx("c22", 8)}-{lhx("c22x", 8)}-{lhx("c22y", 4)}-{lhx("c22z", 4)}-{lhx("c22w", 12)}-000000@ap-southeast-1.amazonses.com>'),
                 ('List-Unsubscribe', '<https://my.jobstreet.com/saved-searches?unsub=1>')], root)
    assert walk.date() == (sent + timedelta(days=8)).date()
    return [('01-jobstreet-job-alert-walk-in.eml', m)], label(
        [], 'medium', 'negative/job-alert-walk-in',
        'JobStreet saved-search alert; one ad advertises a public walk-in interview day (Sat 18 Apr 9.00am-1.00pm). '
        'An advert, not an interview booked for the user.')


# ============================================================================ main
CASES = [
    ('b190-01-temuduga-bilingual-plant-gate', case01),
    ('b190-02-jobstreet-phone-screen-moved', case02),
    ('b190-03-thread-tomorrow-sgt', case03),
    ('b190-04-us-pacific-dst-hiring-manager', case04),
    ('b190-05-taiwan-reschedule-sequence', case05),
    ('b190-06-panel-three-managers-gate', case06),
    ('b190-07-online-test-then-interview', case07),
    ('b190-08-two-interviews-onsite-loop', case08),
    ('b190-09-cancel-headcount-freeze', case09),
    ('b190-10-cancel-then-new-invite', case10),
    ('b190-11-phoenix-gcal-json', case11),
    ('b190-12-hiredly-floating-ics', case12),
    ('b190-13-agency-forward-client', case13),
    ('b190-14-hrdf-interviewing-course', case14),
    ('b190-15-supplier-audit-interview', case15),
    ('b190-16-customer-plant-tour', case16),
    ('b190-17-annual-dinner', case17),
    ('b190-18-medical-checkup-after-offer', case18),
    ('b190-19-online-assessment-deadline', case19),
    ('b190-20-user-on-interview-panel', case20),
    ('b190-21-availability-request', case21),
    ('b190-22-jobstreet-walk-in-alert', case22),
]


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith('b190-') and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, (cid, fn) in enumerate(CASES, 1):
        assert cid.startswith(f'b190-{i:02d}-'), cid
        items, lab = fn()
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for n, content in items:
            assert n[:3] in {f'{k:02d}-' for k in range(1, 10)} and n.endswith(('.eml', '.ics', '.gcal.json')), n
            data = content.encode('utf-8') if isinstance(content, str) else content
            with open(os.path.join(d, n), 'wb') as f:
                f.write(data)
        labels[cid] = lab
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Labels for blind190 (written blind). Schema: see /work/shared/eval/README.md\n')
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)
    pos = sum(1 for v in labels.values() if v['interview'])
    ivs = [iv for v in labels.values() for iv in v['interviews']]
    print(f'{len(labels)} cases: {pos} positive, {len(labels) - pos} negative; {len(ivs)} interviews '
          f'({sum(iv["status"] == "scheduled" for iv in ivs)} scheduled, '
          f'{sum(iv["status"] == "cancelled" for iv in ivs)} cancelled)')


if __name__ == '__main__':
    main()
