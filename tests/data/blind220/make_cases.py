#!/usr/bin/env python3
"""Regenerate the blind220 evaluation set (written blind, without reading the tool).

Theme: a Seoul-based semiconductor process engineer (etch) applying to Korean conglomerates,
Korean start-ups and fabs in Hsinchu (Taiwan) and Arizona, plus equipment makers in California.

Standard library + PyYAML + zoneinfo only.  Deterministic: every date, Message-ID, UID and MIME
boundary is derived from fixed seeds, so two runs produce identical bytes.

    python make_cases.py          # rewrites b220-* folders and labels.yaml next to this file
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent

OWNER = 'seoyun.han@example.com'
OWNER_KO = '한서윤'
OWNER_EN = 'Seoyun Han'

KST = ZoneInfo('Asia/Seoul')            # UTC+9, no DST
TPE = ZoneInfo('Asia/Taipei')           # UTC+8, no DST
PHX = ZoneInfo('America/Phoenix')       # MST UTC-7 all year
PAC = ZoneInfo('America/Los_Angeles')   # PST UTC-8 / PDT UTC-7 from 2026-03-08
UTC = timezone.utc

KO_WD = '월화수목금토일'
EN_WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']

CASES = {}    # folder name -> {file name: bytes}
LABELS = {}   # folder name -> label dict


# --------------------------------------------------------------------------- time helpers
def at(tz, y, mo, d, h=0, mi=0, s=0, wd=None):
    """Aware datetime; wd ('Mon'..'Sun') asserts the weekday named in the case text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert x.strftime('%a') == wd, (x.isoformat(), wd)
    return x


def iso(x):
    return x.isoformat()


def rfc(x):
    return format_datetime(x)


def ics_utc(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def ics_local(x):
    return x.strftime('%Y%m%dT%H%M%S')


def ko_date(x, year=True):
    s = f'{x.month}월 {x.day}일({KO_WD[x.weekday()]})'
    return f'{x.year}년 {s}' if year else s


def ko_ampm(x):
    """'오후 2시', '오전 10시 30분'"""
    ap = '오전' if x.hour < 12 else '오후'
    h = x.hour % 12 or 12
    return f'{ap} {h}시' + (f' {x.minute}분' if x.minute else '')


def hm(x):
    return f'{x.hour:02d}:{x.minute:02d}'


def h12(x):
    ap = 'AM' if x.hour < 12 else 'PM'
    return f'{x.hour % 12 or 12}:{x.minute:02d} {ap}'


def gtime(x):
    """Google Calendar style: 5pm, 4:30pm"""
    ap = 'am' if x.hour < 12 else 'pm'
    h = x.hour % 12 or 12
    return f'{h}{ap}' if x.minute == 0 else f'{h}:{x.minute:02d}{ap}'


def en_date(x):
    return f'{EN_WD[x.weekday()]}, {EN_MON[x.month - 1]} {x.day}, {x.year}'


# --------------------------------------------------------------------------- id helpers
def hx(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def alnum(seed, n, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    h = hashlib.sha256(seed.encode()).digest()
    while len(h) < n:
        h += hashlib.sha256(h).digest()
    return ''.join(alphabet[b % len(alphabet)] for b in h[:n])


def b64id(seed, n):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest() * 2).decode()[:n]


def gmail_mid(seed):
    return '<CA' + alnum(seed, 38, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') \
        + '+' + alnum(seed + 'x', 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') \
        + '@mail.gmail.com>'


def outlook_mid(seed, prefix='SL2PR06MB', region='apcprd06'):
    box = prefix + alnum(seed + 'box', 4, '0123456789')
    return f'<{box}{alnum(seed, 14, "0123456789ABCDEF")}{alnum(seed + "y", 10, "0123456789ABCDEF")}@{box}.{region}.prod.outlook.com>'


def gcal_mid(seed):
    h = hx(seed, 32)
    return f'<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@google.com>'


def gcal_eid(seed):
    return alnum(seed, 26, 'abcdefghijklmnopqrstuv0123456789')


def boundary(seed):
    return '0000000000' + hx(seed, 16)


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


# --------------------------------------------------------------------------- MIME helpers
def enc_header(s):
    """RFC 2047 B-encoding for non-ASCII header text (chunked at character boundaries)."""
    if s.isascii():
        return s
    words, cur = [], ''
    for ch in s:
        if len((cur + ch).encode()) > 39:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return '\n '.join('=?UTF-8?B?%s?=' % base64.b64encode(w.encode()).decode() for w in words)


def enc_header_cs(s, charset, codec):
    return '=?%s?B?%s?=' % (charset, base64.b64encode(s.encode(codec)).decode())


def addr(name, email):
    if not name:
        return email
    if name.isascii():
        if any(c in name for c in ',.()@;:'):
            return f'"{name}" <{email}>'
        return f'{name} <{email}>'
    return f'{enc_header(name)} <{email}>'


def addrs(lst):
    return ',\n '.join(addr(n, e) for n, e in lst)


def b64wrap(data):
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def part(ctype, body, cte=None, extra=()):
    hdrs = [('Content-Type', ctype)]
    if cte:
        hdrs.append(('Content-Transfer-Encoding', cte))
    hdrs.extend(extra)
    return (hdrs, body)


def textpart(content, subtype='plain', cte='base64', charset='UTF-8', codec='utf-8', params=''):
    data = content.encode(codec)
    if cte == 'base64':
        body = b64wrap(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        assert content.isascii()
        body = content
    else:
        raise ValueError(cte)
    return part(f'text/{subtype}; charset="{charset}"{params}', body, cte)


def calpart(ics_text, method, cte='base64'):
    data = ics_text.encode('utf-8')
    body = b64wrap(data) if cte == 'base64' else quopri.encodestring(data).decode('ascii')
    return part(f'text/calendar; charset="utf-8"; method={method}', body, cte)


def attachment(ctype, filename, data):
    if filename.isascii():
        disp = f'attachment; filename="{filename}"'
        ct = f'{ctype}; name="{filename}"'
    else:
        from urllib.parse import quote
        q = quote(filename, safe='')
        disp = f"attachment;\n filename*=UTF-8''{q}"
        ct = f'{ctype};\n name="{enc_header(filename)}"'
    return part(ct, b64wrap(data), 'base64', [('Content-Disposition', disp)])


def multipart(subtype, bnd, parts):
    lines = []
    for h, b in parts:
        lines.append('--' + bnd)
        lines.extend(f'{k}: {v}' for k, v in h)
        lines.append('')
        lines.append(b.rstrip('\n'))
        lines.append('')
    lines.append('--' + bnd + '--')
    return ([('Content-Type', f'multipart/{subtype}; boundary="{bnd}"')], '\n'.join(lines) + '\n')


def received(date, from_host, ip, seed):
    return ('Received', f'from {from_host} ({from_host} [{ip}])\n        by mx1.example.com with ESMTPS id '
            f'{alnum(seed, 12)}\n        for <{OWNER}>; {rfc(date)}')


def message(headers, root):
    h, b = root
    out = [f'{k}: {v}' for k, v in headers] + ['MIME-Version: 1.0'] + [f'{k}: {v}' for k, v in h]
    out += ['', b.rstrip('\n'), '']
    s = '\n'.join(out)
    assert s.isascii(), 'e-mail must be 7-bit clean'
    return s.encode('ascii')


def html_of(text, font='font-family:Arial,sans-serif;font-size:10pt'):
    paras = []
    for block in text.split('\n\n'):
        lines = [html.escape(l) for l in block.split('\n')]
        paras.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="{font}">\n' + '\n'.join(paras) + '\n</div></body></html>\n')


def quote_lines(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.split('\n'))


def gmail_attrib_ko(x, name, email):
    return f'{x.year}년 {x.month}월 {x.day}일 ({KO_WD[x.weekday()]}) {ko_ampm_colon(x)}, {name} <{email}>님이 작성:'


def gmail_attrib_en(x, name, email):
    return f'On {x:%a}, {x:%b} {x.day}, {x.year} at {h12(x)} {name} <{email}> wrote:'


def ko_ampm_colon(x):
    ap = '오전' if x.hour < 12 else '오후'
    return f'{ap} {x.hour % 12 or 12}:{x.minute:02d}'


# --------------------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    if len(line.encode()) <= 75:
        return line
    out, cur, limit = [], '', 75
    for ch in line:
        if len((cur + ch).encode()) > limit:
            out.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def ics(lines):
    return ''.join(fold(l) + '\r\n' for l in lines)


def vtz_fixed(tzid, off, tzname=None, dtstart='16010101T000000', extra=()):
    lines = ['BEGIN:VTIMEZONE', f'TZID:{tzid}', *extra, 'BEGIN:STANDARD', f'DTSTART:{dtstart}',
             f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}']
    if tzname:
        lines.append(f'TZNAME:{tzname}')
    return lines + ['END:STANDARD', 'END:VTIMEZONE']


VTZ_PACIFIC_WIN = ['BEGIN:VTIMEZONE', 'TZID:Pacific Standard Time', 'BEGIN:STANDARD',
                   'DTSTART:16010101T020000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800',
                   'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
                   'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0800',
                   'TZOFFSETTO:-0700', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3',
                   'END:DAYLIGHT', 'END:VTIMEZONE']


def att(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp='TRUE', cutype=None):
    cu = f'CUTYPE={cutype};' if cutype else ''
    return f'ATTENDEE;{cu}ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}'


def teams_block(seed, lang='en'):
    tid = hx(seed + 'tenant', 32)
    tid = f'{tid[:8]}-{tid[8:12]}-{tid[12:16]}-{tid[16:20]}-{tid[20:]}'
    oid = hx(seed + 'oid', 32)
    oid = f'{oid[:8]}-{oid[8:12]}-{oid[12:16]}-{oid[16:20]}-{oid[20:]}'
    mtg = alnum(seed + 'mtg', 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mtg}%40thread.v2/0?context='
           f'%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d')
    mid = alnum(seed + 'id', 12, '0123456789')
    mid = f'{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}'
    pw = alnum(seed + 'pw', 6, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789')
    line = '_' * 80
    if lang == 'ko':
        txt = (f'{line}\nMicrosoft Teams 모임\n컴퓨터, 모바일 앱 또는 회의실 디바이스에서 참가\n'
               f'모임에 참가하려면 여기를 클릭하세요<{url}>\n모임 ID: {mid}\n암호: {pw}\n'
               f'Teams 다운로드<https://www.microsoft.com/ko-kr/microsoft-teams/download-app> | '
               f'웹에 참가<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
               f'자세한 정보<https://aka.ms/JoinTeamsMeeting> | 모임 옵션<https://teams.microsoft.com/'
               f'meetingOptions/?organizerId={oid}&tenantId={tid}&language=ko-KR>\n{line}')
    else:
        txt = (f'{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
               f'Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pw}\n'
               f'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
               f'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
               f'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/'
               f'meetingOptions/?organizerId={oid}&tenantId={tid}&language=en-US>\n{line}')
    return txt, url


def exchange_uid(seed):
    return '040000008200E00074C5B7101A82E00800000000' + hx(seed, 58).upper()


def exchange_invite(*, seed, date, sender, to, subject, wtz, vtz, start, end, organizer, attendees,
                    body, lang='en-US', location=None, seq=0, method='REQUEST', cc=(), mid_prefix='SL2PR06MB',
                    region='apcprd06', teams=True, extra_headers=()):
    """Exchange Online / Outlook meeting request: multipart/alternative with text/calendar."""
    tlang = 'ko' if lang.startswith('ko') else 'en'
    desc = body
    url = None
    if teams:
        tb, url = teams_block(seed, tlang)
        desc = body + '\n\n' + tb
        if location is None:
            location = 'Microsoft Teams 모임' if tlang == 'ko' else 'Microsoft Teams Meeting'
    uid = exchange_uid(seed)
    cal = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
           *vtz, 'BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for a in attendees:
        cal.append(att(*a))
    cal += [f'DESCRIPTION;LANGUAGE={lang}:{esc(desc)}', f'UID:{uid}',
            f'SUMMARY;LANGUAGE={lang}:{esc(subject)}',
            f'DTSTART;TZID={wtz}:{ics_local(start.astimezone(vtz_zone(wtz)))}',
            f'DTEND;TZID={wtz}:{ics_local(end.astimezone(vtz_zone(wtz)))}',
            'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{ics_utc(date)}', 'TRANSP:OPAQUE',
            'STATUS:CANCELLED' if method == 'CANCEL' else 'STATUS:CONFIRMED', f'SEQUENCE:{seq}',
            f'LOCATION;LANGUAGE={lang}:{esc(location or "")}',
            f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}', f'X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(seed + "own", 7), 16)}',
            'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
            'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0']
    if url:
        cal += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}',
                'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    cal += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
            'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', f'X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location or "")}']
    if method == 'REQUEST':
        cal += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    ics_text = ics(cal)
    bnd = '_000_' + alnum(seed + 'b', 30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') + '_'
    root = multipart('alternative', bnd, [
        textpart(desc, 'plain', 'quoted-printable', 'utf-8'),
        textpart(html_of(desc, 'font-family:"Malgun Gothic",Calibri,sans-serif;font-size:11pt'
                         if tlang == 'ko' else 'font-family:Calibri,Arial,sans-serif;font-size:11pt'),
                 'html', 'quoted-printable', 'utf-8'),
        calpart(ics_text, method),
    ])
    mid = outlook_mid(seed, mid_prefix, region)
    hdrs = [('Delivered-To', OWNER),
            received(date, f'{mid_prefix.lower()}{alnum(seed + "h", 4, "0123456789")}.outbound.protection.outlook.com',
                     f'40.107.{int(hx(seed + "ip", 2), 16)}.{int(hx(seed + "ip2", 2), 16) % 250 + 1}', seed),
            ('From', addr(*sender)), ('To', addrs(to))]
    if cc:
        hdrs.append(('Cc', addrs(cc)))
    hdrs += [('Subject', enc_header(subject)), ('Thread-Topic', enc_header(subject)),
             ('Thread-Index', thread_index(seed)), ('Date', rfc(date)), ('Message-ID', mid),
             ('Accept-Language', f'{lang}, en-US'), ('Content-Language', lang), ('X-MS-Has-Attach', ''),
             ('X-MS-TNEF-Correlator', ''), *extra_headers]
    return message(hdrs, root), uid


def vtz_zone(wtz):
    return {'Korea Standard Time': KST, 'Taipei Standard Time': TPE, 'US Mountain Standard Time': PHX,
            'Pacific Standard Time': PAC}[wtz]


def google_ics(*, method, start, end, stamp, created, organizer, guests, uid, desc, summary, seq,
               status, meet, location=''):
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT', f'DTSTART:{ics_utc(start)}',
           f'DTEND:{ics_utc(end)}', f'DTSTAMP:{ics_utc(stamp)}',
           f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}']
    for name, email, ps in guests:
        cal.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name};'
                   f'X-NUM-GUESTS=0:mailto:{email}')
    if meet:
        cal.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    d = desc
    if meet:
        d += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
              f'Join with Google Meet: https://meet.google.com/{meet}\n\n'
              'Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
              'Please do not edit this section.\n'
              '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    cal += [f'CREATED:{ics_utc(created)}', f'DESCRIPTION:{esc(d)}', f'LAST-MODIFIED:{ics_utc(stamp)}',
            f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}', f'STATUS:{status}', f'SUMMARY:{esc(summary)}',
            'TRANSP:OPAQUE']
    if method == 'REQUEST':
        cal += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                'TRIGGER:-P0DT0H10M0S', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    return ics(cal)


def google_invite(*, seed, date, organizer, guests, summary, start, end, desc, uid, seq=0, kind='new',
                  lang='en', meet=None, created=None, location=''):
    """Google Calendar invitation e-mail as the owner (calendar time zone Asia/Seoul) receives it."""
    method = 'CANCEL' if kind == 'cancel' else 'REQUEST'
    status = 'CANCELLED' if kind == 'cancel' else 'CONFIRMED'
    ls, le = start.astimezone(KST), end.astimezone(KST)
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    if lang == 'ko':
        wd = KO_WD[ls.weekday()]
        when_subj = (f'{ls.year}년 {ls.month}월 {ls.day}일 ({wd}) {ko_ampm_colon(ls)} - {ko_ampm_colon(le)} (KST)')
        when_body = f'{ls.year}년 {ls.month}월 {ls.day}일 {wd}요일⋅{ko_ampm_colon(ls)}~{ko_ampm_colon(le)[3:]}\n한국 표준시 - 서울'
        prefix = {'new': '초대', 'updated': '업데이트된 초대', 'cancel': '취소된 일정'}[kind]
        head = {'new': '', 'updated': '이 일정이 변경되었습니다.\n\n',
                'cancel': '이 일정이 취소되었으며 캘린더에서 삭제되었습니다.\n\n'}[kind]
        meet_txt = (f'Google Meet으로 참여하기\nhttps://meet.google.com/{meet}\n\n' if meet and kind != 'cancel' else '')
        guest_lines = ''.join((f'{n}' + (' - 주최자' if e == organizer[1] else '') + '\n' if n != e else '')
                              + f'{e}\n' for n, e, _ in guests)
        foot = ('\n\n~~//~~\nGoogle 캘린더 초대장: https://calendar.google.com/calendar/\n\n'
                '일정의 참석자이므로 이 이메일을 수신했습니다.\n\n'
                '이 초대장을 전달하면 수신자가 주최자에게 응답을 보내거나, 참석자 목록에 추가되거나, '
                '다른 사용자를 초대하거나, 내 참석 여부를 변경할 수 있습니다. '
                '자세히 알아보기 https://support.google.com/calendar/answer/37135#forwarding')
        plain = (f'{head}{summary}\n{when_body}\n\n{meet_txt}주최자\n{organizer[0]}\n{organizer[1]}\n\n'
                 f'참석자\n{guest_lines}모든 참석자 정보 보기 {view}\n\n{desc}' +
                 ('' if kind == 'cancel' else f'\n\n{OWNER}님의 응답 보내기 및 세부정보 더보기 {view}') + foot)
    else:
        when_subj = (f'{ls:%a} {ls:%b} {ls.day}, {ls.year} {gtime(ls)} - {gtime(le)} (KST)')
        when_body = f'{EN_WD[ls.weekday()]} {ls:%b} {ls.day}, {ls.year} ⋅ {gtime(ls)} – {gtime(le)}\nKorean Standard Time - Seoul'
        prefix = {'new': 'Invitation', 'updated': 'Updated invitation', 'cancel': 'Canceled event'}[kind]
        head = {'new': '', 'updated': 'This event has been updated\nChanged: time\n\n',
                'cancel': 'This event has been canceled and removed from your calendar.\n\n'}[kind]
        meet_txt = (f'Join with Google Meet\nhttps://meet.google.com/{meet}\n\n' if meet and kind != 'cancel' else '')
        guest_lines = ''.join((f'{n}' + (' - organizer' if e == organizer[1] else '') + '\n' if n != e else '')
                              + f'{e}\n' for n, e, _ in guests)
        foot = ('\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
                'You are receiving this email because you are an attendee on the event.\n\n'
                'Forwarding this invitation could allow any recipient to send a response to the organizer, '
                'be added to the guest list, invite others regardless of their own invitation status, '
                'or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding')
        plain = (f'{head}{summary}\n{when_body}\n\n{meet_txt}Organizer\n{organizer[0]}\n{organizer[1]}\n\n'
                 f'Guests\n{guest_lines}View all guest info {view}\n\n{desc}' +
                 ('' if kind == 'cancel' else f'\n\nReply for {OWNER} and view more details {view}') + foot)
    subject = f'{prefix}: {summary} @ {when_subj} ({OWNER})'
    cal = google_ics(method=method, start=start, end=end, stamp=date, created=created or date,
                     organizer=organizer, guests=guests, uid=uid, desc=desc, summary=summary, seq=seq,
                     status=status, meet=meet if kind != 'cancel' else None, location=location)
    b1, b2 = boundary(seed + 'mixed'), boundary(seed + 'alt')
    alt = multipart('alternative', b2, [
        textpart(plain, 'plain', 'base64', 'UTF-8', params='; format=flowed; delsp=yes'),
        textpart(html_of(plain, 'font-family:Roboto,Helvetica,Arial,sans-serif'), 'html', 'quoted-printable'),
        calpart(cal, method),
    ])
    root = multipart('mixed', b1, [alt, attachment('application/ics', 'invite.ics', cal.encode())])
    hdrs = [('Delivered-To', OWNER),
            received(date, 'mail-sor-f69.google.com', '209.85.220.69', seed),
            ('Return-Path', f'<{alnum(seed + "rp", 20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}@calendar-server.bounces.google.com>'),
            ('Reply-To', addr(*organizer)),
            ('Sender', 'Google Calendar <calendar-notification@google.com>'),
            ('Message-ID', gcal_mid(seed)), ('Date', rfc(date.astimezone(UTC))),
            ('Subject', enc_header(subject)), ('From', addr(*organizer)), ('To', OWNER)]
    return message(hdrs, root)


def plain_mail(*, seed, date, sender, to, subject, body, cc=(), reply_to=None, in_reply_to=None,
               references=None, mid=None, html_too=True, cte='base64', charset='UTF-8', codec='utf-8',
               mailer=None, extra_headers=(), attachments=(), from_host=None, ip='203.0.113.25'):
    """A person- or ATS-written message (optionally multipart/alternative, optionally with attachments)."""
    mid = mid or gmail_mid(seed)
    parts = [textpart(body, 'plain', cte, charset, codec)]
    if html_too:
        parts.append(textpart(html_of(body), 'html', cte, charset, codec))
    root = multipart('alternative', boundary(seed + 'alt'), parts) if len(parts) > 1 else parts[0]
    if attachments:
        root = multipart('mixed', boundary(seed + 'mixed'), [root, *attachments])
    dom = sender[1].split('@')[1]
    hdrs = [('Delivered-To', OWNER), received(date, from_host or f'mail.{dom}', ip, seed),
            ('Return-Path', f'<{sender[1]}>')]
    if charset.upper() != 'UTF-8':
        frm = f'{enc_header_cs(sender[0], charset, codec)} <{sender[1]}>' if not sender[0].isascii() else addr(*sender)
        subj = enc_header_cs(subject, charset, codec) if not subject.isascii() else subject
    else:
        frm, subj = addr(*sender), enc_header(subject)
    hdrs += [('From', frm), ('To', addrs(to))]
    if cc:
        hdrs.append(('Cc', addrs(cc)))
    if reply_to:
        hdrs.append(('Reply-To', addr(*reply_to)))
    hdrs += [('Subject', subj), ('Date', rfc(date)), ('Message-ID', mid)]
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
    if references:
        hdrs.append(('References', references))
    if mailer:
        hdrs.append(('X-Mailer', mailer))
    hdrs += list(extra_headers)
    return message(hdrs, root)


def label(case, *, interviews, difficulty, category, notes):
    LABELS[case] = {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
                    'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers),
            'followup_recipients': list(recipients), 'kind': kind}


def add(case, fname, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    CASES.setdefault(case, {})[fname] = data


# =========================================================================== POSITIVE CASES
def case01():
    c = 'b220-01-hanbit-ats-1st-interview-notice'
    ats = ('한빛전자 채용', 'no-reply@recruit.hanbit-elec.example')
    start = at(KST, 2026, 3, 17, 14, 0, wd='Tue')
    end = start + timedelta(hours=1)
    checkin = start - timedelta(minutes=30)
    reply_by = at(KST, 2026, 3, 11, 18, 0, wd='Wed')
    d1 = at(KST, 2026, 3, 9, 17, 30, 2, wd='Mon')
    role = '메모리 공정기술 - 식각(Etch) 경력'
    body1 = f"""한서윤 님, 안녕하십니까.
한빛전자 인사팀입니다.

2026년 상반기 한빛전자 반도체부문 경력사원 채용에 지원해 주셔서 감사합니다.
서류전형 합격을 진심으로 축하드리며, 1차 면접(실무 면접) 일정을 아래와 같이 안내드립니다.

■ 수험번호 : H26-EX-031742
■ 지원 직무 : {role}
■ 전형 단계 : 1차 면접 (실무 면접, 직무 역량 중심 기술 면접)
■ 면접 일시 : {ko_date(start)} {hm(start)} ~ {hm(end)}
■ 입실 시간 : {hm(checkin)}까지 화성캠퍼스 정문 방문객센터에서 신분증 확인 후 출입증 수령
■ 면접 장소 : 한빛전자 화성캠퍼스 H2동 1층 인재개발센터 면접대기실
■ 준비물 : 신분증, 경력증명서 사본 1부 (최종 학력 증명서는 합격 후 제출)

※ 면접 참석 여부를 {ko_date(reply_by, year=False)} {hm(reply_by)}까지 채용 홈페이지
   [마이페이지 > 전형 진행 현황]에서 반드시 회신해 주시기 바랍니다.
※ 보안 규정상 노트북, 카메라 부착 기기는 반입이 제한되며 휴대폰 카메라에는 보안 스티커가 부착됩니다.
※ 면접 관련 문의: 인사팀 채용담당 오지은 프로 (jieun.oh@hanbit-elec.example / 031-8000-4417)
※ 본 메일은 발신 전용 주소로 발송되었습니다. 회신하셔도 답변을 받으실 수 없습니다.

한빛전자 채용 홈페이지 https://recruit.hanbit-elec.example/mypage
Copyright (c) Hanbit Electronics Co., Ltd. All rights reserved.
"""
    add(c, '01-hanbit-1st-interview-schedule.eml', plain_mail(
        seed=c + '1', date=d1, sender=ats, to=[(OWNER_KO, OWNER)],
        subject='[한빛전자] 2026년 상반기 경력사원 채용 1차 면접 일정 안내', body=body1,
        mid=f'<{d1:%Y%m%d%H%M%S}.{hx(c + "m1", 12)}@recruit.hanbit-elec.example>',
        mailer='HanbitRecruit Mailer 4.2', from_host='smtp.recruit.hanbit-elec.example',
        extra_headers=[('X-Campaign-Id', 'EXP26H1-INTV1-0309')]))
    d2 = at(KST, 2026, 3, 16, 10, 0, 5, wd='Mon')
    assert (start.date() - d2.date()).days == 1
    body2 = f"""한서윤 님, 안녕하십니까.

내일({start.month}월 {start.day}일 {KO_WD[start.weekday()]}요일) {ko_ampm(start)}에 한빛전자 1차 면접(실무 면접)이 예정되어 있어 다시 한 번 안내드립니다.

- 입실: {hm(checkin)}까지 화성캠퍼스 정문 방문객센터
- 면접: {hm(start)} ~ {hm(end)}, H2동 1층 인재개발센터
- 주차가 불가하오니 대중교통 또는 셔틀(동탄역 2번 출구, 12:50 / 13:10 출발)을 이용해 주세요.

부득이하게 참석이 어려우신 경우 인사팀 오지은 프로(jieun.oh@hanbit-elec.example)에게 미리 알려주시기 바랍니다.

한빛전자 인사팀 드림
(본 메일은 발신 전용입니다.)
"""
    add(c, '02-hanbit-d-1-reminder.eml', plain_mail(
        seed=c + '2', date=d2, sender=ats, to=[(OWNER_KO, OWNER)],
        subject='[한빛전자] 1차 면접 D-1 안내 (내일 오후 2시)', body=body2,
        mid=f'<{d2:%Y%m%d%H%M%S}.{hx(c + "m2", 12)}@recruit.hanbit-elec.example>',
        mailer='HanbitRecruit Mailer 4.2', from_host='smtp.recruit.hanbit-elec.example'))
    label(c, interviews=[iv('한빛전자', role, start, end, 'scheduled', [], ['jieun.oh@hanbit-elec.example'],
                            'technical')],
          difficulty='medium', category='positive/korean-ats-notice',
          notes='Korean ATS notice from a no-reply recruit.* sender plus a D-1 reminder ("내일 오후 2시") = ONE '
                'interview. Start is 14:00, not the 13:30 check-in. No interviewer named -> follow-up goes to '
                'the HR contact given in the text, never the no-reply sender.')


def case02():
    c = 'b220-02-startup-tomorrow-2pm-cto-call'
    rec = ('김하람', 'haram.kim@sorinano.example')
    cto = ('정민석', 'minseok.jung@sorinano.example')
    d1 = at(KST, 2026, 3, 19, 10, 12, 44, wd='Thu')
    start = at(KST, 2026, 3, 20, 14, 0, wd='Fri')
    assert (start.date() - d1.date()).days == 1
    end = start + timedelta(minutes=30)
    body1 = """서윤님 안녕하세요,
소리나노텍 피플팀 김하람입니다.

채용 페이지를 통해 지원해주신 공정개발 엔지니어(ALD) 포지션 서류 잘 검토했습니다.
식각 공정 경험이 저희 장비 데모 평가 쪽에 잘 맞을 것 같다는 의견이 많았어요 :)

다음 단계로 CTO 정민석 님과 30분 정도 화상으로 1차 인터뷰를 진행하고 싶은데요,
급하게 말씀드려 죄송하지만 혹시 내일 오후 2시 괜찮으실까요?
어려우시면 다음 주 월요일 오전도 가능합니다.

감사합니다.
김하람 드림

--
김하람 | People Team
소리나노텍 (Sori Nanotech Inc.)
경기도 성남시 분당구 판교역로 (가상) 2층
M. 010-4821-3307
"""
    m1 = gmail_mid(c + '1')
    add(c, '01-sori-first-call-request.eml', plain_mail(
        seed=c + '1', date=d1, sender=rec, to=[(OWNER_KO, OWNER)], mid=m1,
        subject='[소리나노텍] 공정개발 엔지니어(ALD) 포지션 관련 연락드립니다', body=body1,
        from_host='mail-sor-f41.google.com', ip='209.85.220.41'))
    d_owner = at(KST, 2026, 3, 19, 10, 48, 3)
    d2 = at(KST, 2026, 3, 19, 11, 5, 31, wd='Thu')
    owner_reply = """안녕하세요 하람님,

연락 주셔서 감사합니다. 내일 오후 2시 가능합니다.
Google Meet이나 Zoom 모두 괜찮습니다.

감사합니다.
한서윤 드림"""
    body2 = f"""서윤님, 회신 감사합니다!

그럼 내일 오후 2시로 확정하겠습니다. 정민석 CTO님(cc)께서 직접 들어오시고, 30분 정도 예상하고 있어요.
Google Meet 링크: https://meet.google.com/ryd-kqpw-fhe

편하게 이야기 나누는 자리라 따로 준비하실 건 없고, 최근에 하셨던 공정 개선 사례 한두 개 정도
말씀해주시면 좋을 것 같습니다.

김하람 드림

{gmail_attrib_ko(d_owner, OWNER_KO, OWNER)}
{quote_lines(owner_reply)}
>
> {gmail_attrib_ko(d1, rec[0], rec[1])}
{quote_lines(quote_lines(body1.split('--')[0].rstrip()), '> ')}
"""
    m_owner = gmail_mid(c + 'owner')
    add(c, '02-re-sori-confirmed-tomorrow.eml', plain_mail(
        seed=c + '2', date=d2, sender=rec, to=[(OWNER_KO, OWNER)], cc=[cto],
        subject='Re: [소리나노텍] 공정개발 엔지니어(ALD) 포지션 관련 연락드립니다', body=body2,
        in_reply_to=m_owner, references=f'{m1}\n {m_owner}',
        from_host='mail-sor-f41.google.com', ip='209.85.220.41'))
    label(c, interviews=[iv('소리나노텍', '공정개발 엔지니어(ALD)', start, end, 'scheduled', [cto[1]], [cto[1]],
                            'phone_screen')],
          difficulty='medium', category='positive/relative-date-thread',
          notes='"내일 오후 2시" resolved against the Thu 2026-03-19 message dates -> Fri 03-20 14:00 KST, 30 min. '
                'The CTO (cc) conducts the call; the recruiter only schedules. "다음 주 월요일 오전" was an '
                'unused alternative.')


def case03():
    c = 'b220-03-headhunter-next-tuesday-client'
    hh = ('이도현', 'dohyun.lee@lumensearch.example')
    cs, codec = 'ks_c_5601-1987', 'cp949'
    d1 = at(KST, 2026, 3, 30, 9, 41, 12, wd='Mon')
    sig = """이도현 이사 | Partner
루멘서치 (Lumen Search Partners) 반도체/소재 프랙티스
M. 010-7734-2210 | dohyun.lee@lumensearch.example
서울특별시 강남구 테헤란로 (가상) 14층"""
    body1 = f"""한서윤 책임님, 안녕하세요.
루멘서치 이도현입니다.

지난주 추천드린 가온머티리얼즈 CMP 공정 엔지니어(책임급) 포지션 관련하여,
고객사에서 서류 검토 후 면접을 진행하고 싶다는 회신을 받았습니다. 축하드립니다.

고객사는 다음 주 화요일 또는 수요일 오전 중 1차 면접(팀장 면접)을 희망하고 있습니다.
가능하신 시간대를 알려주시면 제가 고객사와 조율하겠습니다.

감사합니다.

{sig}
"""
    m1 = f'<{hx(c + "m1", 16).upper()}$@lumensearch.example>'
    add(c, '01-lumen-client-wants-interview.eml', plain_mail(
        seed=c + '1', date=d1, sender=hh, to=[(OWNER_KO, OWNER)], mid=m1,
        subject='[루멘서치] 가온머티리얼즈 서류 통과 및 면접 일정 조율 건', body=body1,
        charset=cs, codec=codec, mailer='Microsoft Outlook 16.0', html_too=False))
    d_owner = at(KST, 2026, 3, 30, 20, 3, 0, wd='Mon')
    d_client = at(KST, 2026, 4, 1, 15, 52, 0, wd='Wed')
    d3 = at(KST, 2026, 4, 1, 16, 20, 45, wd='Wed')
    start = at(KST, 2026, 4, 7, 10, 30, wd='Tue')
    # "다음 주 화요일" from Wed 2026-04-01 = Tue of the following calendar week
    assert start.isocalendar()[1] == d3.isocalendar()[1] + 1 and start.weekday() == 1
    end = start + timedelta(hours=1)
    body3 = f"""한서윤 책임님,

고객사와 조율 결과, 다음 주 화요일 {ko_ampm(start)}으로 면접이 확정되었습니다.
아래 고객사 인사팀 회신 내용 함께 전달드립니다.

면접 관련 문의나 일정 변경은 고객사에 직접 연락하지 마시고 꼭 저에게 말씀해 주세요.
면접 끝나시면 짧게라도 통화 한번 부탁드립니다. 고객사 피드백 받기 전에 분위기 먼저 여쭙고 싶습니다.

감사합니다.

{sig}

-----Original Message-----
From: "백승아" <seunga.baek@gaonmaterials.example>
To: "이도현" <dohyun.lee@lumensearch.example>
Cc: <research@lumensearch.example>
Sent: {d_client.year}-{d_client.month:02d}-{d_client.day:02d} (수) {hm(d_client)}:00
Subject: RE: [루멘서치] 한서윤 후보자 면접 일정 회신

이도현 이사님 안녕하세요, 가온머티리얼즈 인사팀 백승아입니다.

한서윤 후보자 면접 일정 아래와 같이 확정하여 안내드립니다.

- 일시: 다음 주 화요일 {hm(start)} (약 1시간)
- 장소: 가온머티리얼즈 판교 R&D센터 5층 소회의실 (1층 안내데스크에서 방문 등록)
- 면접관: CMP기술팀 윤재석 팀장
- 지참: 이력서 1부, 신분증

후보자분께 전달 부탁드립니다.
감사합니다.
백승아 드림

-----Original Message-----
From: "한서윤" <seoyun.han@example.com>
To: "이도현" <dohyun.lee@lumensearch.example>
Sent: 2026-03-30 (월) 20:03:00
Subject: RE: [루멘서치] 가온머티리얼즈 서류 통과 및 면접 일정 조율 건

이사님 안녕하세요. 좋은 소식 감사합니다.
다음 주 화요일, 수요일 오전 모두 가능합니다. 가능하면 화요일이 더 좋습니다.
한서윤 드림
"""
    add(c, '02-lumen-interview-confirmed-fw-client.eml', plain_mail(
        seed=c + '3', date=d3, sender=hh, to=[(OWNER_KO, OWNER)], cc=[('', 'research@lumensearch.example')],
        subject='RE: [루멘서치] 가온머티리얼즈 서류 통과 및 면접 일정 조율 건 - 면접 확정',
        body=body3, in_reply_to=f'<{hx(c + "own", 16).upper()}@example.com>',
        references=f'{m1}\n <{hx(c + "own", 16).upper()}@example.com>',
        mid=f'<{hx(c + "m3", 16).upper()}$@lumensearch.example>',
        charset=cs, codec=codec, mailer='Microsoft Outlook 16.0', html_too=False))
    label(c, interviews=[iv('가온머티리얼즈', 'CMP 공정 엔지니어(책임급)', start, end, 'scheduled', [],
                            [hh[1]], 'hiring_manager')],
          difficulty='hard', category='positive/headhunter-relative-date',
          notes='서치펌 headhunter books a client interview; "다음 주 화요일 오전 10시 30분" resolved against the Wed '
                '2026-04-01 message -> Tue 04-07 10:30 KST, "약 1시간". Body is ks_c_5601-1987 (cp949) base64. '
                'Interviewer named without address. Follow-up = the headhunter, who asks to be the single '
                'contact (the client HR address only appears in the forwarded block and never wrote to the '
                'user; research@ is a group address).')


def case04():
    c = 'b220-04-hsinchu-teams-taipei-time'
    rec = ('Yi-Ting Chen', 'yiting.chen@formosawafer.example')
    mgr = ('Chih-Wei Lin', 'chihwei.lin@formosawafer.example')
    d1 = at(TPE, 2026, 3, 11, 14, 5, 18, wd='Wed')
    start = at(TPE, 2026, 3, 24, 10, 0, wd='Tue')
    end = start + timedelta(hours=1)
    ks, ke = start.astimezone(KST), end.astimezone(KST)
    role = 'Senior Process Engineer (Dry Etch)'
    body1 = f"""Dear Seoyun,

Thank you for your interest in Formosa Wafer Manufacturing Corp. (FWMC). I am pleased to let you know that our Etch Process Integration department would like to invite you to a first-round technical interview for the {role} position at Fab 12B, Hsinchu.

Date: {en_date(start)}
Time: {hm(start)}-{hm(end)} Taiwan time (UTC+8) / {hm(ks)}-{hm(ke)} Korea time
Format: Microsoft Teams video call (a separate invitation will follow)
Interviewer: Dr. Chih-Wei Lin, Section Manager, Etch Process Integration

The interview will be conducted in English. Dr. Lin may ask you to walk through one etch issue you resolved (profile, selectivity or defect related); no slides are needed.

If you need to change the time, please reply to me at least two working days in advance.

Best regards,

Yi-Ting Chen 陳怡婷
Talent Acquisition, Human Resources Division
Formosa Wafer Manufacturing Corp.
Hsinchu Science Park, Hsinchu, Taiwan
Tel: +886-3-578-0000 ext. 61824
"""
    add(c, '01-fwmc-interview-arrangement.eml', plain_mail(
        seed=c + '1', date=d1, sender=rec, to=[(OWNER_EN, OWNER)],
        subject=f'Interview arrangement - {role}, FWMC Fab 12B', body=body1,
        mid=outlook_mid(c + '1', 'TYZPR03MB', 'apcprd03'), cte='quoted-printable',
        from_host='mail-tyzapc01on2071.outbound.protection.outlook.com', ip='40.107.117.71',
        extra_headers=[('Thread-Topic', f'Interview arrangement - {role}, FWMC Fab 12B'),
                       ('Thread-Index', thread_index(c + '1')), ('Content-Language', 'en-US')]))
    d2 = at(TPE, 2026, 3, 11, 14, 12, 40, wd='Wed')
    inv_body = (f'Dear Seoyun,\n\nThis is the Teams invitation for your technical interview with Dr. Chih-Wei Lin '
                f'for the {role} role. Please join 5 minutes early to check your audio and camera.\n\nYi-Ting Chen\nFWMC Talent Acquisition')
    msg, _ = exchange_invite(
        seed=c + '2', date=d2, sender=rec, to=[(OWNER_EN, OWNER), mgr],
        subject=f'FWMC Technical Interview - Seoyun Han ({role})', wtz='Taipei Standard Time',
        vtz=vtz_fixed('Taipei Standard Time', '+0800'), start=start, end=end, organizer=rec,
        attendees=[(OWNER_EN, OWNER), mgr], body=inv_body, mid_prefix='TYZPR03MB', region='apcprd03')
    add(c, '02-fwmc-teams-invitation.eml', msg)
    label(c, interviews=[iv('Formosa Wafer Manufacturing Corp.', role, start, end, 'scheduled', [mgr[1]],
                            [mgr[1]], 'technical')],
          difficulty='medium', category='positive/dedupe-teams-taiwan',
          notes='Recruiter e-mail + Exchange/Teams invite (TZID "Taipei Standard Time", UTC+8) = ONE interview at '
                '10:00 Taipei = 11:00 KST. Organizer only schedules; the section manager conducts.')


def case05():
    c = 'b220-05-arizona-zoom-mst-no-dst'
    rec = ('Dana Whitfield', 'dana.whitfield@sonoranfoundry.example')
    mgr = ('Mark Ellison', 'mark.ellison@sonoranfoundry.example')
    role = 'Etch Process Engineer III'
    d1 = at(PHX, 2026, 3, 4, 15, 22, 10, wd='Wed')
    start = at(PHX, 2026, 3, 9, 16, 0, wd='Mon')
    end = start + timedelta(hours=1)
    ks, ke = start.astimezone(KST), end.astimezone(KST)
    assert ks.strftime('%a') == 'Tue' and ks.hour == 8
    assert start.utcoffset() == timedelta(hours=-7)
    assert at(PAC, 2026, 3, 9, 16, 0).utcoffset() == timedelta(hours=-7)   # CA already on PDT that Monday
    body1 = f"""Hi Seoyun,

Great news - Mark Ellison, our Etch Module Manager, would like to meet you for the hiring manager interview for the {role} role at our Chandler fab.

When: {en_date(start)}, {h12(start)} - {h12(end)} Arizona time (MST)
For you in Seoul: {en_date(ks)}, {h12(ks)} - {h12(ke)} KST

Arizona does not observe daylight saving time, so our clocks don't move this Sunday. California does switch on March 8, so if you are also talking to Bay Area companies, from that date they will be on the same clock as us.

Mark will send the Zoom invitation directly. Let me know if anything changes on your side.

Thanks,
Dana

Dana Whitfield
Senior Technical Recruiter | Sonoran Foundry
Chandler, Arizona
"""
    m1 = outlook_mid(c + '1', 'BY5PR17MB', 'namprd17')
    add(c, '01-sonoran-hm-interview-time.eml', plain_mail(
        seed=c + '1', date=d1, sender=rec, to=[(OWNER_EN, OWNER)], mid=m1,
        subject=f'Sonoran Foundry - Hiring Manager Interview ({role})', body=body1, cte='quoted-printable',
        from_host='mail-by5pr17.outbound.protection.outlook.com', ip='40.107.220.90'))
    d2 = at(PHX, 2026, 3, 4, 15, 40, 2, wd='Wed')
    mtg = '845 1209 3377'
    zoom_url = 'https://sonoranfoundry.zoom.us/j/84512093377?pwd=bVh3UkFxT2N0bWx4Q1ZpR0hLa0Z5Zz09'
    topic = f'Seoyun Han - Hiring Manager Interview ({role})'
    zoom_txt = f"""Mark Ellison is inviting you to a scheduled Zoom meeting.

Topic: {topic}
Time: {start:%b} {start.day}, {start.year} {start.hour % 12 or 12:02d}:{start.minute:02d} {'AM' if start.hour < 12 else 'PM'} Arizona

Join Zoom Meeting
{zoom_url}

Meeting ID: {mtg}
Passcode: 602914

---

One tap mobile
+16699006833,,84512093377#,,,,*602914# US (San Jose)
+12532158782,,84512093377#,,,,*602914# US (Tacoma)

---

Dial by your location
* +1 669 900 6833 US (San Jose)
* +1 253 215 8782 US (Tacoma)
* +82 2 6022 2322 Korea, Republic of

Meeting ID: {mtg}
Passcode: 602914

Find your local number: https://sonoranfoundry.zoom.us/u/abXq8Kz1Pd
"""
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0',
               'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'CLASS:PUBLIC',
               *vtz_fixed('America/Phoenix', '-0700', 'MST', '19700101T000000',
                          ['LAST-MODIFIED:20240422T053451Z',
                           'TZURL:https://www.tzurl.org/zoneinfo-outlook/America/Phoenix',
                           'X-LIC-LOCATION:America/Phoenix']),
               'BEGIN:VEVENT', f'DTSTAMP:{ics_utc(d2)}',
               f'DTSTART;TZID=America/Phoenix:{ics_local(start)}',
               f'DTEND;TZID=America/Phoenix:{ics_local(end)}',
               f'SUMMARY:{esc(topic)}', f'UID:{ics_utc(d2)}-84512093377@zoom.us',
               'TZID:America/Phoenix', f'DESCRIPTION:{esc(zoom_txt)}', f'LOCATION:{zoom_url}',
               f'ORGANIZER;CN=Mark Ellison:mailto:{mgr[1]}',
               'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
               'END:VEVENT', 'END:VCALENDAR'])
    body2 = f"""Hi Seoyun,

Looking forward to talking on Monday afternoon (my time). I'll spend most of the hour on your etch experience - chamber matching and any yield excursions you've owned - and leave 15 minutes for your questions about the team. Zoom details below and in the attached calendar file.

Mark

{zoom_txt}"""
    add(c, '02-sonoran-zoom-invitation.eml', plain_mail(
        seed=c + '2', date=d2, sender=mgr, to=[(OWNER_EN, OWNER)], cc=[rec],
        subject=f'Zoom: {topic}', body=body2, html_too=False, cte='quoted-printable',
        in_reply_to=m1, references=m1, mid=outlook_mid(c + '2', 'BY5PR17MB', 'namprd17'),
        from_host='mail-by5pr17.outbound.protection.outlook.com', ip='40.107.220.97',
        attachments=[part('text/calendar; charset="utf-8"; name="zoom_meeting.ics"', b64wrap(cal.encode()),
                          'base64', [('Content-Disposition', 'attachment; filename="zoom_meeting.ics"')])]))
    label(c, interviews=[iv('Sonoran Foundry', role, start, end, 'scheduled', [mgr[1]], [mgr[1]],
                            'hiring_manager')],
          difficulty='medium', category='positive/zoom-arizona-no-dst',
          notes='Arizona (America/Phoenix) stays on MST, UTC-7, across the 2026-03-08 US DST switch; Mon 16:00 '
                'MST = Tue 08:00 KST. Recruiter mail + Zoom mail with .ics = ONE interview. Recruiter (cc) '
                'does not interview.')


def case06():
    c = 'b220-06-california-reschedule-across-dst'
    mgr = ('Kevin Tran', 'kevin.tran@pacificetch.example')
    role = 'Process Applications Engineer (Etch)'
    summary = f'Pacific Etch Systems - Technical Interview: {role} ({OWNER_EN})'
    uid = gcal_eid(c + 'uid') + '@google.com'
    first = at(PAC, 2026, 3, 5, 17, 0, wd='Thu')
    assert first.utcoffset() == timedelta(hours=-8)
    d1 = at(UTC, 2026, 2, 25, 22, 14, 9, wd='Wed')
    desc = (f'Hi Seoyun - this is the technical round for the {role} role (customer fab support, Korea). '
            f'I will walk through a couple of chamber matching scenarios with you. 60 minutes.\n\n'
            f'Kevin Tran\nSr. Manager, Process Applications\nPacific Etch Systems, Fremont CA')
    guests = [(mgr[0], mgr[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')]
    meet = 'wpe-hzcx-qmr'
    add(c, '01-invitation-technical-interview.eml', google_invite(
        seed=c + '1', date=d1, organizer=mgr, guests=guests, summary=summary, start=first,
        end=first + timedelta(hours=1), desc=desc, uid=uid, seq=0, kind='new', meet=meet))
    start = at(PAC, 2026, 3, 12, 17, 0, wd='Thu')
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=-7)
    ks_old, ks_new = first.astimezone(KST), start.astimezone(KST)
    assert (ks_old.hour, ks_new.hour) == (10, 9) and ks_new.strftime('%a') == 'Fri'
    d2 = at(PAC, 2026, 3, 3, 9, 31, 55, wd='Tue')
    body2 = f"""Hi Seoyun,

Apologies for the late change - I have to be at a customer fab all day Thursday. Could we push our interview exactly one week, to Thursday March {start.day}, same time ({gtime(start)} Pacific)?

Note the US switches to daylight saving time on March 8, so for you in Seoul it becomes Friday March {ks_new.day} at {h12(ks_new)} instead of {h12(ks_old)}. I've already updated the calendar invite - let me know if that doesn't work and I'll find another slot.

Thanks for your flexibility,
Kevin

--
Kevin Tran | Sr. Manager, Process Applications
Pacific Etch Systems | Fremont, CA
"""
    add(c, '02-kevin-can-we-push-a-week.eml', plain_mail(
        seed=c + '2', date=d2, sender=mgr, to=[(OWNER_EN, OWNER)],
        subject=f'Moving our interview to Thu 3/{start.day}', body=body2,
        from_host='mail-sor-f52.google.com', ip='209.85.220.52'))
    d3 = at(UTC, 2026, 3, 3, 17, 33, 40, wd='Tue')
    add(c, '03-updated-invitation-technical-interview.eml', google_invite(
        seed=c + '3', date=d3, organizer=mgr, guests=guests, summary=summary, start=start, end=end,
        desc=desc, uid=uid, seq=1, kind='updated', meet=meet, created=d1))
    label(c, interviews=[iv('Pacific Etch Systems', role, start, end, 'scheduled', [mgr[1]], [mgr[1]],
                            'technical')],
          difficulty='hard', category='positive/reschedule-dst',
          notes='Google invite Thu 03-05 17:00 PST (Fri 10:00 KST) moved one week by e-mail + Updated invitation '
                '(SEQUENCE 1) to Thu 03-12 17:00 PDT. Same Pacific wall-clock, but the US DST switch on 03-08 '
                'moves it to Fri 09:00 KST. Invite e-mails display KST (owner calendar zone).')


def case07():
    c = 'b220-07-onsite-pt-and-two-rounds'
    coord = ('최유진', 'yujin.choi@taeyangsemi.example')
    p1 = ('서정훈', 'jeonghoon.seo@taeyangsemi.example')
    p2 = ('문가은', 'gaeun.moon@taeyangsemi.example')
    p3 = ('남궁혁', 'hyuk.namgung@taeyangsemi.example')
    role = '공정기술(식각) 경력 - 책임'
    d1 = at(KST, 2026, 4, 2, 15, 10, 27, wd='Thu')
    day = at(KST, 2026, 4, 16, 0, 0, wd='Thu')
    arrive = day.replace(hour=9, minute=30)
    pt_s, pt_e = day.replace(hour=10), day.replace(hour=10, minute=30)
    r1_s, r1_e = day.replace(hour=10, minute=40), day.replace(hour=11, minute=40)
    r2_s, r2_e = day.replace(hour=13), day.replace(hour=14)
    due = at(KST, 2026, 4, 14, 18, 0, wd='Tue')
    body = f"""한서윤 님 안녕하세요.
태양반도체 인재채용팀 최유진 매니저입니다.

지원하신 [{role}] 포지션의 최종 면접을 아래와 같이 하루에 통합하여 진행합니다.
(직무 PT 발표, 실무 면접, 임원 면접을 같은 날 연속으로 진행하는 1일 통합 전형입니다.)

▶ 일자: {ko_date(day)}
▶ 장소: 태양반도체 평택캠퍼스 P1 사무동 3층 채용면접장

▶ 세부 일정
  {hm(arrive)}          1층 안내데스크 도착, 방문증 수령 (신분증 지참)
  {hm(pt_s)}~{hm(pt_e)}   직무 PT 발표 (발표 15분 + 질의응답 15분) - 실무 면접위원 참석
  {hm(r1_s)}~{hm(r1_e)}   실무 면접 - 식각기술그룹 서정훈 그룹장, 문가은 책임
  {hm(r1_e)}~{hm(r2_s)}   중식 (사내 식당, 인재채용팀 동행)
  {hm(r2_s)}~{hm(r2_e)}   임원 면접 - 제조기술센터장 남궁혁 상무
  {hm(r2_e)}~         종료 및 귀가 (교통비 실비 지급)

▶ PT 주제: "최근 3년간 수행한 식각 공정 개선 사례 1건" (10장 내외, PPT 또는 PDF)
  - 발표 자료는 {ko_date(due, year=False)} {hm(due)}까지 본 메일로 회신해 주세요.
  - 보안상 개인 노트북 반입이 불가하여 당일에는 회사 PC로 발표하시게 됩니다.

▶ 오전(PT/실무 면접), 오후(임원 면접) 캘린더 초대(.ics) 2건을 첨부드렸습니다.

문의 사항은 저에게 편하게 연락 주세요.

최유진 드림
태양반도체 인재채용팀 매니저
yujin.choi@taeyangsemi.example | 031-6000-2841
"""
    vtz = vtz_fixed('Asia/Seoul', '+0900', 'KST', '19700101T000000')

    def grp_ics(seed, s, e, summary, people, desc):
        lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Taeyang Semicon//GW Calendar 3.2//KO',
                 'METHOD:REQUEST', *vtz, 'BEGIN:VEVENT', f'UID:{hx(seed, 24)}@gw.taeyangsemi.example',
                 f'DTSTAMP:{ics_utc(d1)}', f'DTSTART;TZID=Asia/Seoul:{ics_local(s)}',
                 f'DTEND;TZID=Asia/Seoul:{ics_local(e)}', f'SUMMARY:{esc(summary)}',
                 f'LOCATION:{esc("태양반도체 평택캠퍼스 P1 사무동 3층 채용면접장")}', f'DESCRIPTION:{esc(desc)}',
                 f'ORGANIZER;CN={coord[0]}:mailto:{coord[1]}',
                 att(OWNER_KO, OWNER, cutype='INDIVIDUAL')]
        for n, em in people:
            lines.append(att(n, em, partstat='ACCEPTED', rsvp='FALSE', cutype='INDIVIDUAL'))
        lines += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
        return ics(lines)

    ics_am = grp_ics(c + 'am', pt_s, r1_e, '[태양반도체 최종면접] 직무 PT 발표 및 실무 면접 - 한서윤',
                     [p1, p2], f'{hm(pt_s)}~{hm(pt_e)} 직무 PT 발표\n{hm(r1_s)}~{hm(r1_e)} 실무 면접\n'
                     f'{hm(arrive)}까지 1층 안내데스크 도착')
    ics_pm = grp_ics(c + 'pm', r2_s, r2_e, '[태양반도체 최종면접] 임원 면접 - 한서윤', [p3],
                     f'{hm(r2_s)}~{hm(r2_e)} 임원 면접 (제조기술센터장)')
    add(c, '01-taeyang-final-interview-day.eml', plain_mail(
        seed=c + '1', date=d1, sender=coord, to=[(OWNER_KO, OWNER)],
        subject='[태양반도체] 경력사원 최종면접(1일 통합전형) 일정 안내 - 한서윤 님', body=body,
        mid=f'<{hx(c + "m", 20)}@gw.taeyangsemi.example>', mailer='TaeyangGW WebMail',
        attachments=[attachment('text/calendar', '01_오전_PT_실무면접.ics', ics_am.encode()),
                     attachment('text/calendar', '02_오후_임원면접.ics', ics_pm.encode())]))
    label(c, interviews=[iv('태양반도체', role, pt_s, r2_e, 'scheduled', [p1[1], p2[1], p3[1]],
                            [p1[1], p2[1], p3[1]], 'onsite')],
          difficulty='hard', category='positive/onsite-same-day',
          notes='Same-day loop: PT presentation 10:00, 실무 면접 10:40-11:40, lunch, 임원 면접 13:00-14:00, sent '
                'with two .ics attachments -> ONE onsite 10:00-14:00 KST (not the 09:30 arrival) with all three '
                'interviewers (addresses only in the .ics ATTENDEE lines). Coordinator is organizer only.')


def case08():
    c = 'b220-08-two-rounds-teams-then-executive'
    hr = ('강민지', 'minji.kang@seorinsemi.example')
    tech = ('한동욱', 'donguk.han@seorinsemi.example')
    role = '공정개발 경력(식각/증착)'
    d1 = at(KST, 2026, 3, 5, 16, 40, 11, wd='Thu')
    s1 = at(KST, 2026, 3, 12, 10, 0, wd='Thu')
    e1 = s1 + timedelta(hours=1)
    body1 = f"""한서윤 님 안녕하세요.
서린반도체 인사팀 강민지입니다.

서린반도체 {role} 채용에 지원해 주셔서 감사드리며, 서류전형 합격을 축하드립니다.
1차 실무면접을 아래와 같이 화상으로 진행하고자 합니다.

1. 일시: {ko_date(s1)} {ko_ampm(s1)} ~ {ko_ampm(e1)} (60분)
2. 방식: MS Teams 화상면접 (별도 Teams 초대장 발송 예정)
3. 면접관: 공정개발팀 한동욱 수석
4. 유의사항
   - 면접 10분 전까지 접속하여 카메라/마이크를 점검해 주세요.
   - 조용하고 개인적인 공간에서 응시해 주시기 바랍니다.

일정 조정이 필요하시면 본 메일로 회신 부탁드립니다.

감사합니다.
강민지 드림
서린반도체 인사팀 | 031-5180-7724
"""
    m1 = outlook_mid(c + '1')
    add(c, '01-seorin-1st-interview-notice.eml', plain_mail(
        seed=c + '1', date=d1, sender=hr, to=[(OWNER_KO, OWNER)], mid=m1,
        subject='[서린반도체] 1차 실무면접(화상) 일정 안내', body=body1,
        from_host='mail-sl2apc01.outbound.protection.outlook.com', ip='40.107.255.88'))
    d2 = at(KST, 2026, 3, 5, 16, 42, 50, wd='Thu')
    msg, _ = exchange_invite(
        seed=c + '2', date=d2, sender=hr, to=[(OWNER_KO, OWNER), tech],
        subject='[서린반도체] 1차 실무면접 - 한서윤', wtz='Korea Standard Time',
        vtz=vtz_fixed('Korea Standard Time', '+0900'), start=s1, end=e1, organizer=hr,
        attendees=[(OWNER_KO, OWNER), tech],
        body='한서윤 님, 1차 실무면접 Teams 초대장입니다. 면접관: 공정개발팀 한동욱 수석\n\n강민지 드림',
        lang='ko-KR')
    add(c, '02-seorin-teams-invite-round1.eml', msg)
    d3 = at(KST, 2026, 3, 13, 11, 20, 4, wd='Fri')
    s2 = at(KST, 2026, 3, 26, 15, 0, wd='Thu')
    e2 = s2 + timedelta(minutes=40)
    lobby = s2 - timedelta(minutes=20)
    body3 = f"""한서윤 님 안녕하세요.
서린반도체 인사팀 강민지입니다.

어제 1차 실무면접에 참석해 주셔서 감사합니다. 1차 면접 합격을 축하드리며,
2차 면접(임원 면접)을 아래와 같이 대면으로 진행합니다.

1. 일시: {ko_date(s2)} {ko_ampm(s2)} (약 40분 소요)
2. 장소: 서린반도체 용인 본사 A동 12층 임원회의실
3. 면접위원: 임원 2인 (공정개발센터장, 품질센터장)
4. 도착: {hm(lobby)}까지 A동 1층 로비로 오시면 제가 안내해 드리겠습니다.
5. 지참: 신분증

면접 당일 교통비는 별도로 지급됩니다.
감사합니다.

강민지 드림
서린반도체 인사팀 | 031-5180-7724
"""
    add(c, '03-seorin-pass-and-executive-interview.eml', plain_mail(
        seed=c + '3', date=d3, sender=hr, to=[(OWNER_KO, OWNER)],
        subject='[서린반도체] 1차 면접 합격 및 2차(임원) 면접 안내', body=body3,
        mid=outlook_mid(c + '3'), from_host='mail-sl2apc01.outbound.protection.outlook.com', ip='40.107.255.91'))
    assert (d3.date() - s1.date()).days == 1   # "어제 1차 실무면접"
    label(c, interviews=[
        iv('서린반도체', role, s1, e1, 'scheduled', [tech[1]], [tech[1]], 'technical'),
        iv('서린반도체', role, s2, e2, 'scheduled', [], [hr[1]], 'onsite')],
        difficulty='hard', category='positive/two-interviews',
        notes='Two interviews: 1차 실무면접 (notice + Teams invite in "Korea Standard Time" = one) on 03-12 '
              '10:00-11:00 KST, then 2차 임원 면접 03-26 15:00 (+40 min; 14:40 is lobby arrival). The exec '
              'panel has no addresses -> follow-up to HR; a two-executive panel is kind onsite per the rules.')


def case09():
    c = 'b220-09-startup-interview-cancelled'
    cto = ('배성호', 'sungho.bae@haneulmetro.example')
    role = '공정 응용 엔지니어 (광학 계측)'
    summary = f'[하늘메트롤로지] 기술 면접 - 한서윤님 ({role})'
    eid = gcal_eid(c + 'uid')
    uid = eid + '@google.com'
    start = at(KST, 2026, 4, 2, 16, 30, wd='Thu')
    end = start + timedelta(hours=1)
    d1 = at(UTC, 2026, 3, 26, 5, 2, 11, wd='Thu')
    desc = (f'안녕하세요 서윤님, 하늘메트롤로지 CTO 배성호입니다.\n{role} 포지션 기술 면접입니다. '
            f'식각 후 CD/프로파일 계측 관련 경험 위주로 이야기 나누면 좋겠습니다. 1시간 예정입니다.')
    guests = [(cto[0], cto[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')]
    add(c, '01-invitation-tech-interview.eml', google_invite(
        seed=c + '1', date=d1, organizer=cto, guests=guests, summary=summary, start=start, end=end,
        desc=desc, uid=uid, lang='ko', meet='kfn-rtqa-bwd'))
    d2 = at(KST, 2026, 3, 30, 18, 47, 20, wd='Mon')
    body2 = f"""서윤님 안녕하세요, 배성호입니다.

정말 죄송한 말씀을 드리게 되었습니다.
이번 주 목요일({start.month}/{start.day}) {ko_ampm(start)}으로 잡아두었던 기술 면접을 취소해야 할 것 같습니다.

후속 투자 일정이 미뤄지면서 {role} 채용이 잠정 보류되었습니다.
서윤님 이력이 저희에게 꼭 필요한 경험이라 더 아쉽습니다.
채용이 재개되면 가장 먼저 연락드리겠습니다. 캘린더 초대는 곧 취소 처리하겠습니다.

배성호 드림
CTO | 하늘메트롤로지 (Haneul Metrology)
"""
    add(c, '02-cto-we-need-to-cancel.eml', plain_mail(
        seed=c + '2', date=d2, sender=cto, to=[(OWNER_KO, OWNER)],
        subject='면접 취소 관련 안내드립니다 (하늘메트롤로지)', body=body2,
        from_host='mail-sor-f45.google.com', ip='209.85.220.45'))
    assert start.isocalendar()[1] == d2.isocalendar()[1]   # "이번 주 목요일"
    d3 = at(UTC, 2026, 3, 30, 9, 49, 30, wd='Mon')
    add(c, '03-canceled-event-tech-interview.eml', google_invite(
        seed=c + '3', date=d3, organizer=cto, guests=guests, summary=summary, start=start, end=end,
        desc=desc, uid=uid, seq=1, kind='cancel', lang='ko', created=d1))
    add(c, '04-deleted-event.gcal.json', json.dumps(
        {'kind': 'calendar#event', 'etag': f'"{int(hx(c + "etag", 12), 16)}"', 'id': eid,
         'status': 'cancelled'}, indent=2, ensure_ascii=False) + '\n')
    label(c, interviews=[iv('하늘메트롤로지', role, start, end, 'cancelled', [cto[1]], [cto[1]], 'technical')],
          difficulty='medium', category='positive/cancellation',
          notes='Korean-UI Google invite, cancellation e-mail from the CTO, Google "취소된 일정" (METHOD:CANCEL, '
                'SEQUENCE 1) and a deleted Calendar API event (id/status only). One interview, status '
                'cancelled, kept at its last time Thu 04-02 16:30 KST.')


def case10():
    c = 'b220-10-hsinchu-panel-gcal-json'
    rec = ('Pei-Shan Tsai', 'peishan.tsai@jaderiver-semi.example')
    p1 = ('Kuan-Yu Huang', 'kuanyu.huang@jaderiver-semi.example')
    p2 = ('Wen-Chi Liao', 'wenchi.liao@jaderiver-semi.example')
    role = 'Process Integration Engineer (Advanced Packaging)'
    d1 = at(TPE, 2026, 4, 10, 17, 25, 40, wd='Fri')
    start = at(TPE, 2026, 4, 23, 15, 30, wd='Thu')
    end = start + timedelta(minutes=60)
    ks, ke = start.astimezone(KST), end.astimezone(KST)
    body1 = f"""Hi Seoyun,

Thanks again for your application to Jade River Semiconductor (JRS). The team enjoyed reading about your etch work on high-aspect-ratio structures, and we would like to invite you to a 60-minute panel interview for the {role} role.

Panel:
- Kuan-Yu Huang, Director, Process Integration
- Wen-Chi Liao, Principal Engineer, Hybrid Bonding

When: {en_date(start)}, {h12(start)} - {h12(end)} Taiwan time ({h12(ks)} - {h12(ke)} in Seoul)
Where: Google Meet - the link is in the calendar invitation I just sent

Please prepare a short (10 min) overview of one integration problem you solved. Screen sharing is fine.

Best,
Pei-Shan

Pei-Shan Tsai | Talent Acquisition Partner
Jade River Semiconductor | Hsinchu Science Park
"""
    add(c, '01-jrs-panel-interview.eml', plain_mail(
        seed=c + '1', date=d1, sender=rec, to=[(OWNER_EN, OWNER)],
        subject=f'JRS - Panel interview, {role}', body=body1,
        from_host='mail-sor-f48.google.com', ip='209.85.220.48'))
    eid = gcal_eid(c + 'ev')
    created = at(UTC, 2026, 4, 10, 9, 21, 7)
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{int(hx(c + "etag", 12), 16)}"',
        'id': eid,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                    base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': created.strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': (created + timedelta(minutes=2, seconds=13)).strftime('%Y-%m-%dT%H:%M:%S.418Z'),
        'summary': f'JRS Panel Interview - {OWNER_EN} - PI Engineer, Advanced Packaging',
        'description': 'Panel: Kuan-Yu Huang (Director, PI) and Wen-Chi Liao (Principal Engineer, Hybrid Bonding).\n'
                       'Candidate 10-min overview + Q&A. Coordinator: Pei-Shan Tsai.',
        'creator': {'email': rec[1], 'displayName': rec[0]},
        'organizer': {'email': rec[1], 'displayName': rec[0]},
        'start': {'dateTime': iso(start), 'timeZone': 'Asia/Taipei'},
        'end': {'dateTime': iso(end), 'timeZone': 'Asia/Taipei'},
        'iCalUID': eid + '@google.com',
        'sequence': 0,
        'attendees': [
            {'email': rec[1], 'displayName': rec[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': p1[1], 'displayName': p1[0], 'responseStatus': 'accepted'},
            {'email': p2[1], 'displayName': p2[0], 'responseStatus': 'tentative'},
            {'email': OWNER, 'self': True, 'responseStatus': 'accepted'},
        ],
        'hangoutLink': 'https://meet.google.com/tua-mvbe-pkc',
        'conferenceData': {
            'entryPoints': [
                {'entryPointType': 'video', 'uri': 'https://meet.google.com/tua-mvbe-pkc',
                 'label': 'meet.google.com/tua-mvbe-pkc'},
                {'entryPointType': 'phone', 'uri': 'tel:+886-2-2788-0133', 'label': '+886 2 2788 0133',
                 'pin': '402118936', 'regionCode': 'TW'},
            ],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
            'conferenceId': 'tua-mvbe-pkc',
        },
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    add(c, '02-jrs-panel-interview.gcal.json', json.dumps(ev, indent=2, ensure_ascii=False) + '\n')
    label(c, interviews=[iv('Jade River Semiconductor', role, start, end, 'scheduled', [p1[1], p2[1]],
                            [p1[1], p2[1]], 'onsite')],
          difficulty='medium', category='positive/gcal-json-taiwan-panel',
          notes='Recruiter e-mail + Calendar API event (Asia/Taipei, +08:00) = ONE 60-min panel at 15:30 Taipei '
                '(16:30 KST). Two panelists -> kind onsite; the organizer/recruiter only coordinates.')


def case11():
    c = 'b220-11-bayline-standalone-ics-pst'
    rec = ('Rachel Okafor', 'rachel.okafor@baylinematerials.example')
    role = 'Senior Process Engineer, Thin Film Deposition'
    start = at(PAC, 2026, 3, 4, 16, 0, wd='Wed')
    end = start + timedelta(minutes=30)
    assert start.utcoffset() == timedelta(hours=-8)      # still PST (DST starts 03-08)
    ks = start.astimezone(KST)
    assert ks.strftime('%a') == 'Thu' and ks.hour == 9
    stamp = at(UTC, 2026, 2, 27, 1, 18, 44)
    tb, url = teams_block(c, 'en')
    desc = (f'Hi Seoyun,\n\nLooking forward to our call about the {role} role (Bayline Korea customer site, '
            f'Pyeongtaek). This is a 30-minute introductory screen with me - I\'ll share more about the team '
            f'and hear about your etch/deposition background.\n\nWednesday {h12(start)} Pacific = '
            f'Thursday {h12(ks)} Seoul.\n\nRachel Okafor\nTalent Acquisition, Bayline Materials\n\n{tb}')
    lines = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             *VTZ_PACIFIC_WIN, 'BEGIN:VEVENT', f'ORGANIZER;CN={rec[0]}:mailto:{rec[1]}',
             att(OWNER_EN, OWNER), f'DESCRIPTION;LANGUAGE=en-US:{esc(desc)}', f'UID:{exchange_uid(c)}',
             f'SUMMARY;LANGUAGE=en-US:Bayline Materials - Recruiter Phone Screen - {OWNER_EN}',
             f'DTSTART;TZID=Pacific Standard Time:{ics_local(start)}',
             f'DTEND;TZID=Pacific Standard Time:{ics_local(end)}', 'CLASS:PUBLIC', 'PRIORITY:5',
             f'DTSTAMP:{ics_utc(stamp)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
             'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting', 'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
             'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
             'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
             'X-MICROSOFT-CDO-INSTTYPE:0', f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}',
             'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
             'X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting',
             'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
             'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    add(c, '01-bayline-recruiter-phone-screen.ics', ics(lines))
    label(c, interviews=[iv('Bayline Materials', role, start, end, 'scheduled', [rec[1]], [rec[1]],
                            'phone_screen')],
          difficulty='medium', category='positive/standalone-ics-pst',
          notes='Standalone Outlook .ics, TZID "Pacific Standard Time" with DST rules; 2026-03-04 is before the '
                'US switch, so -08:00 (Thu 09:00 KST). The recruiter conducts the screen -> she is the interviewer.')


def case12():
    c = 'b220-12-ceo-coffee-chat-final'
    coo = ('윤소라', 'sora.yoon@byeolbitpower.example')
    ceo = ('임태오', 'taeo.lim@byeolbitpower.example')
    role = 'SiC 공정 리드'
    d1 = at(KST, 2026, 4, 3, 13, 15, 9, wd='Fri')
    start = at(KST, 2026, 4, 9, 16, 0, wd='Thu')
    end = start + timedelta(hours=1)
    body1 = f"""서윤님 안녕하세요, 별빛파워 윤소라입니다.

그동안 인터뷰에 시간 내주셔서 정말 감사했습니다.
{role} 포지션의 마지막 단계로 임태오 대표님과 커피챗 형식의 최종 인터뷰를 진행하려고 합니다.
형식은 편한 대화지만 채용 절차상 최종 면접 단계이고, 이후 처우 협의로 넘어가게 됩니다.

- 일시: {ko_date(start, year=False)} {ko_ampm(start)} ~ {ko_ampm(end)}
- 장소: 판교역 4번 출구 앞 카페 '모래시계' 2층
- 참석: 임태오 대표 (cc 드렸습니다)

혹시 시간이 어려우시면 편하게 말씀 주세요.

윤소라 드림
COO | 별빛파워 (Byeolbit Power)
"""
    m1 = gmail_mid(c + '1')
    add(c, '01-byeolbit-final-coffee-chat.eml', plain_mail(
        seed=c + '1', date=d1, sender=coo, to=[(OWNER_KO, OWNER)], cc=[ceo], mid=m1,
        subject='별빛파워 최종 인터뷰(대표님 커피챗) 일정 안내', body=body1,
        from_host='mail-sor-f44.google.com', ip='209.85.220.44'))
    d2 = at(KST, 2026, 4, 6, 21, 3, 52, wd='Mon')
    body2 = f"""서윤님 반갑습니다. 임태오입니다.
목요일 {ko_ampm(start)}에 뵙겠습니다.

다만 장소는 저희 사무실 1층 라운지로 바꾸는 게 좋겠습니다. 그 카페가 그날 단체 대관이라고 하네요.
(성남시 분당구 판교로 (가상) 별빛파워 사옥 1층, 도착하시면 제 번호 010-5512-9087로 연락 주세요)
시간은 그대로입니다.

임태오 드림

iPhone에서 보냄

> {gmail_attrib_ko(d1, coo[0], coo[1])}
{quote_lines(body1.rstrip())}
"""
    add(c, '02-re-ceo-see-you-thursday.eml', plain_mail(
        seed=c + '2', date=d2, sender=ceo, to=[(OWNER_KO, OWNER)], cc=[coo],
        subject='Re: 별빛파워 최종 인터뷰(대표님 커피챗) 일정 안내', body=body2, html_too=False,
        in_reply_to=m1, references=m1, mid=f'<{hx(c + "ip", 8).upper()}-{hx(c + "ip2", 4).upper()}-'
                                            f'{hx(c + "ip3", 4).upper()}@byeolbitpower.example>',
        mailer='iPhone Mail (22D82)'))
    label(c, interviews=[iv('별빛파워', role, start, end, 'scheduled', [ceo[1]], [ceo[1]], 'other')],
          difficulty='medium', category='positive/founder-coffee-chat',
          notes='"커피챗" with the CEO explicitly described as the final interview step. The reply changes only the '
                'place, not the time (Thu 04-09 16:00-17:00 KST). CEO conducts; COO coordinates.')


def case13():
    c = 'b220-13-arizona-teams-panel-us-mountain'
    coord = ('Holly Brandt', 'holly.brandt@saguarosilicon.example')
    pan = [('Greg Ostrowski', 'greg.ostrowski@saguarosilicon.example'),
           ('Anjali Rao', 'anjali.rao@saguarosilicon.example'),
           ('Tomás Herrera', 'tomas.herrera@saguarosilicon.example')]
    role = 'Yield Enhancement Engineer (Sr.)'
    d1 = at(PHX, 2026, 4, 2, 10, 12, 33, wd='Thu')
    start = at(PHX, 2026, 4, 14, 15, 0, wd='Tue')
    end = start + timedelta(minutes=90)
    ks, ke = start.astimezone(KST), end.astimezone(KST)
    assert ks.strftime('%a') == 'Wed' and ks.hour == 7
    body = f"""Hi Seoyun,

Please find your virtual panel interview details below.

{en_date(start)}, {h12(start)} - {h12(end)} (UTC-07:00) Arizona
[= {en_date(ks)}, {h12(ks)} - {h12(ke)} KST]

Panel (about 30 minutes each, back to back in the same Teams meeting):
- Greg Ostrowski, Yield Engineering Manager
- Anjali Rao, Sr. Defect Metrology Engineer
- Tomas Herrera, Etch Module Lead

Please have a copy of your resume handy. The talent inbox is copied for visibility only.

Thanks,
Holly Brandt
Recruiting Coordinator | Saguaro Silicon, Phoenix AZ"""
    attendees = [(OWNER_EN, OWNER)] + pan + [('Saguaro Talent', 'talent@saguarosilicon.example', 'OPT-PARTICIPANT')]
    msg, _ = exchange_invite(
        seed=c, date=d1, sender=coord, to=[(OWNER_EN, OWNER)] + pan,
        cc=[('Saguaro Talent', 'talent@saguarosilicon.example')],
        subject=f'Saguaro Silicon | Virtual Panel Interview | {OWNER_EN} | {role}',
        wtz='US Mountain Standard Time', vtz=vtz_fixed('US Mountain Standard Time', '-0700'),
        start=start, end=end, organizer=coord, attendees=attendees, body=body,
        mid_prefix='PH0PR19MB', region='namprd19')
    add(c, '01-saguaro-virtual-panel-invite.eml', msg)
    label(c, interviews=[iv('Saguaro Silicon', role, start, end, 'scheduled', [p[1] for p in pan],
                            [p[1] for p in pan], 'onsite')],
          difficulty='medium', category='positive/teams-arizona-panel',
          notes='Exchange invite with Windows TZID "US Mountain Standard Time" (Arizona, fixed UTC-7; not '
                '"Mountain Standard Time", which has DST) and a "(UTC-07:00) Arizona" label. 90-min panel of '
                'three -> onsite. Coordinator and the talent@ group address are excluded.')


# =========================================================================== NEGATIVE CASES
def case14():
    c = 'b220-14-online-aptitude-test-hgat'
    ats = ('한결그룹 채용', 'no-reply@recruit.hangyeol.example')
    d1 = at(KST, 2026, 3, 9, 10, 0, 3, wd='Mon')
    s = at(KST, 2026, 3, 21, 9, 0, wd='Sat')
    e = at(KST, 2026, 3, 21, 10, 50, wd='Sat')
    login = s - timedelta(minutes=30)
    pre_s, pre_e = at(KST, 2026, 3, 19, 19, 0, wd='Thu'), at(KST, 2026, 3, 19, 21, 0, wd='Thu')
    body = f"""한서윤 님, 안녕하십니까.
한결그룹 채용담당자입니다.

2026년 상반기 한결그룹 경력사원 채용 서류전형에 합격하신 것을 축하드립니다.
다음 전형인 HGAT(한결 종합적성검사) 온라인 응시 일정을 안내드립니다.

[HGAT 온라인 검사]
- 일시: {ko_date(s)} {hm(s)} ~ {hm(e)} (감독 프로그램 접속 {hm(login)}까지)
- 방식: 자택 온라인 응시 (PC + 웹캠 + 감독용 스마트폰 거치 필수)
- 구성: 언어논리 / 수리 / 추리 / 시각적 사고 (총 4영역, 영역별 시간 제한)
- 사전 환경 점검: {ko_date(pre_s, year=False)} {hm(pre_s)} ~ {hm(pre_e)} (미참여 시 응시 불가)

※ HGAT는 면접 전형이 아니며, HGAT 합격자에 한해 1차 면접 일정을 개별 안내드립니다.
※ 부정행위 적발 시 향후 5년간 한결그룹 전 계열사 지원이 제한됩니다.
※ 응시 일정 캘린더 파일(.ics)을 첨부드립니다.

본 메일은 발신 전용입니다. 문의는 채용 홈페이지 Q&A 게시판을 이용해 주세요.
https://recruit.hangyeol.example
"""
    vtz = vtz_fixed('Asia/Seoul', '+0900', 'KST', '19700101T000000')
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hangyeol Recruit//HGAT Scheduler 2.1//KO',
               'METHOD:PUBLISH', *vtz,
               'BEGIN:VEVENT', f'UID:hgat-26h1-{hx(c, 10)}@recruit.hangyeol.example', f'DTSTAMP:{ics_utc(d1)}',
               f'DTSTART;TZID=Asia/Seoul:{ics_local(login)}', f'DTEND;TZID=Asia/Seoul:{ics_local(e)}',
               f'SUMMARY:{esc("[한결그룹] HGAT 온라인 인적성검사 응시")}',
               f'DESCRIPTION:{esc("감독 프로그램 접속 08:30 / 검사 09:00~10:50. 면접 전형 아님.")}',
               'LOCATION:온라인 (자택)', f'ORGANIZER;CN=한결그룹 채용:mailto:{ats[1]}',
               att(OWNER_KO, OWNER, rsvp='FALSE'), 'STATUS:CONFIRMED', 'END:VEVENT',
               'BEGIN:VEVENT', f'UID:hgat-pre-{hx(c + "p", 10)}@recruit.hangyeol.example', f'DTSTAMP:{ics_utc(d1)}',
               f'DTSTART;TZID=Asia/Seoul:{ics_local(pre_s)}', f'DTEND;TZID=Asia/Seoul:{ics_local(pre_e)}',
               f'SUMMARY:{esc("[한결그룹] HGAT 사전 환경 점검")}', 'LOCATION:온라인 (자택)',
               f'ORGANIZER;CN=한결그룹 채용:mailto:{ats[1]}', att(OWNER_KO, OWNER, rsvp='FALSE'),
               'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    add(c, '01-hgat-online-test-notice.eml', plain_mail(
        seed=c, date=d1, sender=ats, to=[(OWNER_KO, OWNER)],
        subject='[한결그룹] 서류전형 합격 및 HGAT(종합적성검사) 온라인 응시 안내', body=body,
        mid=f'<{d1:%Y%m%d%H%M%S}.{hx(c, 12)}@recruit.hangyeol.example>', mailer='HG-Recruit MailSender',
        from_host='mailer.recruit.hangyeol.example',
        attachments=[attachment('text/calendar', 'HGAT_응시일정.ics', cal.encode())]))
    label(c, interviews=[], difficulty='hard', category='negative/aptitude-test',
          notes='GSAT-style online aptitude test (인적성검사) with a calendar file; an assessment, not a live '
                'interview. A future 1차 면접 is mentioned but not scheduled.')


def case15():
    c = 'b220-15-pre-employment-medical-check'
    hr = ('정다은', 'daeun.jung@sejin-elec.example')
    d1 = at(KST, 2026, 4, 8, 14, 26, 0, wd='Wed')
    s = at(KST, 2026, 4, 20, 8, 0, wd='Mon')
    e = s + timedelta(hours=2)
    body = f"""한서윤 님 안녕하세요.
세진전자 인사팀 정다은입니다.

지난 임원 면접 결과, 최종 합격하셨음을 알려드리며 진심으로 축하드립니다.
입사 전 채용 건강검진을 아래와 같이 안내드립니다.

■ 일시: {ko_date(s)} {ko_ampm(s)} (약 2시간 소요)
■ 장소: 세진의료재단 수원검진센터 3층 (채용검진 접수 창구)
■ 검진 항목: 기본 신체계측, 혈액/소변 검사, 흉부 X-ray, 청력, 문진(검진의 면담)
■ 유의사항: 검진 전날 밤 9시 이후 금식, 신분증 지참
■ 결과는 검진기관에서 회사로 직접 통보되며, 이상 소견 시 재검이 있을 수 있습니다.

처우 및 입사일 안내는 건강검진 결과 확인 후 별도로 드리겠습니다.
검진 예약 일정 파일(.ics)을 첨부드립니다.

정다은 드림
세진전자 인사팀 | 031-3300-5120
"""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Sejin Electronics//HR Notice//KO', 'METHOD:PUBLISH',
               *vtz_fixed('Asia/Seoul', '+0900', 'KST', '19700101T000000'), 'BEGIN:VEVENT',
               f'UID:{hx(c, 20)}@hr.sejin-elec.example', f'DTSTAMP:{ics_utc(d1)}',
               f'DTSTART;TZID=Asia/Seoul:{ics_local(s)}', f'DTEND;TZID=Asia/Seoul:{ics_local(e)}',
               f'SUMMARY:{esc("채용 건강검진 (세진전자) - 한서윤")}',
               f'LOCATION:{esc("세진의료재단 수원검진센터 3층")}',
               f'DESCRIPTION:{esc("전날 21시 이후 금식, 신분증 지참")}',
               f'ORGANIZER;CN={hr[0]}:mailto:{hr[1]}', att(OWNER_KO, OWNER, rsvp='FALSE'),
               'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    add(c, '01-sejin-medical-check.eml', plain_mail(
        seed=c, date=d1, sender=hr, to=[(OWNER_KO, OWNER)],
        subject='[세진전자] 최종 합격 축하 및 채용 건강검진 안내', body=body,
        mid=outlook_mid(c), from_host='mail-sl2apc01.outbound.protection.outlook.com', ip='40.107.255.73',
        attachments=[attachment('application/ics', 'medical_check.ics', cal.encode())]))
    label(c, interviews=[], difficulty='medium', category='negative/medical-check',
          notes='Pre-employment medical check (채용 건강검진) after a final pass; mentions a past 임원 면접 with no '
                'time and a "문진(면담)" with a doctor. Not an interview.')


def case16():
    c = 'b220-16-campus-recruiting-briefing'
    staff = ('신보람', 'boram.shin@hanseo-univ.example')
    s = at(KST, 2026, 3, 18, 17, 0, wd='Wed')
    e = s + timedelta(hours=2)
    d1 = at(UTC, 2026, 3, 10, 1, 30, 12, wd='Tue')
    summary = '[설명회] TAF(Hsinchu) 캠퍼스 리크루팅 설명회 & 면접 준비 특강'
    desc = (f'한서대학교 경력개발센터 주관 해외 반도체 기업 캠퍼스 리크루팅 설명회입니다.\n\n'
            f'- {hm(s)}~17:50 Tamsui Advanced Foundry(TAF) 회사 소개 및 채용 설명 (HR Director)\n'
            f'- 17:50~18:30 현직 한국인 엔지니어 Q&A (신주 생활, 비자, 교대근무)\n'
            f'- 18:30~{hm(e)} 영어 면접 준비 특강 및 이력서 1:1 컨설팅(사전 신청자)\n\n'
            f'※ 본 행사는 채용 설명회이며 현장 면접은 진행하지 않습니다. 지원은 TAF 채용 사이트에서 별도로 '
            f'하셔야 하며, 서류 합격자에 한해 TAF가 개별적으로 면접을 안내합니다.\n'
            f'장소: 한서대학교 공학관 B101 대강당 / 졸업생(동문) 참석 가능')
    guests = [(staff[0], staff[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION'),
              ('재료공학과 졸업생 리스트', 'mse-alumni@lists.hanseo-univ.example', 'NEEDS-ACTION')]
    add(c, '01-invitation-campus-recruiting-briefing.eml', google_invite(
        seed=c, date=d1, organizer=staff, guests=guests, summary=summary, start=s, end=e, desc=desc,
        uid=gcal_eid(c) + '@google.com', lang='ko', location='한서대학교 공학관 B101 대강당'))
    label(c, interviews=[], difficulty='hard', category='negative/campus-recruiting-briefing',
          notes='Google invite to a campus recruiting briefing of a Hsinchu foundry with "면접 준비 특강" in the '
                'title; explicitly no interviews on site. A recruiting event, not an interview.')


def case17():
    c = 'b220-17-alumni-mentoring-coffee'
    prog = ('한서대 재료공학과 동문회', 'mentoring@alumni.hanseo-univ.example')
    mentor = ('박준영', 'junyoung.park@redmesa-semi.example')
    d1 = at(KST, 2026, 3, 16, 9, 0, 0, wd='Mon')
    body1 = """한서윤 동문님, 안녕하세요.
한서대학교 재료공학과 동문회 멘토링 프로그램 운영진입니다.

2026년 상반기 동문 멘토링 매칭 결과를 안내드립니다.

- 멘토: 박준영 동문 (Red Mesa Semiconductor, Arizona / Etch Integration)
- 주제: 해외 팹 이직, 미국 취업 비자, 현지 생활

멘토링은 동문 간 경력 상담 프로그램으로, 멘토 소속 회사의 채용 절차와는 관련이 없습니다.
첫 만남 일정은 멘토님께서 직접 연락드릴 예정입니다.

동문회 멘토링 운영진 드림
"""
    add(c, '01-alumni-mentoring-match.eml', plain_mail(
        seed=c + '1', date=d1, sender=prog, to=[('', OWNER)], subject='[동문 멘토링] 2026 상반기 멘토 매칭 안내',
        body=body1, mid=f'<{hx(c + "1", 18)}@alumni.hanseo-univ.example>',
        from_host='mail.alumni.hanseo-univ.example'))
    s = at(KST, 2026, 3, 28, 11, 0, wd='Sat')
    e = s + timedelta(hours=1)
    d2 = at(UTC, 2026, 3, 17, 4, 44, 1, wd='Tue')
    desc = ('서윤씨 반가워요, 박준영입니다. 마침 그 주에 서울 출장이 있어서 토요일 오전에 커피 한잔 해요.\n'
            '애리조나 팹 생활이랑 미국 쪽 이직 준비(비자, 인터뷰 분위기 등) 편하게 얘기해 드릴게요.\n'
            '참고로 저희 회사 채용과는 별개인 멘토링 자리라 부담 갖지 말고 오세요. '
            '나중에 레퍼럴이 필요하면 그때 따로 얘기합시다.')
    add(c, '02-invitation-coffee-mentoring.eml', google_invite(
        seed=c + '2', date=d2, organizer=mentor, guests=[(mentor[0], mentor[1], 'ACCEPTED'),
                                                        (OWNER, OWNER, 'NEEDS-ACTION')],
        summary='☕ 커피챗 - 동문 멘토링 (박준영 / 한서윤)', start=s, end=e, desc=desc,
        uid=gcal_eid(c) + '@google.com', lang='ko', location='카페 온도, 강남역 11번 출구'))
    label(c, interviews=[], difficulty='hard', category='negative/alumni-mentoring',
          notes='"커피챗" calendar invite from an alumnus at an Arizona fab, but it is an alumni mentoring '
                'session explicitly unrelated to any hiring process (contrast with case 12).')


def case18():
    c = 'b220-18-owner-interviews-junior'
    hr = ('김보경', 'bokyung.kim@daon-semi.example')
    lead = ('노승현', 'seunghyun.noh@daon-semi.example')
    d1 = at(KST, 2026, 3, 17, 9, 48, 21, wd='Tue')
    s = at(KST, 2026, 3, 24, 13, 30, wd='Tue')
    e = s + timedelta(hours=1)
    due = e.replace(hour=18, minute=0)
    body = f"""한서윤 책임님, 노승현 팀장님 안녕하세요.
인사팀 김보경입니다.

식각공정기술팀 2026년 상반기 신입 엔지니어 채용 실무면접에 면접위원으로 참석 부탁드립니다.

- 일시: {ko_date(s)} {hm(s)} ~ {hm(e)}
- 지원자: 이태민 (신소재공학 석사, 2026년 2월 졸업)
- 방식: Teams 화상면접 (지원자는 외부 게스트로 입장)
- 면접위원: 노승현 팀장, 한서윤 책임
- 평가표: 면접 종료 후 당일 {hm(due)}까지 채용시스템에 입력 부탁드립니다.

지원자 이력서와 구조화 질문지는 채용시스템 [면접위원 메뉴]에서 확인하실 수 있습니다.
감사합니다.

김보경 드림"""
    msg, _ = exchange_invite(
        seed=c, date=d1, sender=hr, to=[(OWNER_KO, OWNER), lead],
        subject='[면접위원 요청] 식각공정기술팀 신입 엔지니어 실무면접 - 지원자 이태민',
        wtz='Korea Standard Time', vtz=vtz_fixed('Korea Standard Time', '+0900'), start=s, end=e,
        organizer=hr, attendees=[(OWNER_KO, OWNER), lead], body=body, lang='ko-KR')
    add(c, '01-interviewer-request-teams.eml', msg)
    label(c, interviews=[], difficulty='hard', category='negative/user-is-interviewer',
          notes="Teams invite from the owner's current employer asking her to sit on the panel (면접위원) for a "
                'junior candidate. She is the interviewer, not the candidate.')


def case19():
    c = 'b220-19-rejection-after-first-interview'
    ats = ('누리반도체 채용', 'no-reply@recruit.nurisemi.example')
    d1 = at(KST, 2026, 3, 20, 17, 0, 0, wd='Fri')
    past = at(KST, 2026, 3, 10, wd='Tue')
    body = f"""한서윤 님, 안녕하십니까.
누리반도체 인재확보팀입니다.

{ko_date(past, year=False)} 진행된 1차 면접에 귀한 시간을 내어 참석해 주셔서 진심으로 감사드립니다.

면접위원들과 신중하게 검토하였으나, 아쉽게도 이번 경력사원 채용에서는 한서윤 님을 모시지 못하게
되었음을 알려드립니다. 한정된 인원으로 인해 좋은 역량을 가진 많은 분들을 모시지 못하게 된 점
양해 부탁드립니다.

한서윤 님의 인재 정보는 동의하신 기간(1년) 동안 보관되며, 적합한 포지션이 생길 경우
별도의 서류전형 없이 면접 기회를 드릴 수 있도록 하겠습니다.

앞날에 좋은 일만 가득하시기를 바랍니다.

누리반도체 인재확보팀 드림
(본 메일은 발신 전용입니다)
"""
    add(c, '01-nuri-interview-result.eml', plain_mail(
        seed=c, date=d1, sender=ats, to=[(OWNER_KO, OWNER)],
        subject='[누리반도체] 1차 면접 결과 안내', body=body,
        mid=f'<{d1:%Y%m%d%H%M%S}.{hx(c, 12)}@recruit.nurisemi.example>',
        from_host='smtp.recruit.nurisemi.example'))
    label(c, interviews=[], difficulty='medium', category='negative/rejection',
          notes='Rejection after a past 1차 면접 (date only, no time, nothing scheduled). Not an interview.')


def case20():
    c = 'b220-20-headhunter-availability-request'
    hh = ('송지아', 'jia.song@cedarbridge.example')
    d1 = at(KST, 2026, 4, 14, 9, 12, 30, wd='Tue')
    slots = [at(KST, 2026, 4, 21, 8, 0, wd='Tue'), at(KST, 2026, 4, 22, 7, 30, wd='Wed'),
             at(KST, 2026, 4, 23, 9, 0, wd='Thu')]
    lines = []
    for i, sl in enumerate(slots):
        az = sl.astimezone(PHX)
        assert (sl.utcoffset() - az.utcoffset()) == timedelta(hours=16)
        lines.append(f'{"①②③"[i]} {sl.month}/{sl.day}({KO_WD[sl.weekday()]}) {hm(sl)} KST '
                     f'(= 애리조나 {az.month}/{az.day}({KO_WD[az.weekday()]}) {hm(az)} MST)')
    slot_txt = '\n'.join(lines)
    body = f"""서윤님 안녕하세요,
시더브릿지파트너스 송지아입니다.

지난주 말씀드린 애리조나 소재 팹(고객사명은 1차 인터뷰 확정 후 공개) 건으로 연락드립니다.
고객사에서 이력서를 긍정적으로 보았고, 엔지니어링 매니저와 1차 화상 인터뷰(45분)를 희망합니다.

애리조나는 서머타임이 없어서 한국과 항상 16시간 차이입니다. 고객사가 제시한 슬롯은 아래와 같습니다.

{slot_txt}

가능하신 슬롯 2개 이상 회신 주시면 고객사에 전달해서 확정하겠습니다.
확정되면 고객사에서 Teams 초대장을 직접 보내드릴 예정입니다.

감사합니다.
송지아 드림

송지아 | Senior Consultant, Semiconductor
Cedar Bridge Partners Korea (시더브릿지파트너스)
M. 010-2290-6631
"""
    add(c, '01-cedarbridge-slot-options.eml', plain_mail(
        seed=c, date=d1, sender=hh, to=[(OWNER_KO, OWNER)],
        subject='[시더브릿지] 애리조나 팹 1차 인터뷰 가능 일정 문의', body=body,
        from_host='mail-sor-f50.google.com', ip='209.85.220.50'))
    label(c, interviews=[], difficulty='hard', category='negative/availability-request',
          notes='Headhunter lists three candidate slots (with KST/MST conversions) and asks for availability; '
                'nothing is booked in the case.')


def case21():
    c = 'b220-21-ai-video-interview-one-way'
    ats = ('청운반도체 채용', 'no-reply@recruit.cheongwoon-semi.example')
    d1 = at(KST, 2026, 3, 20, 15, 0, 0, wd='Fri')
    w_s = at(KST, 2026, 3, 23, 10, 0, wd='Mon')
    w_e = at(KST, 2026, 3, 25, 18, 0, wd='Wed')
    body = f"""한서윤 님, 안녕하십니까.
청운반도체 채용 담당자입니다.

서류전형 합격을 축하드리며, 다음 전형인 AI역량검사(AI 면접) 응시를 안내드립니다.

■ 응시 기간: {ko_date(w_s)} {hm(w_s)} ~ {ko_date(w_e, year=False)} {hm(w_e)}
   (기간 내 원하시는 시간에 자유롭게 1회 응시, 소요 시간 약 60분)
■ 응시 방법: 아래 URL 접속 후 수험번호와 인증코드 입력
   https://aitest.recruit.cheongwoon-semi.example/login  (수험번호 CW26-0412, 인증코드 7KQ2-MX9D)
■ 구성: 얼굴 등록 → 기본 질문(자기소개, 지원동기) → 상황 질문 → 게임형 역량 과제 → 심층 질문
■ 환경: 웹캠과 마이크가 있는 PC, Chrome 브라우저 (모바일 응시 불가)

※ AI역량검사는 면접관 없이 녹화 방식으로 진행되며, 결과는 이후 실무 면접의 참고자료로 활용됩니다.
※ 기간 내 미응시 시 다음 전형 진행이 불가합니다.

본 메일은 발신 전용입니다.
"""
    add(c, '01-cheongwoon-ai-interview-window.eml', plain_mail(
        seed=c, date=d1, sender=ats, to=[(OWNER_KO, OWNER)],
        subject='[청운반도체] AI역량검사(AI 면접) 응시 안내', body=body,
        mid=f'<{d1:%Y%m%d%H%M%S}.{hx(c, 12)}@recruit.cheongwoon-semi.example>',
        from_host='smtp.recruit.cheongwoon-semi.example'))
    label(c, interviews=[], difficulty='hard', category='negative/one-way-video',
          notes='"AI 면접" is a recorded one-way AI competency test with a 3-day window and no interviewer; '
                'one-way video assessments are not interviews.')


def case22():
    c = 'b220-22-visa-interview-appointment'
    svc = ('U.S. Visa Appointment Service', 'no-reply@visa-appointments.example')
    d1 = at(KST, 2026, 4, 27, 11, 4, 52, wd='Mon')
    s = at(KST, 2026, 5, 12, 8, 45, wd='Tue')
    body = f"""APPOINTMENT CONFIRMATION

Applicant: HAN, SEOYUN
Visa class: H-1B (Petition-based temporary worker)
Petitioner: Copperstate Semiconductor LLC, Chandler, AZ
Confirmation No.: KR-{alnum(c, 8, '0123456789')}

Your nonimmigrant visa interview appointment has been scheduled:

  Date:     {en_date(s)}
  Time:     {h12(s)} (Seoul local time)
  Location: Consular Section, U.S. Embassy Seoul, 188 Sejong-daero, Jongno-gu, Seoul

Please arrive no earlier than 15 minutes before your appointment time. Bring this confirmation, your
passport, the DS-160 confirmation page, your Form I-797 approval notice and one 5x5 cm photograph.
Electronic devices are not permitted inside the building.

To reschedule, sign in to your profile. Do not reply to this message.
"""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Visa Appointment Service//EN', 'METHOD:PUBLISH',
               'BEGIN:VEVENT', f'UID:{hx(c, 24)}@visa-appointments.example', f'DTSTAMP:{ics_utc(d1)}',
               f'DTSTART:{ics_utc(s)}', f'DTEND:{ics_utc(s + timedelta(hours=1))}',
               'SUMMARY:Visa Interview Appointment - U.S. Embassy Seoul',
               'LOCATION:Consular Section\\, U.S. Embassy Seoul', 'STATUS:CONFIRMED', 'END:VEVENT',
               'END:VCALENDAR'])
    add(c, '01-visa-interview-confirmation.eml', plain_mail(
        seed=c, date=d1, sender=svc, to=[('', OWNER)],
        subject='Appointment Confirmation - Nonimmigrant Visa Interview', body=body, html_too=False,
        cte='7bit', charset='us-ascii', codec='ascii', from_host='smtp.visa-appointments.example',
        mid=f'<{hx(c, 24)}@visa-appointments.example>',
        attachments=[attachment('text/calendar', 'appointment.ics', cal.encode())]))
    label(c, interviews=[], difficulty='medium', category='negative/visa-interview',
          notes='Consular visa interview for the Arizona job (H-1B); a non-job interview, excluded by the rules.')


# =========================================================================== main
def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    assert list(CASES) == list(LABELS)
    for i, name in enumerate(CASES, 1):
        assert name.startswith(f'b220-{i:02d}-'), name
    for old in sorted(HERE.glob('b220-*')):
        if old.is_dir():
            shutil.rmtree(old)
    for name, files in CASES.items():
        d = HERE / name
        d.mkdir()
        for fname, data in sorted(files.items()):
            (d / fname).write_bytes(data)
    text = yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (HERE / 'labels.yaml').write_bytes(text.encode('utf-8'))
    pos = sum(1 for v in LABELS.values() if v['interview'])
    ivs = [x for v in LABELS.values() for x in v['interviews']]
    print(f'{len(LABELS)} cases, {pos} positive, {len(LABELS) - pos} negative, {len(ivs)} interviews '
          f'({sum(x["status"] == "scheduled" for x in ivs)} scheduled, '
          f'{sum(x["status"] == "cancelled" for x in ivs)} cancelled)')


if __name__ == '__main__':
    main()
