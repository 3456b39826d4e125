#!/usr/bin/env python3
"""Regenerate the blind162 evaluation set (Vietnamese/English data-analyst mailbox).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; running it twice gives the
same bytes. Standard library + PyYAML + zoneinfo only. Every case folder b162-* next to this file
is deleted and rewritten, together with labels.yaml.
"""
import base64
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = 'baotram.nguyen@example.com'
OWNER_NAME = 'Nguyễn Ngọc Bảo Trâm'
UTC = timezone.utc
ICT = ZoneInfo('Asia/Ho_Chi_Minh')
SGT = ZoneInfo('Asia/Singapore')
SYD = ZoneInfo('Australia/Sydney')
LA = ZoneInfo('America/Los_Angeles')
NY = ZoneInfo('America/New_York')


# ----------------------------------------------------------------------------- time helpers
def T(tz, y, mo, d, h, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


_WD = {
    0: {'thứ hai', 'thu hai', 'monday', 'mon', 'th 2'},
    1: {'thứ ba', 'thu ba', 'tuesday', 'tue', 'th 3'},
    2: {'thứ tư', 'thu tu', 'wednesday', 'wed', 'th 4'},
    3: {'thứ năm', 'thu nam', 'thursday', 'thu', 'th 5'},
    4: {'thứ sáu', 'thu sau', 'friday', 'fri', 'th 6'},
    5: {'thứ bảy', 'thu bay', 'saturday', 'sat', 'th 7'},
    6: {'chủ nhật', 'chu nhat', 'sunday', 'sun', 'cn'},
}


def wd(dt, *names):
    """Assert that dt falls on the weekday named in the text (any language/spelling)."""
    for n in names:
        assert n.lower() in _WD[dt.weekday()], (dt, n)
    return dt


def iso(dt):
    return dt.isoformat()


def zstamp(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local_stamp(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def rfc(dt):
    return format_datetime(dt)


def g_hm(dt, lang='en'):
    if lang == 'vi':
        return f'{dt.hour}:{dt.minute:02d}'
    h = dt.hour % 12 or 12
    ap = 'am' if dt.hour < 12 else 'pm'
    return f'{h}{ap}' if dt.minute == 0 else f'{h}:{dt.minute:02d}{ap}'


EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
VI_DAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']
VI_SHORT = ['Th 2', 'Th 3', 'Th 4', 'Th 5', 'Th 6', 'Th 7', 'CN']


def g_when_subject(s, e, lang='en'):
    if lang == 'vi':
        return (f'{VI_SHORT[s.weekday()]} {s.day} thg {s.month}, {s.year} '
                f'{g_hm(s, "vi")} - {g_hm(e, "vi")} (GMT+7)')
    return (f'{EN_DAYS[s.weekday()][:3]} {EN_MON[s.month - 1]} {s.day}, {s.year} '
            f'{g_hm(s)} - {g_hm(e)} (ICT)')


def g_when_body(s, e, lang='en'):
    if lang == 'vi':
        return (f'{VI_DAYS[s.weekday()]} {s.day} thg {s.month}, {s.year} ⋅ '
                f'{g_hm(s, "vi")} – {g_hm(e, "vi")}\nGiờ Đông Dương - Thành phố Hồ Chí Minh')
    return (f'{EN_DAYS[s.weekday()]} {EN_MON[s.month - 1]} {s.day}, {s.year} ⋅ '
            f'{g_hm(s)} – {g_hm(e)}\nIndochina Time - Ho Chi Minh City')


# ----------------------------------------------------------------------------- MIME helpers
def b64lines(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def part(ctype, body, cte='quoted-printable', extra=()):
    data = body.encode('utf-8') if isinstance(body, str) else body
    if cte == 'base64':
        enc = b64lines(data)
    elif cte == 'quoted-printable':
        enc = quopri.encodestring(data).decode('ascii')
    else:
        enc = data.decode('utf-8')
    hs = [f'Content-Type: {ctype}'] + list(extra) + [f'Content-Transfer-Encoding: {cte}']
    return '\n'.join(hs) + '\n\n' + enc.rstrip('\n') + '\n'


def multi(subtype, boundary, parts, extra=()):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n'
    s += ''.join(x + '\n' for x in extra) + '\n'
    for p in parts:
        s += f'--{boundary}\n{p}\n'
    return s + f'--{boundary}--\n'


def addr(name, email):
    return formataddr((name, email), charset='utf-8') if name else email


def subj(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8', header_name='Subject').encode()


def to_html(text, font='Arial, Helvetica, sans-serif'):
    out = []
    for para in text.split('\n\n'):
        if para.startswith('>'):
            inner = '\n'.join(l[1:].lstrip(' ') if l.startswith('>') else l for l in para.split('\n'))
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px '
                       '#ccc solid;padding-left:1ex">' + html.escape(inner).replace('\n', '<br>\n')
                       + '</blockquote>')
        else:
            out.append('<div>' + html.escape(para).replace('\n', '<br>\n') + '</div><div><br></div>')
    return (f'<div dir="ltr" style="font-family:{font}">' + '\n'.join(out) + '</div>\n')


def received_google(arrive, ident):
    la = arrive.astimezone(LA)
    return (f'by 2002:a05:7010:{ident[:4]}:b0:{ident[4:7]}:{ident[7:11]}:{ident[11:15]} '
            f'with SMTP id {ident};\n        {format_datetime(la)} ({la.tzname()})')


def message(headers, body, delivered=True, arrive=None, ident='a1b2c3d4e5f6a7b8c9d0'):
    hs = []
    if delivered:
        hs.append(('Delivered-To', OWNER))
        if arrive is not None:
            hs.append(('Received', received_google(arrive, ident)))
    hs += headers
    return ''.join(f'{k}: {v}\n' for k, v in hs) + 'MIME-Version: 1.0\n' + body


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    if len(line.encode('utf-8')) <= 75:
        return line
    chunks, cur, limit = [], b'', 75
    for ch in line:
        cb = ch.encode('utf-8')
        if len(cur) + len(cb) > limit:
            chunks.append(cur.decode('utf-8'))
            cur, limit = b'', 74
        cur += cb
    chunks.append(cur.decode('utf-8'))
    return '\r\n '.join(chunks)


def ics(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def vtz_fixed(tzid, off, tzname=None):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
            f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}'] + ([f'TZNAME:{tzname}'] if tzname else []) + \
           ['END:STANDARD', 'END:VTIMEZONE']


VTZ_ICT = ['BEGIN:VTIMEZONE', 'TZID:Asia/Ho_Chi_Minh', 'X-LIC-LOCATION:Asia/Ho_Chi_Minh',
           'BEGIN:STANDARD', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'TZNAME:+07',
           'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE']
VTZ_EASTERN_WIN = ['BEGIN:VTIMEZONE', 'TZID:Eastern Standard Time',
                   'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0400',
                   'TZOFFSETTO:-0500', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
                   'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000',
                   'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400',
                   'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT',
                   'END:VTIMEZONE']


def gattendee(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT'):
    return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;'
            f'CN={cn(name or email)};X-NUM-GUESTS=0:mailto:{email}')


def google_ics(*, method, start, end, stamp, created, modified, organizer, attendees, uid,
               description, location, seq, status, summary, meet=None):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
         f'DTSTART:{zstamp(start)}', f'DTEND:{zstamp(end)}', f'DTSTAMP:{zstamp(stamp)}',
         f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}', f'UID:{uid}']
    L += [gattendee(*a) for a in attendees]
    if meet:
        L.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    L += [f'CREATED:{zstamp(created)}', f'DESCRIPTION:{esc(description)}',
          f'LAST-MODIFIED:{zstamp(modified)}', f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}',
          f'STATUS:{status}', f'SUMMARY:{esc(summary)}', 'TRANSP:OPAQUE']
    if method != 'CANCEL':
        L += ['BEGIN:VALARM', 'ACTION:EMAIL', 'DESCRIPTION:This is an event reminder',
              'TRIGGER:-P0DT0H30M0S', f'ATTENDEE:mailto:{OWNER}', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def google_invite_mail(*, kind, lang, title, start, end, organizer, guests, description, uid,
                       seq, sent, msgid, boundary, meet, location='', created=None, to=OWNER,
                       changed_note=None, ident='d0c5a9e17b42f3a86c1e'):
    """kind: invite | updated | canceled.  guests: [(name, email, partstat)] incl. organizer."""
    s_txt = g_when_subject(start, end, lang)
    if lang == 'vi':
        pre = {'invite': 'Lời mời', 'updated': 'Lời mời đã cập nhật', 'canceled': 'Sự kiện đã bị hủy'}[kind]
    else:
        pre = {'invite': 'Invitation', 'updated': 'Updated invitation', 'canceled': 'Canceled event'}[kind]
    subject = f'{pre}: {title} @ {s_txt} ({to})'
    eid = base64.urlsafe_b64encode(f'{uid.split("@")[0]} {to}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    if lang == 'vi':
        meet_lbl, org_lbl, guests_lbl, orgtag = 'Tham gia bằng Google Meet', 'Người tổ chức', 'Khách', 'người tổ chức'
        allg = 'Xem tất cả thông tin về khách'
        reply = f'Trả lời cho {to} và xem thêm thông tin chi tiết'
        footer = ('Lời mời từ Lịch Google: https://calendar.google.com/calendar/\n\n'
                  'Bạn nhận được email này vì bạn là khách mời tham gia sự kiện.\n\n'
                  'Việc chuyển tiếp lời mời này có thể cho phép bất kỳ người nhận nào gửi phản hồi '
                  'cho người tổ chức, được thêm vào danh sách khách mời, mời người khác hoặc sửa đổi '
                  'câu trả lời của bạn. Tìm hiểu thêm https://support.google.com/calendar/answer/37135#forwarding')
    else:
        meet_lbl, org_lbl, guests_lbl, orgtag = 'Join with Google Meet', 'Organizer', 'Guests', 'organizer'
        allg = 'View all guest info'
        reply = f'Reply for {to} and view more details'
        footer = ('Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
                  'You are receiving this email because you are an attendee on the event.\n\n'
                  'Forwarding this invitation could allow any recipient to send a response to the '
                  'organizer, be added to the guest list, invite others regardless of their own '
                  'invitation status, or modify your RSVP. Learn more '
                  'https://support.google.com/calendar/answer/37135#forwarding')
    gl = []
    for n, e, _ in guests:
        gl.append(f'{n} - {orgtag}\n{e}' if e == organizer[1] else (f'{n}\n{e}' if n else e))
    lines = []
    if changed_note:
        lines.append(changed_note + '\n')
    lines.append(f'{title}\n{g_when_body(start, end, lang)}\n')
    if kind != 'canceled' and meet:
        lines.append(f'{meet_lbl}\nhttps://meet.google.com/{meet}\n')
    if location:
        lines.append(location + '\n')
    lines.append(f'{org_lbl}\n{organizer[0]}\n{organizer[1]}\n')
    lines.append(f'{guests_lbl}\n' + '\n'.join(gl) + f'\n{allg} {view}\n')
    if description:
        lines.append(description + '\n')
    if kind != 'canceled':
        lines.append(f'{reply} {view}\n')
    lines.append('\n~~//~~\n' + footer)
    text = '\n'.join(lines)
    method = 'CANCEL' if kind == 'canceled' else 'REQUEST'
    cal = google_ics(method=method, start=start, end=end, stamp=sent,
                     created=created or sent, modified=sent, organizer=organizer,
                     attendees=[(n, e, p) for n, e, p in guests], uid=uid,
                     description=description, location=location or '', seq=seq,
                     status='CANCELLED' if kind == 'canceled' else 'CONFIRMED', summary=title,
                     meet=meet if kind != 'canceled' else None)
    alt = multi('alternative', boundary + 'b0', [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        part('text/html; charset="UTF-8"', '<html><head></head><body>' + to_html(text, 'Roboto,Helvetica,Arial,sans-serif') + '</body></html>', 'quoted-printable'),
        part(f'text/calendar; charset="UTF-8"; method={method}', cal, 'base64'),
    ])
    body = multi('mixed', boundary + 'a0', [
        alt,
        part('application/ics; name="invite.ics"', cal, 'base64',
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    headers = [
        ('Return-Path', f'<{ident[:12]}-calendar@calendar-server.bounces.google.com>'),
        ('Reply-To', addr(*organizer)),
        ('Sender', 'Google Calendar <calendar-notification@google.com>'),
        ('Message-ID', msgid),
        ('Date', rfc(sent.astimezone(UTC))),
        ('Subject', subj(subject)),
        ('From', addr(*organizer)),
        ('To', to),
    ]
    return message(headers, body, arrive=sent + timedelta(seconds=1), ident=ident)


def exchange_ics(*, method, tz_lines, tzid, start, end, stamp, organizer, attendees, uid, seq,
                 summary, description, location, lang='vi-VN', status='CONFIRMED'):
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010',
         'VERSION:2.0'] + tz_lines + ['BEGIN:VEVENT',
         f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}']
    for n, e, role in attendees:
        L.append(f'ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(n)}:mailto:{e}')
    L += [f'DESCRIPTION;LANGUAGE={lang}:{esc(description)}', f'UID:{uid}',
          f'SUMMARY;LANGUAGE={lang}:{esc(summary)}',
          f'DTSTART;TZID={tzid}:{local_stamp(start)}', f'DTEND;TZID={tzid}:{local_stamp(end)}',
          'CLASS:PUBLIC', f'PRIORITY:{1 if method == "CANCEL" else 5}', f'DTSTAMP:{zstamp(stamp)}',
          'TRANSP:OPAQUE', f'STATUS:{status}', f'SEQUENCE:{seq}',
          f'LOCATION;LANGUAGE={lang}:{esc(location)}',
          f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}', 'X-MICROSOFT-CDO-OWNERAPPTID:2120931784',
          f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if method == "CANCEL" else "TENTATIVE"}',
          f'X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if method == "CANCEL" else "BUSY"}',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
          f'X-MICROSOFT-CDO-IMPORTANCE:{2 if method == "CANCEL" else 1}',
          'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
          'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
          f'X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}']
    if method != 'CANCEL':
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
              'ACTION:DISPLAY', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


TEAMS_BLOCK = ('________________________________________________________________________________\n'
               'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
               'Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>\n'
               'Meeting ID: {mid}\nPasscode: {pc}\n'
               'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
               'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
               'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
               '________________________________________________________________________________')


def exchange_mail(*, sender, to, cc=(), subject, sent, msgid, thread_index, text, cal, method,
                  boundary, lang='vi-VN', importance=None, ident='9f2e61c0b7d4a3e58f10'):
    headers = [
        ('Return-Path', f'<{sender[1]}>'),
        ('From', addr(*sender)),
        ('To', ', '.join(addr(*t) for t in to)),
    ]
    if cc:
        headers.append(('Cc', ', '.join(addr(*t) for t in cc)))
    headers += [
        ('Subject', subj(subject)),
        ('Thread-Topic', subj(subject.split(': ', 1)[1] if subject.startswith(('Canceled:', 'Đã hủy:')) else subject)),
        ('Thread-Index', thread_index),
        ('Date', rfc(sent.astimezone(UTC))),
        ('Message-ID', msgid),
        ('Accept-Language', f'{lang}, en-US'),
        ('Content-Language', lang),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
    ]
    if importance:
        headers.append(('Importance', importance))
    body = multi('alternative', boundary, [
        part('text/plain; charset="utf-8"', text, 'quoted-printable'),
        part('text/html; charset="utf-8"', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' + to_html(text, 'Aptos, Calibri, sans-serif') + '</body></html>', 'quoted-printable'),
        part(f'text/calendar; charset="utf-8"; method={method}', cal, 'base64'),
    ])
    return message(headers, body, arrive=sent + timedelta(seconds=2), ident=ident)


def gmail_mail(*, sender, to, cc=(), subject, sent, msgid, text, boundary, in_reply_to=None,
               references=None, reply_to=None, extra=(), html_text=None, ident='c3e8a0f19d27b64e5a11',
               attachments=()):
    headers = [('Return-Path', f'<{sender[1]}>'), ('From', addr(*sender)),
               ('Date', rfc(sent)), ('Message-ID', msgid)]
    if in_reply_to:
        headers += [('In-Reply-To', in_reply_to), ('References', references or in_reply_to)]
    headers += [('Subject', subj(subject)), ('To', ', '.join(addr(*t) for t in to))]
    if cc:
        headers.append(('Cc', ', '.join(addr(*t) for t in cc)))
    if reply_to:
        headers.append(('Reply-To', addr(*reply_to)))
    headers += list(extra)
    alt = multi('alternative', boundary, [
        part('text/plain; charset="UTF-8"', text, 'quoted-printable'),
        part('text/html; charset="UTF-8"', html_text or to_html(text), 'quoted-printable'),
    ])
    if attachments:
        alt = multi('mixed', boundary + 'mx', [alt] + list(attachments))
    return message(headers, alt, arrive=sent + timedelta(seconds=3), ident=ident)


def gcal_event(**kw):
    return json.dumps(kw, indent=2, ensure_ascii=False) + '\n'


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start),
            'end': iso(end) if end else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(recipients),
            'kind': kind}


def lab(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


SIG_TRAM = 'Bảo Trâm\n--\nNguyễn Ngọc Bảo Trâm\nData Analyst | 0903 417 286\nlinkedin.com/in/baotram-nguyen-data'


# ============================================================================= POSITIVE CASES
def c_topcv():
    """TopCV no-reply notification; HR contact only in the text."""
    sent = T(ICT, 2026, 3, 5, 10, 12, 33)
    start = wd(T(ICT, 2026, 3, 10, 14, 0), 'thứ Ba')
    end = start + timedelta(minutes=45)
    deadline = wd(T(ICT, 2026, 3, 8, 17), 'Chủ nhật')
    text = f"""Chào Nguyễn Ngọc Bảo Trâm,

Nhà tuyển dụng Lúa Vàng Commerce vừa gửi lời mời phỏng vấn cho hồ sơ bạn ứng tuyển vị trí Chuyên viên Phân tích Dữ liệu (Data Analyst) qua TopCV.

THÔNG TIN BUỔI PHỎNG VẤN
- Vòng: Phỏng vấn vòng 1 – trao đổi với quản lý trực tiếp
- Thời gian: 14h00 thứ Ba, ngày 10/03/2026
- Thời lượng dự kiến: 45 phút
- Hình thức: Phỏng vấn trực tiếp
- Địa điểm: Tầng 6, tòa nhà Lúa Vàng, 58 Trần Quốc Thảo, Phường Võ Thị Sáu, Quận 3, TP. Hồ Chí Minh
- Người phỏng vấn: Anh Phạm Quốc Huy – Trưởng nhóm Phân tích Dữ liệu
- Người liên hệ: Chị Võ Ngọc Hân (Tuyển dụng) – ngochan.vo@luavang-commerce.example – 0908 214 376

Lời nhắn từ nhà tuyển dụng:
"Chào Trâm, nếu có portfolio dashboard (Power BI/Tableau) em mang laptop theo để demo ngắn cho anh Huy nhé. Đến nơi em báo lễ tân gặp chị Hân. Cảm ơn em!"

Vui lòng bấm "Xác nhận tham gia" hoặc "Đề xuất thời gian khác" trên TopCV trước 17h00 Chủ nhật, ngày {deadline:%d/%m/%Y}.
Xác nhận tham gia: https://www.topcv.vn/lich-phong-van/xac-nhan?token=8f1c2ab04de9
Đề xuất thời gian khác: https://www.topcv.vn/lich-phong-van/doi-lich?token=8f1c2ab04de9

Mẹo từ TopCV: Xem ngay "25 câu hỏi phỏng vấn Data Analyst thường gặp và cách trả lời" https://www.topcv.vn/cam-nang/cau-hoi-phong-van-data-analyst

Chúc bạn phỏng vấn thành công!
Đội ngũ TopCV

Email này được gửi tự động từ hệ thống TopCV, vui lòng không trả lời email này.
Công ty Cổ phần TopCV Việt Nam | Bạn nhận được email vì đã đăng ký tài khoản ứng viên trên TopCV.
Hủy đăng ký nhận thông báo: https://www.topcv.vn/settings/notifications"""
    html_body = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f5f5">'
                 '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;'
                 'font-family:Arial,sans-serif;font-size:14px;color:#212f3f"><tr><td style="padding:24px">'
                 '<img src="https://static.topcv.vn/v4/image/logo/topcv-logo-6.png" alt="TopCV" width="120">'
                 + to_html(text, 'Arial,sans-serif') + '</td></tr></table></body></html>')
    body = multi('alternative', '----=_Part_2291048_1930431122.1772680353118', [
        part('text/plain; charset=UTF-8', text, 'base64'),
        part('text/html; charset=UTF-8', html_body, 'base64'),
    ])
    headers = [
        ('Return-Path', '<0100019cbd1e2f3a-5b2f-bounce@amazonses.com>'),
        ('From', addr('TopCV', 'noreply@topcv.vn')),
        ('To', addr(OWNER_NAME, OWNER)),
        ('Subject', subj('[TopCV] Lúa Vàng Commerce mời bạn phỏng vấn vị trí Chuyên viên Phân tích Dữ liệu')),
        ('Date', rfc(sent)),
        ('Message-ID', '<0100019cbd1e2f3a-5b2f-4c1e-a7d0-3e9b11c0f8aa-000000@email.amazonses.com>'),
        ('List-Unsubscribe', '<https://www.topcv.vn/settings/notifications>'),
        ('X-SES-Outgoing', '2026.03.05-54.240.27.11'),
        ('Feedback-ID', '1.us-east-1.topcvmailer:AmazonSES'),
    ]
    files = [('01-topcv-loi-moi-phong-van.eml', message(headers, body, arrive=sent + timedelta(seconds=4), ident='1a0b4e77c2d9f30a8e61'))]
    return files, lab([iv('Lúa Vàng Commerce', 'Chuyên viên Phân tích Dữ liệu (Data Analyst)', start, end,
                          'scheduled', [], ['ngochan.vo@luavang-commerce.example'], 'hiring_manager')],
                      'medium', 'positive/job-board-notification-vi',
                      'TopCV no-reply notification in Vietnamese (base64). "14h00 thứ Ba, ngày 10/03/2026", 45 min '
                      'with the team lead whose address is not given -> interviewer_emails empty; follow-up goes to '
                      'the HR contact written in the body (not the noreply sender).')


def c_no_diacritics():
    """HR writes from an iPhone without diacritics; 'chieu mai luc 15h30' relative to Date."""
    s1 = wd(T(ICT, 2026, 3, 23, 16, 48, 5), 'thứ hai')
    s2 = T(ICT, 2026, 3, 23, 17, 41, 52)
    start = wd(T(ICT, 2026, 3, 24, 15, 30), 'thứ ba')  # "chieu mai" from Monday 23/03
    end = start + timedelta(minutes=60)
    lan = ('Tran Thi My Lan', 'mylan.tran@benghe-foods.example')
    tuan = ('Le Minh Tuan', 'minhtuan.le@benghe-foods.example')
    m1id = '<6D1F0C8E-3B7A-4E2C-9A61-0F5D2C8B7E14@benghe-foods.example>'
    t1 = """Chao Tram,

Chi la My Lan, HR cua Ben Nghe Foods. Cam on em da ung tuyen vi tri Data Analyst (Supply Chain) ben chi.

Team muon moi em qua phong van chuyen mon vao chieu mai luc 15h30 tai van phong cong ty: Lau 4, 27 Ton That Thiep, Quan 1. Buoi phong van khoang 60 phut, anh Le Minh Tuan (Data Lead, chi cc anh o email nay) se phong van truc tiep, gom phan viet SQL tren giay va trao doi ve du an du bao ton kho em lam truoc day.

Em xac nhan giup chi truoc 20h toi nay nhe. Neu khung gio nay khong tien thi em bao chi de doi lich.

Thanks em,
My Lan
--
Tran Thi My Lan | HR Executive
Ben Nghe Foods JSC
M: 0933 118 402

Sent from my iPhone"""
    h1 = [('Return-Path', f'<{lan[1]}>'), ('From', addr(*lan)), ('Content-Type', 'text/plain;\n\tcharset=us-ascii'),
          ('Content-Transfer-Encoding', '7bit'), ('Mime-Version', '1.0 (1.0)'),
          ('Subject', 'Moi phong van - Data Analyst (Supply Chain) - Ben Nghe Foods'),
          ('Date', rfc(s1)), ('Message-Id', m1id), ('Cc', addr(*tuan)), ('To', OWNER),
          ('X-Mailer', 'iPhone Mail (23D127)')]
    raw1 = 'Delivered-To: ' + OWNER + '\nReceived: ' + received_google(s1 + timedelta(seconds=6), '7e21c0a95b3f64d810ce') + '\n' + \
        ''.join(f'{k}: {v}\n' for k, v in h1) + '\n' + t1 + '\n'
    m2id = '<A93C51D2-7F08-4B6E-8D2A-6E0B4C1F9D37@benghe-foods.example>'
    t2 = """Ok em, chi da bao anh Tuan roi. Hen gap em 15h30 chieu mai nhe. Em nho mang theo CCCD de dang ky khach o sanh toa nha, len lau 4 bao le tan la gap chi My Lan.

My Lan

Sent from my iPhone

> On 23 Mar 2026, at 17:26, Nguyễn Ngọc Bảo Trâm <baotram.nguyen@example.com> wrote:
>
> Dạ em chào chị My Lan,
>
> Em cảm ơn chị đã sắp xếp ạ. Em xác nhận tham gia phỏng vấn lúc 15h30 chiều mai tại văn phòng Bến Nghé Foods ạ.
>
> Em chào chị,
> Bảo Trâm
>
>> On 23 Mar 2026, at 16:48, Tran Thi My Lan <mylan.tran@benghe-foods.example> wrote:
>>
>> Chao Tram,
>>
>> Chi la My Lan, HR cua Ben Nghe Foods. Cam on em da ung tuyen vi tri Data Analyst (Supply Chain) ben chi.
>>
>> Team muon moi em qua phong van chuyen mon vao chieu mai luc 15h30 tai van phong cong ty: Lau 4, 27 Ton That Thiep, Quan 1. Buoi phong van khoang 60 phut, anh Le Minh Tuan (Data Lead, chi cc anh o email nay) se phong van truc tiep, ...
"""
    reply_id = '<CAG7x1QpZ0v3Lm2Hn8sYt4bB6cKd9eFw5uRj1oTq@mail.gmail.com>'
    h2 = [('Return-Path', f'<{lan[1]}>'), ('From', addr(*lan)),
          ('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable'),
          ('Mime-Version', '1.0 (1.0)'), ('Subject', 'Re: Moi phong van - Data Analyst (Supply Chain) - Ben Nghe Foods'),
          ('Date', rfc(s2)), ('Message-Id', m2id), ('References', f'{m1id} {reply_id}'),
          ('In-Reply-To', reply_id), ('Cc', addr(*tuan)), ('To', addr(OWNER_NAME, OWNER)),
          ('X-Mailer', 'iPhone Mail (23D127)')]
    raw2 = 'Delivered-To: ' + OWNER + '\nReceived: ' + received_google(s2 + timedelta(seconds=5), '3b90e4c17a2d58f06e93') + '\n' + \
        ''.join(f'{k}: {v}\n' for k, v in h2) + '\n' + quopri.encodestring(t2.encode('utf-8')).decode('ascii')
    files = [('01-moi-phong-van-ben-nghe.eml', raw1), ('02-re-moi-phong-van-ben-nghe.eml', raw2)]
    return files, lab([iv('Ben Nghe Foods', 'Data Analyst (Supply Chain)', start, end, 'scheduled',
                          [tuan[1]], [tuan[1]], 'technical')],
                      'hard', 'positive/relative-date-no-diacritics',
                      'Vietnamese without diacritics from an iPhone: "chieu mai luc 15h30" in a mail dated Mon 23 Mar '
                      '2026 -> Tue 24 Mar 15:30 ICT, ~60 min. Interviewer (Data Lead) is in Cc and named in the text. '
                      'Reply thread confirms; no explicit date anywhere.')


def c_vnworks_sg_teams():
    """VietnamWorks online test (not an interview) then a Teams invite from Singapore HQ."""
    s1 = T(ICT, 2026, 4, 1, 9, 15, 2)
    due = wd(T(ICT, 2026, 4, 5, 23, 59), 'chủ nhật')
    t1 = f"""Chào Nguyễn Ngọc Bảo Trâm,

Meranti Pay mời bạn hoàn thành bài đánh giá trực tuyến cho vị trí Data Analyst – Risk mà bạn đã ứng tuyển trên VietnamWorks.

- Nội dung: SQL, thống kê cơ bản, đọc hiểu biểu đồ (tiếng Anh)
- Thời lượng: 60 phút, làm một lần
- Hạn hoàn thành: 23:59 Chủ nhật, {due:%d/%m/%Y} (GMT+7)
- Bắt đầu làm bài: https://www.vietnamworks.com/assessment/start?aid=VNW-7731842&c=meranti

Lưu ý: Đây là bài kiểm tra tự làm, không có người phỏng vấn. Ứng viên đạt yêu cầu sẽ được nhà tuyển dụng liên hệ trực tiếp để mời phỏng vấn.

Chúc bạn may mắn!
VietnamWorks – Kết nối nhân tài

Email tự động, vui lòng không phản hồi. Quản lý thông báo: https://www.vietnamworks.com/account/notification"""
    m1 = message([
        ('Return-Path', '<bounce-mc.us21_88123.7719@mail178.suw121.mcdlv.net>'),
        ('From', addr('VietnamWorks', 'no-reply@vietnamworks.com')),
        ('To', OWNER), ('Subject', subj('Meranti Pay mời bạn làm bài đánh giá trực tuyến – Data Analyst – Risk')),
        ('Date', rfc(s1)), ('Message-ID', '<20260401021502.7719.88123@vietnamworks.com>'),
    ], multi('alternative', '_----------=_MCPart_1402217753', [
        part('text/plain; charset="utf-8"; format="fixed"', t1, 'quoted-printable'),
        part('text/html; charset="utf-8"', '<html><body>' + to_html(t1) + '</body></html>', 'quoted-printable'),
    ]), arrive=s1 + timedelta(seconds=9), ident='5c2e9b0a14d7f8e63a20')

    sent = T(SGT, 2026, 4, 9, 11, 5, 12)
    start = wd(T(SGT, 2026, 4, 14, 10, 0), 'tuesday')
    end = start + timedelta(hours=1)
    assert start.astimezone(ICT).hour == 9
    jas = ('Jasmine Koh', 'jasmine.koh@merantipay.example')
    rahul = ('Rahul Menon', 'rahul.menon@merantipay.example')
    text = f"""Hi Bao Tram,

Congratulations on clearing the online assessment! Please find below the invite for your technical interview with Rahul Menon (Risk Analytics Manager) for the Data Analyst – Risk role in our Ho Chi Minh City team.

Format: 60 minutes on Teams – about 40 minutes of live SQL/Python on a shared notebook (fraud and chargeback data), then time for your questions.

When: Tuesday, 14 April 2026, 10:00–11:00 (UTC+08:00) Kuala Lumpur, Singapore – that is 9:00–10:00 Vietnam time.

Please accept the invite so it lands in your calendar. If the slot doesn't work, just reply to me.

Best regards,
Jasmine Koh
Talent Acquisition Partner, APAC | Meranti Pay Pte. Ltd.
1 Raffles Place, #20-61, Singapore 048616

{TEAMS_BLOCK.format(tid='NzQ1ZGM4YjUtOTgwZi00ZDFlLWE1MjMtYjU5OGJkNGQzYzE4', mid='418 205 771 903', pc='Kt7bQ2')}"""
    cal = exchange_ics(method='REQUEST', tz_lines=vtz_fixed('Singapore Standard Time', '+0800'),
                       tzid='Singapore Standard Time', start=start, end=end, stamp=sent, organizer=jas,
                       attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT'), (rahul[0], rahul[1], 'REQ-PARTICIPANT')],
                       uid='040000008200E00074C5B7101A82E0080000000070A3B6F3B5C7DC01000000000000000010000000E2C41F0A9B3D6E4C8A51F7D2B09E3C66',
                       seq=0, summary='Meranti Pay | Technical Interview – Data Analyst, Risk | Bao Tram Nguyen',
                       description=text, location='Microsoft Teams Meeting', lang='en-US')
    m2 = exchange_mail(sender=jas, to=[(OWNER_NAME, OWNER), rahul],
                       subject='Meranti Pay | Technical Interview – Data Analyst, Risk | Bao Tram Nguyen',
                       sent=sent, msgid='<SG2PR06MB5281A4F1C9E27D3B0A6E2F18C4A12@SG2PR06MB5281.apcprd06.prod.outlook.example>',
                       thread_index='AdzHx3Lq0m8b2W5kT1aQv9cEr4nFyA==', text=text, cal=cal, method='REQUEST',
                       boundary='_000_SG2PR06MB5281A4F1C9E27D3B0A6E2F18C4A12SG2PR06MB5281apcp_', lang='en-US',
                       ident='2d7f1a90c64b3e85e0f2')
    files = [('01-vietnamworks-online-assessment.eml', m1), ('02-teams-technical-interview.eml', m2)]
    return files, lab([iv('Meranti Pay', 'Data Analyst – Risk', start, end, 'scheduled', [rahul[1]],
                          [rahul[1]], 'technical')],
                      'medium', 'positive/assessment-then-exchange-invite-sgt',
                      'First mail is a VietnamWorks self-paced online test (not an interview). Second is an Exchange/'
                      'Teams invite with TZID "Singapore Standard Time" 10:00 SGT = 09:00 ICT. Organizer is the '
                      'recruiter; Rahul conducts it.')


def c_tet_reschedule():
    """Google invite (Vietnamese UI) moved past Tet by HR e-mail + SEQUENCE:1 update."""
    phuong = ('Đặng Thu Phương', 'phuong.dang@trangan-insurtech.example')
    ducanh = ('Bùi Đức Anh', 'ducanh.bui@trangan-insurtech.example')
    uid = '5f0hq2m7c1v9kd3ru8s4bna6jt@google.com'
    title = 'Phỏng vấn vòng 2 – BI Analyst – Nguyễn Ngọc Bảo Trâm'
    desc = ('Phỏng vấn vòng 2 với anh Bùi Đức Anh (Head of Data).\nNội dung: case study về dữ liệu bồi thường '
            'bảo hiểm sức khỏe – em trình bày 15 phút, sau đó hỏi đáp.\nLiên hệ: chị Phương – 0912 640 318')
    s1 = T(ICT, 2026, 2, 2, 9, 30, 11)
    old = wd(T(ICT, 2026, 2, 12, 9, 0), 'thứ năm')
    guests = [(phuong[0], phuong[1], 'ACCEPTED'), (ducanh[0], ducanh[1], 'ACCEPTED'), ('', OWNER, 'NEEDS-ACTION')]
    m1 = google_invite_mail(kind='invite', lang='vi', title=title, start=old, end=old + timedelta(hours=1),
                            organizer=phuong, guests=guests, description=desc, uid=uid, seq=0, sent=s1,
                            msgid='<calendar-8c1e4b2a-6f3d-4e0a-9b7c-2d5e8f1a3c90@google.com>',
                            boundary='0000000000004f1a2b0633c9e1', meet='vtx-qmar-hnk', created=s1,
                            ident='81ce0a3f5b7d2e9460b1')
    s2 = T(ICT, 2026, 2, 9, 14, 5, 40)
    new = wd(T(ICT, 2026, 2, 26, 9, 0), 'thứ năm')
    assert (new.date() - datetime(2026, 2, 17).date()).days == 9  # mùng 10 Tết (mùng 1 = 17/02/2026)
    t2 = f"""Chào Bảo Trâm,

Chị Phương bên Tràng An Insurtech đây. Công ty chị nghỉ Tết Nguyên đán từ thứ Năm 12/02 đến hết Chủ nhật 22/02 (anh Đức Anh cũng đã xin về quê sớm), nên buổi phỏng vấn vòng 2 dự kiến 9h sáng thứ Năm 12/02 chị xin phép dời sang sau Tết:

  ➜ 9 giờ sáng thứ Năm, 26/02/2026 (mùng 10 tháng Giêng), vẫn qua Google Meet, thời lượng 60 phút.

Chị sẽ cập nhật lại lời mời trên Google Calendar, em chỉ cần bấm "Có" lại giúp chị. Nội dung case study không đổi, em có thêm thời gian chuẩn bị nhé.

Chúc em và gia đình năm mới Bính Ngọ an khang, thịnh vượng!

Thân mến,
Đặng Thu Phương
Chuyên viên Tuyển dụng | Tràng An Insurtech
Tầng 11, 22 Láng Hạ, Đống Đa, Hà Nội"""
    m2 = gmail_mail(sender=phuong, to=[(OWNER_NAME, OWNER)], cc=[ducanh],
                    subject='[Tràng An Insurtech] Dời lịch phỏng vấn vòng 2 do nghỉ Tết', sent=s2,
                    msgid='<CAJ4tK8nq2W7bXy0pLr5Ue3sVd9Mf1Hc6oZa8gQe@mail.gmail.com>', text=t2,
                    boundary='000000000000a7c3e50633d47f20', ident='40b2d7e91c5a8f36e0d4')
    s3 = T(ICT, 2026, 2, 9, 14, 10, 45)
    m3 = google_invite_mail(kind='updated', lang='vi', title=title, start=new, end=new + timedelta(hours=1),
                            organizer=phuong, guests=guests, description=desc, uid=uid, seq=1, sent=s3,
                            msgid='<calendar-0a7d3e9b-1c4f-4b82-8e6a-5f2c9d1b7e43@google.com>',
                            boundary='000000000000b9e4c70633d48a11', meet='vtx-qmar-hnk', created=s1,
                            changed_note='Sự kiện này đã được thay đổi.\nĐã thay đổi: thời gian',
                            ident='e5a19c7b30d2f8416ab9')
    files = [('01-loi-moi-phong-van-vong-2.eml', m1), ('02-doi-lich-do-nghi-tet.eml', m2),
             ('03-loi-moi-da-cap-nhat.eml', m3)]
    return files, lab([iv('Tràng An Insurtech', 'BI Analyst', new, new + timedelta(hours=1), 'scheduled',
                          [ducanh[1]], [ducanh[1]], 'hiring_manager')],
                      'medium', 'positive/reschedule-tet',
                      'Vietnamese-UI Google invite for Thu 12/02 9:00 moved past the Tet holiday to Thu 26/02/2026 '
                      '9:00 ICT (mùng 10 tháng Giêng) by HR mail and an updated invitation (SEQUENCE 1, same UID). '
                      'One interview at the final time; Head of Data conducts it.')


def c_zalo_relay():
    """Owner pastes a Zalo chat into a note-to-self; HR then mails the Meet link."""
    s1 = wd(T(ICT, 2026, 4, 15, 11, 3, 27), 'thứ tư')
    start = wd(T(ICT, 2026, 4, 17, 16, 0), 'thứ sáu')  # "16h thứ Sáu này" said on Wed 15/04
    end = start + timedelta(hours=1)
    hanh = ('Đỗ Mỹ Hạnh', 'hanh.do@vanan-fintech.example')
    t1 = """(copy từ Zalo để khỏi trôi tin nhắn)

Đỗ Mỹ Hạnh - HR Vạn An Fintech  10:41 Hôm nay
Chào Trâm, chị Hạnh bên Vạn An Fintech nè. Team Data xem CV em rồi, muốn hẹn em phỏng vấn kỹ thuật online với anh Khoa (Team Lead Data), khoảng 1 tiếng, qua Google Meet.

Đỗ Mỹ Hạnh - HR Vạn An Fintech  10:42
Thứ Năm này 14h em có rảnh không em?

Bảo Trâm  10:47
Dạ chị ơi thứ Năm 14h em vướng họp ở công ty rồi ạ 😥 Chiều thứ Sáu thì em sắp xếp được ạ.

Đỗ Mỹ Hạnh - HR Vạn An Fintech  10:50
Vậy 16h thứ Sáu này nha em. Chị chốt với anh Khoa rồi.

Bảo Trâm  10:51
Dạ ok chị, 16h thứ Sáu em vào Meet ạ 👍

Đỗ Mỹ Hạnh - HR Vạn An Fintech  10:53
Em gửi giúp chị CV bản tiếng Anh qua mail hanh.do@vanan-fintech.example nha, link Meet chị gửi qua mail luôn.

---
TODO: gửi CV tiếng Anh cho chị Hạnh, ôn lại window function + cohort retention"""
    m1 = gmail_mail(sender=(OWNER_NAME, OWNER), to=[(OWNER_NAME, OWNER)],
                    subject='Lưu lại: tin nhắn Zalo chị Hạnh (Vạn An Fintech) – lịch PV', sent=s1,
                    msgid='<CAN9rW2kTq5y0Vb3Lm8Hs1Xe6dPz4Gu7fJc2aRo5@mail.gmail.com>', text=t1,
                    boundary='00000000000033f1d80635a2c9e4', ident='0f6e2d9a18b4c7053e21')
    s2 = T(ICT, 2026, 4, 15, 15, 12, 8)
    t2 = """Chào Trâm,

Như đã trao đổi qua Zalo, chị gửi em link Google Meet cho buổi phỏng vấn kỹ thuật với anh Khoa (Nguyễn Đăng Khoa – Team Lead Data):

- Thời gian: 16h00 – 17h00, thứ Sáu 17/04/2026
- Link: https://meet.google.com/pwd-hzbk-rfe
- Nội dung: SQL (window function, join nhiều bảng giao dịch), 1 case phân tích tỉ lệ nợ xấu, và trao đổi về kinh nghiệm của em.

Chị đã nhận CV tiếng Anh của em rồi nhé, cảm ơn em. Có gì em nhắn Zalo hoặc reply mail này cho chị.

Thân,
Đỗ Mỹ Hạnh
HR Business Partner – Vạn An Fintech
18 Phan Đình Giót, Tân Bình, TP.HCM | 0978 552 903"""
    m2 = gmail_mail(sender=hanh, to=[(OWNER_NAME, OWNER)],
                    subject='Vạn An Fintech – Link phỏng vấn Data Analyst (16h00 thứ Sáu 17/04)', sent=s2,
                    msgid='<CAK2mH7pVx4e9Rt1Ws6Nb0Qc3yLj8Df5uGa7oPk1@mail.gmail.com>', text=t2,
                    boundary='0000000000007a90c20635a61b37', ident='c81d4f0b9e2a6735d0e8')
    files = [('01-luu-tin-nhan-zalo.eml', m1), ('02-link-phong-van-van-an.eml', m2)]
    return files, lab([iv('Vạn An Fintech', 'Data Analyst', start, end, 'scheduled', [], [hanh[1]], 'technical')],
                      'hard', 'positive/zalo-relay-then-email',
                      'Owner pasted a Zalo chat into a note-to-self (Wed 15/04): Thursday 14h is proposed and '
                      'declined, "16h thứ Sáu này" agreed = Fri 17/04 16:00 ICT; HR then mails the Meet link with the '
                      'explicit date. Interviewer Khoa has no address -> follow-up to HR.')


def c_itviec_sydney_dst():
    """ITviec receipt, Sydney recruiter mail across the 5 Apr DST end, Google invite in ICT."""
    s0 = T(ICT, 2026, 3, 20, 20, 14, 51)
    t0 = """Chào Bảo Trâm,

Bạn đã ứng tuyển thành công vị trí Product Data Analyst (HCMC Hub) tại Wattle & Co qua ITviec.

CV đã gửi: NguyenNgocBaoTram_DataAnalyst_EN.pdf
Nhà tuyển dụng sẽ xem hồ sơ và liên hệ với bạn nếu phù hợp để sắp xếp phỏng vấn. Thời gian phản hồi trung bình của nhà tuyển dụng này: 5 ngày.

Trong lúc chờ đợi, bạn có thể tham khảo: "Phỏng vấn với công ty nước ngoài: những điều cần chuẩn bị" https://itviec.com/blog/phong-van-cong-ty-nuoc-ngoai

ITviec – Ít nhưng mà chất
Bạn nhận email này vì đã ứng tuyển trên ITviec. Cài đặt thông báo: https://itviec.com/settings"""
    m0 = message([
        ('Return-Path', '<bounces+2318845-7a1c@em.itviec.com>'),
        ('From', addr('ITviec', 'noreply@itviec.com')), ('To', OWNER),
        ('Subject', subj('Bạn đã ứng tuyển thành công: Product Data Analyst (HCMC Hub) – Wattle & Co')),
        ('Date', rfc(s0)), ('Message-ID', '<tR2vQ8xWS1eN0bJ7cK4mYw@geopod-ismtpd-6>'),
    ], multi('alternative', '8c6a9d4f0e21b7a3c5d8e9f01a2b3c4d', [
        part('text/plain; charset=utf-8', t0, 'quoted-printable'),
        part('text/html; charset=utf-8', '<html><body>' + to_html(t0) + '</body></html>', 'quoted-printable'),
    ]), arrive=s0 + timedelta(seconds=7), ident='9ab3e0c5d2f1476a8e0b')

    olivia = ('Olivia Brennan', 'olivia.brennan@wattleco.example')
    sam = ('Sam Nguyen', 'sam.nguyen@wattleco.example')
    s1 = wd(T(SYD, 2026, 3, 30, 14, 20, 31), 'monday')
    assert s1.utcoffset() == timedelta(hours=11)
    start = wd(T(SYD, 2026, 4, 7, 13, 0), 'tuesday')
    assert start.utcoffset() == timedelta(hours=10)
    assert start.astimezone(ICT).hour == 10
    end = start + timedelta(minutes=45)
    mid1 = '<SY4P282MB3711E0B6A2C94F85D1E7A3B9C2D10@SY4P282MB3711.AUSP282.PROD.OUTLOOK.example>'
    t1 = """Hi Bao Tram,

Thanks for applying through ITviec for the Product Data Analyst role in our HCMC hub – the team really liked your cohort-retention dashboard.

I'd like to lock in a 45-minute video interview with Sam Nguyen, our Head of Product Analytics, on Tuesday 7 April at 1:00pm Sydney time. I'll send a Google Calendar invite shortly.

Quick heads-up on time zones: daylight saving ends in Sydney on Sunday 5 April, so on the 7th we're back on AEST (UTC+10). 1:00pm Sydney = 10:00am in Ho Chi Minh City. (If it were this week, it would be 9:00am for you – so please go by the invite rather than a world clock screenshot.)

Cheers,
Olivia

Olivia Brennan
Talent Acquisition Partner | Wattle & Co
Level 7, 88 Phillip Street, Sydney NSW 2000"""
    m1 = message([
        ('Return-Path', f'<{olivia[1]}>'), ('From', addr(*olivia)), ('To', addr(OWNER_NAME, OWNER)),
        ('Subject', 'Wattle & Co - interview for Product Data Analyst (HCMC)'),
        ('Thread-Topic', 'Wattle & Co - interview for Product Data Analyst (HCMC)'),
        ('Thread-Index', 'AdzAf1xkPq7W2nR0S8eJt3vBm5yCgQ=='),
        ('Date', rfc(s1)), ('Message-ID', mid1), ('Accept-Language', 'en-AU, en-US'),
        ('Content-Language', 'en-AU'),
    ], multi('alternative', '_000_SY4P282MB3711E0B6A2C94F85D1E7A3B9C2D10SY4P282MB3711AUSP_', [
        part('text/plain; charset="us-ascii"', t1, 'quoted-printable'),
        part('text/html; charset="us-ascii"', '<html><body>' + to_html(t1, 'Aptos, sans-serif') + '</body></html>', 'quoted-printable'),
    ]), arrive=s1 + timedelta(seconds=3), ident='71f0c3a9e2b5d8064c1a')

    s2 = T(SYD, 2026, 3, 31, 9, 2, 14)
    desc = ('Video interview for the Product Data Analyst (HCMC Hub) role with Sam Nguyen, Head of Product '
            'Analytics. 1:00pm Sydney (AEST) / 10:00am Ho Chi Minh City.\n\nOlivia')
    m2 = google_invite_mail(kind='invite', lang='en',
                            title='Wattle & Co – Product Data Analyst interview (Bao Tram Nguyen)',
                            start=start.astimezone(ICT), end=end.astimezone(ICT), organizer=olivia,
                            guests=[(olivia[0], olivia[1], 'ACCEPTED'), (sam[0], sam[1], 'ACCEPTED'),
                                    ('', OWNER, 'NEEDS-ACTION')],
                            description=desc, uid='2s8kq6v1p0f4tb3nc7hd9mr5ul@google.com', seq=0, sent=s2,
                            msgid='<calendar-5b9d0e2f-3a71-4c6e-8f14-9e0c7a2b6d58@google.com>',
                            boundary='000000000000e1d2c306344a9b', meet='fzo-tkrw-hpx',
                            ident='b36c19e0a47f2d58c9e1')
    files = [('01-itviec-ung-tuyen-thanh-cong.eml', m0), ('02-olivia-interview-time.eml', m1),
             ('03-invitation-wattle-interview.eml', m2)]
    return files, lab([iv('Wattle & Co', 'Product Data Analyst (HCMC Hub)', start, end, 'scheduled',
                          [sam[1]], [sam[1]], 'hiring_manager')],
                      'hard', 'positive/dst-sydney',
                      'Recruiter writes on 30 Mar (AEDT, UTC+11) about Tue 7 Apr 1:00pm Sydney, after DST ends on 5 Apr '
                      '-> AEST UTC+10 = 10:00 ICT; the Google invite (rendered in ICT) agrees. ITviec receipt is not an '
                      'interview. Mail + invite = one interview.')


def c_workday_us_dst():
    """Workday 'Interview Scheduled' in PDT across the US DST start; recruiter clarifies ICT."""
    s1 = T(LA, 2026, 3, 3, 10, 15, 42)
    assert s1.utcoffset() == timedelta(hours=-8)
    start = wd(T(LA, 2026, 3, 9, 18, 0), 'monday')
    assert start.utcoffset() == timedelta(hours=-7)
    assert start.astimezone(ICT) == wd(T(ICT, 2026, 3, 10, 8, 0), 'tuesday')
    end = start + timedelta(minutes=45)
    marcus = ('Marcus Lee', 'marcus.lee@cascadia-outfitters.example')
    t1 = """Hello Bao Tram,

Your interview for Data Analyst II, Sourcing Analytics (R-0104233) has been scheduled.

Interview Details
Date: Monday, March 9, 2026
Time: 6:00 PM - 6:45 PM PDT (America/Los_Angeles)
Interview Type: Video Interview - Hiring Manager
Interviewer: Dana Whitfield, Director, Sourcing Analytics
Location: Microsoft Teams (your recruiter will share the link)

To view your interview details or update your availability, sign in to your candidate home account:
https://cascadia.wd5.myworkdayjobs.com/en-US/Cascadia_Careers/userHome

If you need to reschedule, please contact your recruiter, Marcus Lee.

This is an automated message from Cascadia Outfitters. Please do not reply to this email."""
    m1 = message([
        ('Return-Path', '<cascadia@myworkday.com>'),
        ('From', addr('Cascadia Outfitters', 'cascadia@myworkday.com')), ('To', OWNER),
        ('Subject', 'Interview Scheduled - Data Analyst II, Sourcing Analytics (R-0104233)'),
        ('Date', rfc(s1)), ('Message-ID', '<1184729310.556201.1772561742118@wd5-prod-omsmtp-04>'),
        ('X-Workday-Tenant', 'cascadia'),
    ], multi('alternative', '----=_Part_556200_1290047321.1772561742117', [
        part('text/plain; charset=UTF-8', t1, 'quoted-printable'),
        part('text/html; charset=UTF-8', '<html><body style="font-family:Helvetica,Arial,sans-serif">'
             '<table role="presentation" width="100%"><tr><td>' + to_html(t1, 'Helvetica,Arial,sans-serif')
             + '</td></tr></table></body></html>', 'base64'),
    ]), arrive=s1 + timedelta(seconds=11), ident='04d9e2a7c1b6f3580a9c')
    s2 = T(LA, 2026, 3, 3, 11, 2, 10)
    t2 = """Hi Bao Tram,

You should have just received a Workday notification for your interview with Dana Whitfield. Since you're in Ho Chi Minh City, a quick time-zone check: the US switches to daylight saving time this Sunday, March 8, so the slot is 6:00 PM PDT on Monday, March 9 – which is 8:00 AM on Tuesday, March 10 for you (ICT). Before the switch it would have been 9:00 AM, so please don't rely on a converter that still shows PST.

Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWI1ODc0NzktYjU0Ny00%40thread.v2/0

Dana will mostly want to hear how you'd analyze supplier lead-time and defect data across our Vietnam and Bangladesh factories, so bring a story or two from your current role.

Best,
Marcus

Marcus Lee
Senior Recruiter, Global Sourcing | Cascadia Outfitters
Seattle, WA | he/him"""
    m2 = message([
        ('Return-Path', f'<{marcus[1]}>'), ('From', addr(*marcus)), ('To', addr('Bao Tram Nguyen', OWNER)),
        ('Subject', 'Your interview with Dana - time zone check'), ('Date', rfc(s2)),
        ('Message-ID', '<BY5PR11MB4065C0E3A8F71B2D49E6A05FD7B93@BY5PR11MB4065.namprd11.prod.outlook.example>'),
        ('Content-Language', 'en-US'),
    ], multi('alternative', '_000_BY5PR11MB4065C0E3A8F71B2D49E6A05FD7B93BY5PR11MB4065namp_', [
        part('text/plain; charset="utf-8"', t2, 'base64'),
        part('text/html; charset="utf-8"', '<html><body>' + to_html(t2, 'Aptos, sans-serif') + '</body></html>', 'base64'),
    ]), arrive=s2 + timedelta(seconds=2), ident='e6b20c91f4a8d3572b0d')
    files = [('01-workday-interview-scheduled.eml', m1), ('02-marcus-time-zone-check.eml', m2)]
    return files, lab([iv('Cascadia Outfitters', 'Data Analyst II, Sourcing Analytics', start, end, 'scheduled',
                          [], [marcus[1]], 'hiring_manager')],
                      'hard', 'positive/workday-dst-us',
                      'Workday no-reply notice (sent 3 Mar, PST) for Mon 9 Mar 6:00 PM PDT, i.e. after the 8 Mar US DST '
                      'start = Tue 10 Mar 08:00 ICT (not 09:00). Interviewer has no address; follow-up to the '
                      'recruiter who wrote directly.')


def c_two_rounds():
    """Phone screen by HR, then technical round a few days later, one thread."""
    huyen = ('Ngô Thanh Huyền', 'huyen.ngo@halong-games.example')
    son = ('Đinh Công Sơn', 'son.dinh@halong-games.example')
    s1 = T(ICT, 2026, 4, 28, 10, 5, 0)
    ps = wd(T(ICT, 2026, 5, 4, 10, 0), 'thứ hai')
    m1id = '<CAF3hT9zQw1Rn6e0Vy4bKp8Ls2mXd7Gc5uJa3oNf@mail.gmail.com>'
    t1 = """Chào Bảo Trâm,

Chị là Huyền, phụ trách tuyển dụng tại Hạ Long Games. Cảm ơn em đã ứng tuyển vị trí Game Data Analyst.

Chị mời em tham gia buổi phỏng vấn sơ bộ qua điện thoại với chị vào 10h00 sáng thứ Hai, 04/05/2026 (ngay sau kỳ nghỉ lễ 30/4 – 1/5). Buổi trao đổi khoảng 20 phút, chị sẽ gọi vào số 0903 417 286 em để trong CV.

Nội dung: giới thiệu bản thân, mức lương mong muốn, thời gian có thể nhận việc và một vài câu hỏi về kinh nghiệm phân tích dữ liệu người chơi.

Nếu có thay đổi em reply email này giúp chị nhé.

Trân trọng,
Ngô Thanh Huyền
Talent Acquisition | Hạ Long Games
Tầng 15, Tòa nhà Thái Hà, 119 Trần Duy Hưng, Cầu Giấy, Hà Nội"""
    m1 = gmail_mail(sender=huyen, to=[(OWNER_NAME, OWNER)],
                    subject='[Hạ Long Games] Lịch phỏng vấn sơ bộ – Game Data Analyst', sent=s1, msgid=m1id,
                    text=t1, boundary='000000000000c52e7a0636f1d4b8', ident='5d0a7e3c91b2f4860e6c')
    s2 = T(ICT, 2026, 5, 4, 15, 20, 44)
    tech = wd(T(ICT, 2026, 5, 7, 14, 30), 'thứ năm')
    t2 = f"""Chào Trâm,

Cảm ơn em buổi trao đổi sáng nay. Chị vui báo em đã qua vòng sơ bộ 🎉

Vòng 2 là phỏng vấn chuyên môn với anh Đinh Công Sơn (Lead Data Analyst – chị cc anh Sơn ở mail này) vào 14h30 thứ Năm tuần này (07/05), qua Google Meet, khoảng 60 phút:
- 30 phút SQL trực tiếp trên bộ dữ liệu retention/LTV của một game mobile
- 30 phút trao đổi về các dự án em đã làm

Link Meet: https://meet.google.com/sgk-wqtd-bma
Anh Sơn sẽ gửi lời mời lịch riêng, em để ý hộp thư nhé.

Trân trọng,
Huyền

On Tue, Apr 28, 2026 at 10:05 AM Ngô Thanh Huyền <{huyen[1]}> wrote:
> Chào Bảo Trâm,
>
> Chị là Huyền, phụ trách tuyển dụng tại Hạ Long Games. Cảm ơn em đã ứng tuyển vị trí Game Data Analyst.
>
> Chị mời em tham gia buổi phỏng vấn sơ bộ qua điện thoại với chị vào 10h00 sáng thứ Hai, 04/05/2026 (ngay sau kỳ nghỉ lễ 30/4 – 1/5). Buổi trao đổi khoảng 20 phút, chị sẽ gọi vào số 0903 417 286 em để trong CV.
> ..."""
    m2 = gmail_mail(sender=huyen, to=[(OWNER_NAME, OWNER)], cc=[son],
                    subject='Re: [Hạ Long Games] Lịch phỏng vấn sơ bộ – Game Data Analyst', sent=s2,
                    msgid='<CAF3hT9zTq0Wm2c7Np5dRx1Ls8vYe4Hb6iKo9uPg@mail.gmail.com>', text=t2,
                    in_reply_to=m1id, boundary='000000000000e07b3c06371a92f5', ident='a2f61d08e9c34b75d1a0')
    files = [('01-lich-phong-van-so-bo.eml', m1), ('02-re-vong-2-chuyen-mon.eml', m2)]
    return files, lab([
        iv('Hạ Long Games', 'Game Data Analyst', ps, ps + timedelta(minutes=20), 'scheduled', [huyen[1]],
           [huyen[1]], 'phone_screen'),
        iv('Hạ Long Games', 'Game Data Analyst', tech, tech + timedelta(minutes=60), 'scheduled', [son[1]],
           [son[1]], 'technical'),
    ], 'medium', 'positive/two-interviews-thread',
        'Two interviews in one thread: HR phone screen Mon 04/05 10:00 (20 min, recruiter conducts it) and a '
        'technical round "14h30 thứ Năm tuần này (07/05)" with the Lead Data Analyst (Cc) for 60 min.')


def c_outlook_cancel():
    """Exchange request with SE Asia Standard Time, then METHOD:CANCEL (hiring freeze)."""
    bao = ('Hoàng Gia Bảo', 'bao.hoang@mekongfreight.example')
    quang = ('Trịnh Văn Quang', 'quang.trinh@mekongfreight.example')
    start = wd(T(ICT, 2026, 5, 22, 14, 0), 'thứ sáu')
    end = start + timedelta(hours=1)
    uid = '040000008200E00074C5B7101A82E00800000000B0D4E91E7CE5DC010000000000000000100000003A6F0C2B9D1E84479B5C02E7F4A1D863'
    summary = 'Phỏng vấn – Data Analyst (Operations) – Nguyễn Ngọc Bảo Trâm'
    teams = TEAMS_BLOCK.format(tid='OGQ3ZTFhYjItNWM0Ni00YjlmLTg2ZDAtMmYxZWE0YzA3YjM5', mid='362 840 917 552', pc='hR4Wm9')
    s1 = T(ICT, 2026, 5, 19, 9, 2, 11)
    t1 = f"""Chào Bảo Trâm,

Mekong Freight mời em tham gia phỏng vấn vị trí Data Analyst (Operations) với anh Trịnh Văn Quang – Trưởng phòng Phân tích Vận hành.

Thời gian: 14:00 – 15:00, thứ Sáu 22/05/2026
Hình thức: Microsoft Teams (link bên dưới)
Nội dung: trao đổi về kinh nghiệm phân tích dữ liệu kho vận, KPI giao hàng chặng cuối.

Em vui lòng bấm Chấp nhận để xác nhận giúp anh.

Trân trọng,
Hoàng Gia Bảo
Talent Acquisition Specialist | Mekong Freight
Lầu 5, 45 Nguyễn Thị Minh Khai, Quận 1, TP.HCM

{teams}"""
    cal1 = exchange_ics(method='REQUEST', tz_lines=vtz_fixed('SE Asia Standard Time', '+0700'),
                        tzid='SE Asia Standard Time', start=start, end=end, stamp=s1, organizer=bao,
                        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT'), (quang[0], quang[1], 'REQ-PARTICIPANT')],
                        uid=uid, seq=0, summary=summary, description=t1, location='Microsoft Teams Meeting')
    m1 = exchange_mail(sender=bao, to=[(OWNER_NAME, OWNER), quang], subject=summary, sent=s1,
                       msgid='<TYZPR04MB6392B1E2A7C04D9F38E5A1B60CF27@TYZPR04MB6392.apcprd04.prod.outlook.example>',
                       thread_index='AdznB4qT8vK1mW0aRc2eY7sLh3pDxg==', text=t1, cal=cal1, method='REQUEST',
                       boundary='_000_TYZPR04MB6392B1E2A7C04D9F38E5A1B60CF27TYZPR04MB6392apcp_',
                       ident='6a3d0f9e2c17b4856d0a')
    s2 = wd(T(ICT, 2026, 5, 21, 16, 40, 2), 'thứ năm')
    t2 = """Chào Trâm,

Anh rất tiếc phải hủy buổi phỏng vấn chiều mai (thứ Sáu 22/05, 14:00). Công ty vừa quyết định tạm dừng tuyển vị trí Data Analyst (Operations) trong quý 2 do tái cấu trúc bộ phận. Anh sẽ chủ động liên hệ lại nếu vị trí được mở lại.

Xin lỗi em vì sự bất tiện này và cảm ơn em đã quan tâm đến Mekong Freight.

Trân trọng,
Hoàng Gia Bảo"""
    cal2 = exchange_ics(method='CANCEL', tz_lines=vtz_fixed('SE Asia Standard Time', '+0700'),
                        tzid='SE Asia Standard Time', start=start, end=end, stamp=s2, organizer=bao,
                        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT'), (quang[0], quang[1], 'REQ-PARTICIPANT')],
                        uid=uid, seq=1, summary='Đã hủy: ' + summary, description=t2,
                        location='Microsoft Teams Meeting', status='CANCELLED')
    m2 = exchange_mail(sender=bao, to=[(OWNER_NAME, OWNER), quang], subject='Đã hủy: ' + summary, sent=s2,
                       msgid='<TYZPR04MB6392F7A0C3E19B2D54A8E6C71DB05@TYZPR04MB6392.apcprd04.prod.outlook.example>',
                       thread_index='AdznB4qT8vK1mW0aRc2eY7sLh3pDxgAJb1Q2', text=t2, cal=cal2, method='CANCEL',
                       boundary='_000_TYZPR04MB6392F7A0C3E19B2D54A8E6C71DB05TYZPR04MB6392apcp_',
                       importance='high', ident='d9c4a1e07f3b2856e4c1')
    files = [('01-phong-van-data-analyst-operations.eml', m1), ('02-da-huy-phong-van.eml', m2)]
    return files, lab([iv('Mekong Freight', 'Data Analyst (Operations)', start, end, 'cancelled', [quang[1]],
                          [quang[1]], 'hiring_manager')],
                      'medium', 'positive/cancellation-exchange',
                      'Exchange request (TZID "SE Asia Standard Time", Vietnamese Outlook) for Fri 22/05 14:00 ICT, then '
                      'METHOD:CANCEL / STATUS:CANCELLED SEQUENCE 1 ("Đã hủy:") because of a hiring freeze -> one '
                      'cancelled interview at its last time.')


def c_gcal_cancel_rebook():
    """Calendar API events: interview deleted (interviewer ill) and re-booked as a NEW event."""
    thuong = ('Lý Hoài Thương', 'thuong.ly@bongsen-health.example')
    linh = ('Châu Gia Linh', 'linh.chau@bongsen-health.example')
    first = wd(T(ICT, 2026, 1, 20, 10, 0), 'thứ ba')
    second = wd(T(ICT, 2026, 1, 23, 10, 0), 'thứ sáu')
    old_id = '4q7m2c9rfs1d0h8kp3bn6ev5tl'
    new_id = '0bd5kq1u8tm3jrg6c2ve9sp4ha'

    def ev(eid, etag, created, updated, summary, desc, st, meet):
        return gcal_event(
            kind='calendar#event', etag=etag, id=eid, status='confirmed',
            htmlLink='https://www.google.com/calendar/event?eid=' + base64.urlsafe_b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
            created=created, updated=updated, summary=summary, description=desc,
            location='Google Meet', creator={'email': thuong[1], 'displayName': thuong[0]},
            organizer={'email': thuong[1], 'displayName': thuong[0]},
            start={'dateTime': iso(st), 'timeZone': 'Asia/Ho_Chi_Minh'},
            end={'dateTime': iso(st + timedelta(hours=1)), 'timeZone': 'Asia/Ho_Chi_Minh'},
            iCalUID=f'{eid}@google.com', sequence=0,
            attendees=[{'email': thuong[1], 'displayName': thuong[0], 'organizer': True, 'responseStatus': 'accepted'},
                       {'email': linh[1], 'displayName': linh[0], 'responseStatus': 'accepted'},
                       {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
            hangoutLink=f'https://meet.google.com/{meet}',
            conferenceData={'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}',
                                             'label': f'meet.google.com/{meet}'}],
                            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
                            'conferenceId': meet},
            reminders={'useDefault': True}, eventType='default')
    desc = ('Phỏng vấn vị trí Healthcare Data Analyst với chị Châu Gia Linh (Analytics Manager).\n'
            'Nội dung: SQL, dashboard KPI chuỗi phòng khám, 1 câu hỏi tình huống về tỉ lệ tái khám.')
    e1 = ev(old_id, '"3541208816402000"', '2026-01-12T03:10:00.000Z', '2026-01-12T03:26:41.201Z',
            'Phỏng vấn Healthcare Data Analyst – Bảo Trâm', desc, first, 'qbe-mzrt-wko')
    s2 = wd(T(ICT, 2026, 1, 19, 17, 45, 9), 'thứ hai')
    t2 = """Chào Trâm,

Chị Linh bị ốm đột xuất nên bên mình buộc phải hủy buổi phỏng vấn 10h sáng mai (thứ Ba 20/01). Mình đã xóa lịch cũ trên Google Calendar và sẽ gửi lời mời mới cho 10h sáng thứ Sáu 23/01, vẫn qua Google Meet, nội dung như cũ.

Nếu giờ đó em không tiện thì báo mình để sắp xếp lại nhé. Xin lỗi em vì thay đổi gấp.

Thương
--
Lý Hoài Thương | Tuyển dụng – Bông Sen Health
Hotline: 028 3920 7714"""
    m2 = gmail_mail(sender=thuong, to=[(OWNER_NAME, OWNER)], cc=[linh],
                    subject='Hủy lịch phỏng vấn sáng mai 20/01 – Bông Sen Health', sent=s2,
                    msgid='<CAH8pQ2vRn5Xt0Lw7Ke3mYb9Dz1Fs6Gc4jUa2oTh@mail.gmail.com>', text=t2,
                    boundary='00000000000019b7e20648c3a5f1', ident='37e0b5c9a1d4f28604bd')
    e3 = gcal_event(kind='calendar#event', etag='"3542019372814000"', id=old_id, status='cancelled')
    e4 = ev(new_id, '"3542021190338000"', '2026-01-19T10:52:00.000Z', '2026-01-19T11:05:17.912Z',
            'Phỏng vấn Healthcare Data Analyst – Bảo Trâm (lịch mới)', desc, second, 'jtd-vexn-cab')
    files = [('01-event-phong-van.gcal.json', e1), ('02-huy-lich-sang-mai.eml', m2),
             ('03-event-deleted.gcal.json', e3), ('04-event-lich-moi.gcal.json', e4)]
    co, role = 'Bông Sen Health', 'Healthcare Data Analyst'
    return files, lab([
        iv(co, role, first, first + timedelta(hours=1), 'cancelled', [linh[1]], [linh[1]], 'hiring_manager'),
        iv(co, role, second, second + timedelta(hours=1), 'scheduled', [linh[1]], [linh[1]], 'hiring_manager'),
    ], 'hard', 'positive/cancel-then-rebook-gcal-json',
        'Calendar API items: event for Tue 20/01 10:00 ICT, recruiter mail cancelling it (interviewer ill), the same '
        'event id returned as status cancelled, then a NEW event id for Fri 23/01 10:00. Per the rules a re-booking '
        'as a new event is two entries: one cancelled, one scheduled.')


def c_greenhouse_onsite():
    """Greenhouse final-round itinerary in HCMC with a lunch break and a Singapore interviewer."""
    duyen = ('Tăng Mỹ Duyên', 'duyen.tang@kitemobility.example')
    nhat = ('Quách Minh Nhật', 'nhat.quach@kitemobility.example')
    wl = ('Wei Ling Tan', 'weiling.tan@kitemobility.example')
    binh = ('Lâm Quốc Bình', 'binh.lam@kitemobility.example')
    day = wd(T(ICT, 2026, 6, 11, 9, 30), 'thursday')
    sess = [
        (day, day + timedelta(minutes=45), 'SQL & Data Modelling', nhat),
        (T(ICT, 2026, 6, 11, 10, 30), T(ICT, 2026, 6, 11, 11, 15), 'Experimentation & Product Sense', wl),
        (T(ICT, 2026, 6, 11, 13, 0), T(ICT, 2026, 6, 11, 13, 45), 'Hiring Manager Conversation', binh),
    ]
    assert sess[1][0].astimezone(SGT).hour == 11 and sess[1][0].astimezone(SGT).minute == 30
    sent = T(ICT, 2026, 6, 8, 11, 31, 17)
    text = f"""Hi Bảo Trâm,

We're excited to host you for your final round for Senior Data Analyst, Marketplace at our Ho Chi Minh City office on Thursday, June 11, 2026. Here is your schedule (all times ICT, UTC+7):

09:30 – 10:15  SQL & Data Modelling – Quách Minh Nhật, Data Analytics Lead
10:30 – 11:15  Experimentation & Product Sense – Wei Ling Tan, Senior Data Scientist (joining from Singapore on Google Meet; 11:30 SGT for her)
11:30 – 13:00  Office tour & lunch with the Marketplace team (informal, not assessed)
13:00 – 13:45  Hiring Manager Conversation – Lâm Quốc Bình, Head of Marketplace Analytics

Location: Kite Mobility, Tầng 9, Saigon Riverside Tower, 2 Hàm Nghi, Quận 1, TP.HCM. Please bring a photo ID (CCCD/passport) to register at the ground-floor reception.

Calendar invites for each session are attached. If anything comes up, reply to this email or reach me at {duyen[1]}.

Best,
Tăng Mỹ Duyên
Recruiting Coordinator, Kite Mobility

Powered by Greenhouse"""
    atts = []
    for i, (s, e, name, who) in enumerate(sess, 1):
        cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN',
                   'CALSCALE:GREGORIAN', 'METHOD:REQUEST'] + VTZ_ICT + [
                   'BEGIN:VEVENT', f'UID:gh-interview-8841207-{i}@greenhouse.io', f'DTSTAMP:{zstamp(sent)}',
                   f'DTSTART;TZID=Asia/Ho_Chi_Minh:{local_stamp(s)}', f'DTEND;TZID=Asia/Ho_Chi_Minh:{local_stamp(e)}',
                   f'SUMMARY:{esc(f"Kite Mobility Final Round: {name} ({who[0]})")}',
                   f'DESCRIPTION:{esc(f"Senior Data Analyst, Marketplace – {name} with {who[0]}.")}',
                   'LOCATION:' + esc('Kite Mobility, Tầng 9, Saigon Riverside Tower, 2 Hàm Nghi, Quận 1' if who is not wl
                                     else 'Google Meet: https://meet.google.com/kmr-ycvb-two (Room Bến Thành)'),
                   f'ORGANIZER;CN={cn(duyen[0])}:mailto:{duyen[1]}',
                   f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(OWNER_NAME)}:mailto:{OWNER}',
                   f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={cn(who[0])}:mailto:{who[1]}',
                   'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
        atts.append(part(f'text/calendar; charset=UTF-8; method=REQUEST; name="interview-{i}.ics"', cal, 'base64',
                         extra=[f'Content-Disposition: attachment; filename="interview-{i}.ics"']))
    m = gmail_mail(sender=('Kite Mobility', 'no-reply@greenhouse.io'), to=[(OWNER_NAME, OWNER)],
                   subject='Final round interview schedule – Senior Data Analyst, Marketplace (Kite Mobility)',
                   sent=sent, msgid='<6a1f0e9d4c2b.8841207.20260608043117@greenhouse.io>', text=text,
                   reply_to=duyen, boundary='--==_mimepart_6a1f0e9d4c2b_8841207', attachments=atts,
                   extra=[('X-Mailer', 'Greenhouse')], ident='f1c7a30e9b5d2486a0c3')
    ivs = [nhat[1], wl[1], binh[1]]
    return [('01-final-round-itinerary.eml', m)], lab([
        iv('Kite Mobility', 'Senior Data Analyst, Marketplace', sess[0][0], sess[-1][1], 'scheduled', ivs, ivs, 'onsite')],
        'medium', 'positive/onsite-loop-greenhouse',
        'Greenhouse itinerary (no-reply sender, coordinator in Reply-To) with three sessions on Thu 11/06 plus an '
        'informal lunch; one onsite 09:30-13:45 ICT with the three interviewers (one joins from Singapore, '
        '"11:30 SGT for her"). Three .ics attachments = one interview.')


def c_floating_ics_ceo():
    """Standalone Apple Calendar .ics with a floating time; the text says Vietnam time."""
    phong = ('Hồ Thanh Phong', 'phong.ho@phusa-agri.example')
    oanh = ('Kiều Oanh', 'oanh.kieu@phusa-agri.example')
    start = wd(T(ICT, 2026, 6, 16, 8, 30), 'thứ ba')
    end = start + timedelta(minutes=45)
    desc = ('Chào Trâm, anh Phong đây.\nVòng cuối là buổi trò chuyện giữa em và anh (CEO & đồng sáng lập) tại văn '
            'phòng Phù Sa: 8h30 sáng thứ Ba 16/06 (giờ Việt Nam), khoảng 45 phút. Mình nói về kế hoạch xây đội dữ '
            'liệu mùa vụ cho các hợp tác xã lúa ở ĐBSCL và mong muốn phát triển của em.\nChị Oanh (HR) chỉ đón em ở '
            'sảnh. Nếu cần dời lịch em nhắn anh qua phong.ho@phusa-agri.example nhé.')
    cal = ics(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:-//Apple Inc.//macOS 15.5//EN', 'VERSION:2.0',
               'CALSCALE:GREGORIAN', 'BEGIN:VEVENT', f'ATTENDEE;CN={cn(OWNER_NAME)};CUTYPE=INDIVIDUAL;EMAIL={OWNER};'
               f'PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{OWNER}',
               f'ATTENDEE;CN={cn(oanh[0])};CUTYPE=INDIVIDUAL;EMAIL={oanh[1]};PARTSTAT=ACCEPTED;ROLE=OPT-PARTICIPANT:mailto:{oanh[1]}',
               f'ATTENDEE;CN={cn(phong[0])};CUTYPE=INDIVIDUAL;EMAIL={phong[1]};PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{phong[1]}',
               'CREATED:20260610T021544Z', f'DESCRIPTION:{esc(desc)}', f'DTEND:{local_stamp(end)}',
               'DTSTAMP:20260610T021602Z', f'DTSTART:{local_stamp(start)}', 'LAST-MODIFIED:20260610T021601Z',
               'LOCATION:' + esc('Phù Sa Agritech, 41 Hai Bà Trưng, Ninh Kiều, Cần Thơ'),
               f'ORGANIZER;CN={cn(phong[0])};EMAIL={phong[1]}:mailto:{phong[1]}', 'SEQUENCE:0',
               'SUMMARY:' + esc('Trò chuyện vòng cuối – Data Analyst – Phù Sa Agritech'),
               'TRANSP:OPAQUE', 'UID:7D3B9E21-4C8A-4F60-B1E5-92A0C6D84F17', 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC',
               'END:VEVENT', 'END:VCALENDAR'])
    return [('01-tro-chuyen-vong-cuoi.ics', cal)], lab([
        iv('Phù Sa Agritech', 'Data Analyst', start, end, 'scheduled', [phong[1]], [phong[1]], 'hiring_manager')],
        'medium', 'positive/standalone-ics-floating-founder',
        'Standalone Apple .ics with floating DTSTART 20260616T083000 (no TZID); the description says "8h30 sáng thứ '
        'Ba 16/06 (giờ Việt Nam)" -> +07:00. Final chat with the CEO/co-founder is a process step. The optional HR '
        'attendee only meets her in the lobby, not an interviewer.')


def c_us_dst_end():
    """Outlook/Zoom invite from New York in 'Eastern Standard Time' just after the 1 Nov fall-back."""
    megan = ("Megan O'Connor", 'megan.oconnor@hudsonlane.example')
    jordan = ('Jordan Alvarez', 'jordan.alvarez@hudsonlane.example')
    sent = T(NY, 2026, 10, 27, 10, 12, 40)
    assert sent.utcoffset() == timedelta(hours=-4)
    start = wd(T(NY, 2026, 11, 2, 21, 0), 'monday')
    assert start.utcoffset() == timedelta(hours=-5)
    assert start.astimezone(ICT) == wd(T(ICT, 2026, 11, 3, 9, 0), 'tuesday')
    end = start + timedelta(hours=1)
    text = """Hi Bao Tram,

Thanks again for your flexibility with the evening slot on our side. I've booked your case interview with Jordan Alvarez (Senior Manager, Audience Insights) for the Data Analyst, Audience Insights role. You'll get a small dataset in the Zoom chat 10 minutes before the start and walk Jordan through your analysis.

When: Monday, November 2, 2026 9:00 PM-10:00 PM (UTC-05:00) Eastern Time (US & Canada).
For you in Ho Chi Minh City: Tuesday, November 3, 9:00-10:00 AM (ICT).
Note: US clocks fall back one hour on Sunday, November 1, so this is 9:00 AM for you – not 8:00 AM as it would have been last week.

Join Zoom Meeting
https://hudsonlane.zoom.us/j/84120937751?pwd=Zk9xR2VvTnBqWmhL
Meeting ID: 841 2093 7751
Passcode: 530118

Best,
Megan

Megan O'Connor
Talent Partner | Hudson Lane Media
New York, NY"""
    cal = exchange_ics(method='REQUEST', tz_lines=VTZ_EASTERN_WIN, tzid='Eastern Standard Time', start=start,
                       end=end, stamp=sent, organizer=megan,
                       attendees=[('Bao Tram Nguyen', OWNER, 'REQ-PARTICIPANT'), (jordan[0], jordan[1], 'REQ-PARTICIPANT')],
                       uid='040000008200E00074C5B7101A82E008000000006045D2C19E46DD01000000000000000010000000A4C17E93F02B5D468E1F3C7B0A92D5E4',
                       seq=0, summary='Hudson Lane Media: Case Interview – Data Analyst, Audience Insights',
                       description=text, location='https://hudsonlane.zoom.us/j/84120937751', lang='en-US')
    m = exchange_mail(sender=megan, to=[('Bao Tram Nguyen', OWNER), jordan],
                      subject='Hudson Lane Media: Case Interview – Data Analyst, Audience Insights', sent=sent,
                      msgid='<MN2PR14MB40792D6E1A8B3F05C7E49A2DB61F8@MN2PR14MB4079.namprd14.prod.outlook.example>',
                      thread_index='AdxGc8V1nKp0yR3qTe7bW2sHm9aLzw==', text=text, cal=cal, method='REQUEST',
                      boundary='_000_MN2PR14MB40792D6E1A8B3F05C7E49A2DB61F8MN2PR14MB4079namp_', lang='en-US',
                      ident='08b5e3d1c9a7f2640e1b')
    return [('01-case-interview-hudson-lane.eml', m)], lab([
        iv('Hudson Lane Media', 'Data Analyst, Audience Insights', start, end, 'scheduled', [jordan[1]], [jordan[1]],
           'technical')],
        'medium', 'positive/dst-us-fall-back',
        'Exchange invite sent 27 Oct (EDT) with TZID "Eastern Standard Time" for Mon 2 Nov 21:00, after the 1 Nov '
        'fall-back -> UTC-5 = Tue 3 Nov 09:00 ICT. Case interview with the analytics manager -> technical.')


# ============================================================================= NEGATIVE CASES
def c_bank_appointment():
    """Bank 'lịch hẹn' for a mortgage appraisal, literally called 'phỏng vấn thẩm định', with .ics."""
    sent = T(ICT, 2026, 4, 10, 16, 30, 5)
    start = wd(T(ICT, 2026, 4, 14, 9, 0), 'thứ ba')
    tam = ('Vũ Thanh Tâm', 'tam.vu@ddxbank.example')
    text = f"""Kính gửi Quý khách NGUYỄN NGỌC BẢO TRÂM,

Ngân hàng TMCP Đông Dương Xanh (DDX Bank) xác nhận lịch hẹn của Quý khách như sau:

- Nội dung: Tư vấn & phỏng vấn thẩm định hồ sơ vay mua nhà (mã hồ sơ HL-2604-118372)
- Thời gian: 9 giờ sáng thứ Ba, ngày 14/04/2026 (khoảng 60 phút)
- Địa điểm: DDX Bank – Chi nhánh Quận 3, 201 Nam Kỳ Khởi Nghĩa, Phường Võ Thị Sáu, Quận 3, TP.HCM
- Chuyên viên phụ trách: {tam[0]} – Chuyên viên Khách hàng cá nhân – {tam[1]} – 0938 705 116

Hồ sơ cần mang theo (bản gốc để đối chiếu):
1. CCCD gắn chip của người vay và người đồng vay
2. Hợp đồng lao động và xác nhận chức danh/thu nhập do công ty cấp
3. Sao kê tài khoản nhận lương 06 tháng gần nhất
4. Hợp đồng mua bán/đặt cọc căn hộ

Quý khách có thể thêm lịch hẹn vào lịch cá nhân bằng tệp đính kèm. Để đổi lịch, vui lòng gọi tổng đài 1900 6868 hoặc liên hệ chuyên viên phụ trách.

Trân trọng,
DDX Bank – Khối Ngân hàng Bán lẻ
Email này được gửi tự động, vui lòng không trả lời."""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//DDX Bank//Appointment Booking 3.2//VI', 'METHOD:PUBLISH']
              + VTZ_ICT + ['BEGIN:VEVENT', 'UID:APPT-HL-2604-118372@ddxbank.example', f'DTSTAMP:{zstamp(sent)}',
              f'DTSTART;TZID=Asia/Ho_Chi_Minh:{local_stamp(start)}',
              f'DTEND;TZID=Asia/Ho_Chi_Minh:{local_stamp(start + timedelta(hours=1))}',
              'SUMMARY:' + esc('Lịch hẹn DDX Bank: Phỏng vấn thẩm định hồ sơ vay mua nhà'),
              'LOCATION:' + esc('DDX Bank – Chi nhánh Quận 3, 201 Nam Kỳ Khởi Nghĩa, Quận 3, TP.HCM'),
              'DESCRIPTION:' + esc(f'Chuyên viên phụ trách: {tam[0]} ({tam[1]}). Mang theo CCCD, HĐLĐ, sao kê lương 6 tháng.'),
              f'ORGANIZER;CN=DDX Bank:mailto:no-reply@ddxbank.example',
              f'ATTENDEE;CN={cn(OWNER_NAME)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}',
              'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    m = gmail_mail(sender=('DDX Bank', 'no-reply@ddxbank.example'), to=[(OWNER_NAME, OWNER)],
                   subject='Xác nhận lịch hẹn: Phỏng vấn thẩm định hồ sơ vay – 9 giờ sáng thứ Ba 14/04/2026',
                   sent=sent, msgid='<appt.HL-2604-118372.20260410093005@notify.ddxbank.example>', text=text,
                   boundary='=_ddx_8b1e0f27c4a9', ident='2e0f9c7b5a13d48e6f02',
                   attachments=[part('text/calendar; charset=utf-8; method=PUBLISH; name="lich-hen-DDX.ics"', cal,
                                     'base64', extra=['Content-Disposition: attachment; filename="lich-hen-DDX.ics"'])])
    return [('01-xac-nhan-lich-hen-ngan-hang.eml', m)], lab(
        [], 'hard', 'negative/bank-appointment',
        'Bank appointment ("lịch hẹn") for a mortgage appraisal literally called "phỏng vấn thẩm định hồ sơ vay", '
        'with an .ics and employment-contract paperwork. Not a job interview.')


def c_visa_interview():
    """Travel agent forwards a US visa interview appointment at the consulate (+ .ics)."""
    agent = ('Lâm Khánh Ngọc', 'khanhngoc.lam@saoviet-travel.example')
    fwd_sent = T(ICT, 2026, 5, 25, 14, 22, 30)
    orig = T(ICT, 2026, 5, 25, 13, 58, 2)
    appt = wd(T(ICT, 2026, 6, 11, 7, 30), 'thursday')
    text = f"""Chị Trâm ơi,

Em gửi chị xác nhận lịch phỏng vấn visa Mỹ (B1/B2) bên dưới nha. Chị nhớ:
- Có mặt trước giờ hẹn 30 phút (khoảng 7h sáng) tại Tổng Lãnh sự quán, 4 Lê Duẩn, Quận 1
- Mang hộ chiếu, trang xác nhận DS-160, thư xác nhận công việc + hợp đồng lao động, sao kê 3 tháng
- Không mang laptop, balo lớn; có thể gửi đồ ở quán nước đối diện

Chị cần tập dượt câu hỏi phỏng vấn visa thì em gửi file tham khảo nha. Chúc chị đậu visa!

Khánh Ngọc
Sao Việt Travel – Dịch vụ visa | 0906 228 415

---------- Forwarded message ---------
From: U.S. Visa Information Service <donotreply@usvisa-appointments.example>
Date: Mon, May 25, 2026 at 1:58 PM
Subject: Appointment Confirmation – Nonimmigrant Visa Interview
To: <khanhngoc.lam@saoviet-travel.example>

Appointment Confirmation

Applicant: NGUYEN NGOC BAO TRAM
Passport Number: C7xxxx291
Visa Class: B1/B2
Consular Section: Ho Chi Minh City
Interview Date: Thursday, June 11, 2026
Interview Time: 07:30 AM (local time)
Location: U.S. Consulate General, 4 Le Duan Boulevard, District 1, Ho Chi Minh City

Please arrive no earlier than 30 minutes before your scheduled interview time. Bring this confirmation, your passport and the DS-160 confirmation page. Electronic devices are not permitted.

Confirmation No.: 72451806334"""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Visa Appointment Service//EN', 'METHOD:PUBLISH',
               'BEGIN:VEVENT', 'UID:nivappt-72451806334@usvisa-appointments.example', f'DTSTAMP:{zstamp(orig)}',
               f'DTSTART:{zstamp(appt)}', f'DTEND:{zstamp(appt + timedelta(hours=2))}',
               'SUMMARY:Nonimmigrant Visa Interview - Ho Chi Minh City',
               'LOCATION:' + esc('U.S. Consulate General, 4 Le Duan Boulevard, District 1, Ho Chi Minh City'),
               'DESCRIPTION:Applicant NGUYEN NGOC BAO TRAM. Confirmation No. 72451806334.',
               f'ATTENDEE;CN=NGUYEN NGOC BAO TRAM;ROLE=REQ-PARTICIPANT:mailto:{OWNER}',
               'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    m = gmail_mail(sender=agent, to=[(OWNER_NAME, OWNER)],
                   subject='Fwd: Appointment Confirmation – Nonimmigrant Visa Interview', sent=fwd_sent,
                   msgid='<CAB1sX4nYp8Kc2Wq6Rt0Ve3Lm7Ha9Dz5uFj1gTo3@mail.gmail.com>', text=text,
                   boundary='0000000000008d2f1b0635f7c0a4', ident='93c1d7e0f5a2b8460c9e',
                   attachments=[part('text/calendar; charset=UTF-8; name="visa-interview.ics"', cal, 'base64',
                                     extra=['Content-Disposition: attachment; filename="visa-interview.ics"'])])
    return [('01-fwd-visa-interview-confirmation.eml', m)], lab(
        [], 'medium', 'negative/visa-interview',
        'Travel agent forwards a consulate nonimmigrant visa interview appointment (with .ics) and mentions an '
        'employment letter and interview practice. Visa interviews are non-job interviews.')


def c_alumni_career_talk():
    """Alumni association Google invite for a career talk with a live mock-interview segment."""
    org = ('Cựu SV Khoa Thống kê – ĐH Kinh tế Sài Gòn', 'alumni.thongke@sgecon-alumni.example')
    sent = T(ICT, 2026, 7, 2, 10, 0, 18)
    start = wd(T(ICT, 2026, 7, 18, 9, 0), 'saturday')
    end = T(ICT, 2026, 7, 18, 11, 30)
    desc = ('Career Talk #7 – "Data Analyst: phỏng vấn thế nào để có offer?"\n'
            'Diễn giả: anh Đoàn Nhật Minh (Analytics Manager) và chị Triệu Khánh Linh (Talent Acquisition Lead).\n'
            'Phần 1: Lộ trình nghề Data Analyst 2026. Phần 2: Mock interview trực tiếp với 3 bạn tình nguyện lên sân '
            'khấu + góp ý CV.\nĐịa điểm: Hội trường B1, 59C Nguyễn Đình Chiểu, Quận 3 (có phát trực tuyến).\n'
            'Sự kiện miễn phí dành cho cựu sinh viên và sinh viên năm cuối. Đăng ký mock interview: https://forms.example/ct7')
    m = google_invite_mail(kind='invite', lang='en',
                           title='Career Talk #7: Data Analyst – Phỏng vấn thế nào để có offer?', start=start, end=end,
                           organizer=org, guests=[(org[0], org[1], 'ACCEPTED'),
                                                  ('Cựu SV Thống kê K41', 'k41-thongke@sgecon-alumni.example', 'NEEDS-ACTION'),
                                                  ('', OWNER, 'NEEDS-ACTION')],
                           description=desc, uid='6n1c0s8ejv4q7hdm2t9kpb3gfa@google.com', seq=0, sent=sent,
                           msgid='<calendar-c4e1a7b9-02d5-4f36-8e9a-7b1d3c5f0e28@google.com>',
                           boundary='0000000000003e7f9a0639b2c8', meet='ctk-hbfa-vzq',
                           location='Hội trường B1, 59C Nguyễn Đình Chiểu, Quận 3', ident='6b2e8f0d1c9a3574e7f0')
    return [('01-invitation-career-talk.eml', m)], lab(
        [], 'medium', 'negative/alumni-career-talk',
        'University alumni career talk (Google invite to a group and the owner) about interview technique with a '
        'mock-interview segment. Not a hiring process step.')


def c_tutoring_trial():
    """Training centre trial class with a 'placement interview' with the teacher."""
    sent = T(ICT, 2026, 7, 20, 18, 4, 51)
    start = wd(T(ICT, 2026, 7, 22, 19, 30), 'thứ tư')
    end = T(ICT, 2026, 7, 22, 21, 30)
    text = """Chào bạn Bảo Trâm,

DataBee Academy xác nhận bạn đã đăng ký BUỔI HỌC THỬ MIỄN PHÍ khóa "Power BI Nâng cao cho Data Analyst":

🗓 Thời gian: 19h30 – 21h30 thứ Tư, 22/07/2026
📍 Địa điểm: Phòng 302, 135 Hai Bà Trưng, Quận 1 (hoặc học online qua Zoom – link gửi trước 1 giờ)
👩‍🏫 Giảng viên: cô Mai Phương Thảo – Senior BI Consultant

Sau buổi học thử, giảng viên sẽ phỏng vấn ngắn 15 phút với từng học viên để kiểm tra đầu vào và tư vấn lộ trình phù hợp (Basic / Advanced). Học viên hoàn thành khóa được hỗ trợ sửa CV và luyện phỏng vấn xin việc với doanh nghiệp đối tác.

Vui lòng mang theo laptop đã cài Power BI Desktop.
Thêm vào lịch: tệp đính kèm.

DataBee Academy – Hotline/Zalo: 0896 214 733
Bạn nhận email này vì đã đăng ký học thử tại databee-academy.example."""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//DataBee Academy//CRM//VI', 'METHOD:PUBLISH'] + VTZ_ICT +
              ['BEGIN:VEVENT', 'UID:trial-pbi-adv-20260722-0418@databee-academy.example', f'DTSTAMP:{zstamp(sent)}',
               f'DTSTART;TZID=Asia/Ho_Chi_Minh:{local_stamp(start)}', f'DTEND;TZID=Asia/Ho_Chi_Minh:{local_stamp(end)}',
               'SUMMARY:' + esc('Học thử: Power BI Nâng cao (DataBee Academy)'),
               'LOCATION:' + esc('Phòng 302, 135 Hai Bà Trưng, Quận 1'),
               f'ATTENDEE;CN={cn(OWNER_NAME)};ROLE=REQ-PARTICIPANT:mailto:{OWNER}',
               'END:VEVENT', 'END:VCALENDAR'])
    m = gmail_mail(sender=('DataBee Academy', 'hello@databee-academy.example'), to=[(OWNER_NAME, OWNER)],
                   subject='[DataBee] Xác nhận lịch học thử Power BI Nâng cao – 19h30 thứ Tư 22/07', sent=sent,
                   msgid='<20260720110451.4f1b2e9a@mailer.databee-academy.example>', text=text,
                   boundary='b1_4f1b2e9a7c0d53e86a21', ident='1e8d3c0b7f9a52466c1d',
                   attachments=[part('text/calendar; charset=utf-8; name="hoc-thu.ics"', cal, 'base64',
                                     extra=['Content-Disposition: attachment; filename="hoc-thu.ics"'])])
    return [('01-xac-nhan-hoc-thu.eml', m)], lab(
        [], 'medium', 'negative/tutoring-trial-class',
        'Trial class at a training centre where the teacher does a 15-minute placement "phỏng vấn" after the '
        'lesson; the owner is a student, not a candidate.')


def c_year_end_party():
    """Current employer's year-end party (Tất niên) Outlook invite to all staff."""
    hr = ('Phòng Nhân sự Gạo Ngọc', 'hr.events@gaongoc.example')
    sent = T(ICT, 2026, 1, 20, 10, 15, 33)
    start = wd(T(ICT, 2026, 2, 6, 18, 0), 'thứ sáu')
    end = T(ICT, 2026, 2, 6, 22, 0)
    summary = 'Year End Party 2025 – Tất niên Gạo Ngọc "Vươn mình 2026"'
    text = """Thân gửi toàn thể anh chị em Gạo Ngọc,

Một năm 2025 nhiều thử thách đã khép lại! Phòng Nhân sự trân trọng kính mời anh chị tham dự tiệc Tất niên – Year End Party 2025:

Thời gian: 18h00 – 22h00, thứ Sáu 06/02/2026 (đón khách từ 17h30)
Địa điểm: Trung tâm Hội nghị White Palace Võ Văn Kiệt, Quận 6
Dress code: Áo dài / Smart casual tông đỏ – vàng

Chương trình:
- Vinh danh Nhân viên xuất sắc & chào đón tân binh gia nhập năm 2025
- MC "phỏng vấn nóng" đại diện các phòng ban trên sân khấu
- Tiết mục văn nghệ (các phòng ban đăng ký tuyển chọn tiết mục trước 30/01)
- Bốc thăm trúng thưởng: xe máy, iPhone và 50 phong bao lì xì

Anh chị vui lòng bấm Chấp nhận để BTC chuẩn bị chỗ ngồi.

Trân trọng,
Phòng Nhân sự & Tuyển dụng
Công ty CP Phân phối Gạo Ngọc"""
    cal = exchange_ics(method='REQUEST', tz_lines=vtz_fixed('SE Asia Standard Time', '+0700'),
                       tzid='SE Asia Standard Time', start=start, end=end, stamp=sent, organizer=hr,
                       attendees=[('Gạo Ngọc - Toàn thể nhân viên', 'allstaff@gaongoc.example', 'REQ-PARTICIPANT')],
                       uid='040000008200E00074C5B7101A82E00800000000D09C6F4E2E89DC01000000000000000010000000F5A2B8C14E7D0396A1C4E8B27D5F0A13',
                       seq=0, summary=summary, description=text,
                       location='White Palace Võ Văn Kiệt, Quận 6')
    m = exchange_mail(sender=hr, to=[('Gạo Ngọc - Toàn thể nhân viên', 'allstaff@gaongoc.example')],
                      subject=summary, sent=sent,
                      msgid='<KL1PR02MB6283C4A9E0F1B27D35E8A6C04F91B@KL1PR02MB6283.apcprd02.prod.outlook.example>',
                      thread_index='AdyJ0rTq5Wm3bN8kLc1eV6sXh2pFzA==', text=text, cal=cal, method='REQUEST',
                      boundary='_000_KL1PR02MB6283C4A9E0F1B27D35E8A6C04F91BKL1PR02MB6283apcp_',
                      ident='4c7a0e2f9d1b3865a0f4')
    return [('01-year-end-party-tat-nien.eml', m)], lab(
        [], 'medium', 'negative/year-end-party',
        'Current employer\'s Tất niên / year-end party Exchange invite to an all-staff list (delivered to the owner) '
        'from "Phòng Nhân sự & Tuyển dụng", with "phỏng vấn nóng" by the MC and "tuyển chọn". Not an interview.')


def c_online_test_oneway():
    """Round 1 = HackerRank test + one-way video interview, deadline only; interview 'later'."""
    ngoc = ('Phan Bảo Ngọc', 'ngoc.phan@trucxanh-data.example')
    sent = T(ICT, 2026, 6, 1, 9, 20, 14)
    due = wd(T(ICT, 2026, 6, 7, 23, 59), 'chủ nhật')
    text = f"""Chào Bảo Trâm,

Cảm ơn em đã ứng tuyển vị trí Data Analyst tại Trúc Xanh Data qua ITviec. Hồ sơ của em đã qua vòng sàng lọc CV.

Vòng 1 gồm hai phần, em tự sắp xếp thời gian làm:
(1) Bài test online SQL + Excel trên HackerRank – 90 phút, làm một lần: https://www.hackerrank.com/test/7c2mq1e8tna/login
(2) Video phỏng vấn một chiều (one-way video interview): 3 câu hỏi hiện trên màn hình, mỗi câu em ghi hình trả lời tối đa 2 phút – không có người phỏng vấn trực tiếp: https://video-screen.trucxanh-data.example/r/BT2026

Hạn hoàn thành cả hai phần: 23h59 Chủ nhật, {due:%d/%m/%Y}.

Sau khi có kết quả (khoảng 3–5 ngày làm việc), bên chị sẽ liên hệ để sắp xếp lịch phỏng vấn trực tiếp với Trưởng nhóm Data.

Chúc em làm bài tốt!
Phan Bảo Ngọc
HR Executive | Trúc Xanh Data
Tầng 3, 99 Hoàng Quốc Việt, Cầu Giấy, Hà Nội"""
    m = gmail_mail(sender=ngoc, to=[(OWNER_NAME, OWNER)],
                   subject='[Trúc Xanh Data] Vòng 1 – Bài test online & video phỏng vấn một chiều – Data Analyst',
                   sent=sent, msgid='<CAE5kN0tWr3Ym8Qp1Xb6Lc9Vd2Hs7Gf4uJe0aRz@mail.gmail.com>', text=text,
                   boundary='000000000000f2c81d0637a94e6b', ident='7d9b1f3e0a2c64850b7e')
    return [('01-vong-1-test-online.eml', m)], lab(
        [], 'hard', 'negative/online-test-one-way-video',
        'Round 1 is a self-paced HackerRank test plus a one-way video "phỏng vấn một chiều" with only a deadline; '
        'the live interview is promised later without a time. Assessments/one-way video are not interviews.')


def c_availability_request():
    """HR asks for free slots + scheduling link; owner proposes times; nothing booked yet."""
    vy = ('Lương Thảo Vy', 'vy.luong@songviet-telecom.example')
    s1 = T(ICT, 2026, 7, 7, 10, 30, 2)
    mon = wd(T(ICT, 2026, 7, 13, 14, 0), 'thứ hai')
    tue = wd(T(ICT, 2026, 7, 14, 15, 30), 'thứ ba')
    wed = wd(T(ICT, 2026, 7, 15, 17, 0), 'thứ tư')
    m1id = '<CAD7vM3qXs1Zn9Rb4Tw0Ke6Ly8Pf2Hc5uGa1oQj@mail.gmail.com>'
    t1 = f"""Chào Trâm,

Chị là Thảo Vy, Tuyển dụng – Sóng Việt Telecom. CV của em rất phù hợp với vị trí BI Analyst bên chị.

Chị muốn sắp xếp một buổi phỏng vấn 30 phút với anh Trưởng phòng BI vào tuần sau. Em gửi giúp chị 2–3 khung giờ em rảnh trong khoảng 14h–17h, từ thứ Hai {mon:%d/%m} đến thứ Tư {wed:%d/%m} nhé. Hoặc em có thể tự chọn giờ qua link: https://calendly.com/songviet-ta/phong-van-bi-30p

Cảm ơn em,
Thảo Vy"""
    m1 = gmail_mail(sender=vy, to=[(OWNER_NAME, OWNER)], subject='Sóng Việt Telecom – Sắp xếp lịch phỏng vấn BI Analyst',
                    sent=s1, msgid=m1id, text=t1, boundary='0000000000005a1c7e0639d2b8f4', ident='e2a0c9d7b1f34856a2e0')
    s2 = T(ICT, 2026, 7, 8, 9, 12, 47)
    t2 = f"""Cảm ơn em, chị đã nhận được các khung giờ em đề xuất (14h thứ Hai {mon:%d/%m} hoặc 15h30 thứ Ba {tue:%d/%m}). Anh Trưởng phòng đang đi công tác Đà Nẵng, chị sẽ chốt lịch và gửi lời mời chính thức cho em ngay khi anh xác nhận nhé.

Thảo Vy

On Tue, Jul 7, 2026 at 8:44 PM Nguyễn Ngọc Bảo Trâm <{OWNER}> wrote:
> Dạ em chào chị Thảo Vy,
>
> Em cảm ơn chị. Tuần sau em có thể tham gia vào 14h thứ Hai {mon:%d/%m} hoặc 15h30 thứ Ba {tue:%d/%m} ạ. Nếu các khung này chưa phù hợp, em sẽ đặt qua link Calendly chị gửi ạ.
>
> Em cảm ơn chị,
> Bảo Trâm"""
    m2 = gmail_mail(sender=vy, to=[(OWNER_NAME, OWNER)], subject='Re: Sóng Việt Telecom – Sắp xếp lịch phỏng vấn BI Analyst',
                    sent=s2, msgid='<CAD7vM3qYt8Wm2Nc5Rk1Xe0Lb4Pg9Hd6uFa3oSk@mail.gmail.com>', text=t2,
                    in_reply_to='<CAGz0Tram5pQ1wXe8Lm3Kc7Vb2Nd9Hs4uYf6aRj@mail.gmail.com>',
                    references=f'{m1id} <CAGz0Tram5pQ1wXe8Lm3Kc7Vb2Nd9Hs4uYf6aRj@mail.gmail.com>',
                    boundary='000000000000b7e40f0639e5c1a2', ident='5f1b3d9e0c7a28460e5f')
    return [('01-sap-xep-lich-phong-van.eml', m1), ('02-re-da-nhan-khung-gio.eml', m2)], lab(
        [], 'hard', 'negative/availability-request-unconfirmed',
        'Recruiter asks for free slots and sends an unbooked Calendly link; the owner proposes two slots and the '
        'recruiter only acknowledges, pending the manager. No interview has been booked.')


def c_rejection():
    """Bilingual thank-you/rejection that restates the past interview time."""
    sent = T(ICT, 2026, 3, 10, 17, 0, 0)
    past = wd(T(ICT, 2026, 3, 3, 14, 0), 'thứ ba')
    text = f"""Chào bạn Bảo Trâm,

Cảm ơn bạn đã dành thời gian tham gia buổi phỏng vấn lúc 14h00 thứ Ba, ngày {past:%d/%m/%Y} cho vị trí Data Analyst tại Mây Trắng Travel.

Sau khi cân nhắc kỹ, rất tiếc chúng tôi chưa thể tiếp tục với hồ sơ của bạn ở thời điểm này. Chúng tôi sẽ lưu hồ sơ và có thể mời bạn phỏng vấn lại khi có vị trí phù hợp hơn.

---

Dear Bao Tram,

Thank you for interviewing with us on Tuesday, 3 March 2026 at 2:00 PM for the Data Analyst position. After careful consideration, we have decided to move forward with other candidates. We will keep your profile on file for future openings.

Trân trọng / Best regards,
Ban Tuyển dụng Mây Trắng Travel
careers@maytrang-travel.example"""
    m = gmail_mail(sender=('Tuyển dụng Mây Trắng Travel', 'careers@maytrang-travel.example'), to=[(OWNER_NAME, OWNER)],
                   subject='Thư cảm ơn – Vị trí Data Analyst / Thank you for interviewing with Mây Trắng Travel',
                   sent=sent, msgid='<CAA2fR6xPq9Wn0Lm3Tb7Ke1Vc5Hs8Yd4uGj2oNe@mail.gmail.com>', text=text,
                   boundary='0000000000001c9a4f0634b8e7d2', ident='c0e7a2f91b5d3468e0c7')
    return [('01-thu-cam-on.eml', m)], lab(
        [], 'easy', 'negative/rejection',
        'Rejection that restates the past interview ("14h00 thứ Ba, ngày 03/03/2026"). Rejections are not interviews.')


def c_user_is_interviewer():
    """Owner forwards her work invite where she sits on an intern interview panel."""
    work = 'baotram.nguyen@gaongoc.example'
    quyen = ('Lạc Tú Quyên', 'quyen.lac@gaongoc.example')
    sent = T(ICT, 2026, 8, 5, 21, 40, 12)
    inv_sent = T(ICT, 2026, 8, 5, 16, 2, 55)
    start = wd(T(ICT, 2026, 8, 7, 14, 0), 'friday')
    end = start + timedelta(minutes=45)
    title = 'Phỏng vấn Thực tập sinh Data Analyst – UV Lê Văn Phúc'
    desc = ('Hội đồng phỏng vấn: chị Lạc Tú Quyên (HR) và chị Nguyễn Ngọc Bảo Trâm (Senior Data Analyst).\n'
            'Ứng viên: Lê Văn Phúc – sinh viên năm 4 ĐH Bách khoa. CV và bộ câu hỏi SQL trên hệ thống tuyển dụng.\n'
            'Phòng họp Mekong, tầng 3.')
    cal = google_ics(method='REQUEST', start=start, end=end, stamp=inv_sent, created=inv_sent, modified=inv_sent,
                     organizer=quyen, attendees=[(quyen[0], quyen[1], 'ACCEPTED'), ('Nguyễn Ngọc Bảo Trâm', work, 'NEEDS-ACTION'),
                                                 ('Lê Văn Phúc', 'levanphuc.hcmut@gmail.example', 'ACCEPTED')],
                     uid='1r9gt4c6b2m0qk8e5hvn7sdp3j@google.com', description=desc, location='Phòng họp Mekong, tầng 3',
                     seq=0, status='CONFIRMED', summary=title)
    text = f"""Lưu sang lịch cá nhân – chiều thứ Sáu mình ngồi hội đồng phỏng vấn bạn TTS với chị Quyên, nhớ đọc CV trước.

---------- Forwarded message ---------
From: {quyen[0]} <{quyen[1]}>
Date: Wed, Aug 5, 2026 at 4:02 PM
Subject: Invitation: {title} @ {g_when_subject(start, end)} ({work})
To: <{work}>

{title}
{g_when_body(start, end)}

Phòng họp Mekong, tầng 3

Organizer
{quyen[0]}
{quyen[1]}

Guests
{quyen[0]} - organizer
Nguyễn Ngọc Bảo Trâm
{work}
Lê Văn Phúc

{desc}

Invitation from Google Calendar: https://calendar.google.com/calendar/"""
    m = gmail_mail(sender=(OWNER_NAME, work), to=[(OWNER_NAME, OWNER)],
                   subject=f'Fwd: Invitation: {title} @ {g_when_subject(start, end)} ({work})', sent=sent,
                   msgid='<CAPx8Tram0Wq5Rn2Lc7Kb1Vd4Hs9Ye3uGf6oMa@mail.gmail.com>', text=text,
                   boundary='000000000000d4b90e063a17f3c8', ident='8a1c5e0f3d7b29460a8c',
                   attachments=[part('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', cal, 'base64',
                                     extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    return [('01-fwd-invitation-phong-van-tts.eml', m)], lab(
        [], 'hard', 'negative/user-is-interviewer',
        'Owner forwards from her work account a Google invite where she sits on the panel interviewing an intern '
        'candidate. The user is the interviewer, not the candidate.')


# ============================================================================= main
ORDER = [
    ('topcv-phong-van-vong-1', c_topcv),
    ('bank-lich-hen-tham-dinh', c_bank_appointment),
    ('khong-dau-chieu-mai', c_no_diacritics),
    ('vietnamworks-test-then-teams-sgt', c_vnworks_sg_teams),
    ('visa-interview-consulate', c_visa_interview),
    ('tet-reschedule-google-vi', c_tet_reschedule),
    ('zalo-relay-thu-sau-nay', c_zalo_relay),
    ('alumni-career-talk', c_alumni_career_talk),
    ('itviec-sydney-dst-end', c_itviec_sydney_dst),
    ('workday-us-dst-start', c_workday_us_dst),
    ('tutoring-trial-class', c_tutoring_trial),
    ('two-rounds-phone-then-technical', c_two_rounds),
    ('outlook-cancel-hiring-freeze', c_outlook_cancel),
    ('year-end-party-tat-nien', c_year_end_party),
    ('gcal-json-cancel-rebook', c_gcal_cancel_rebook),
    ('online-test-one-way-video', c_online_test_oneway),
    ('greenhouse-onsite-loop-hcmc', c_greenhouse_onsite),
    ('availability-request-unbooked', c_availability_request),
    ('standalone-ics-floating-ceo', c_floating_ics_ceo),
    ('rejection-after-interview', c_rejection),
    ('us-dst-fall-back-zoom', c_us_dst_end),
    ('user-is-interviewer-forward', c_user_is_interviewer),
]


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith('b162-') and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, (slug, fn) in enumerate(ORDER, 1):
        cid = f'b162-{i:02d}-{slug}'
        files, label = fn()
        os.makedirs(os.path.join(HERE, cid))
        names = [f for f, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names), cid
        for fname, content in files:
            with open(os.path.join(HERE, cid, fname), 'w', encoding='utf-8', newline='') as fh:
                fh.write(content)
        labels[cid] = label
    header = ('# Labels for blind162 (written blind). Schema: /work/shared/eval/README.md\n'
              '# Regenerate with: python make_cases.py\n')
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(header + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    n_pos = sum(1 for l in labels.values() if l['interview'])
    ivs = [x for l in labels.values() for x in l['interviews']]
    print(f'{len(labels)} cases, {n_pos} positive, {len(labels) - n_pos} negative, {len(ivs)} interviews '
          f'({sum(x["status"] == "scheduled" for x in ivs)} scheduled, {sum(x["status"] == "cancelled" for x in ivs)} cancelled)')


if __name__ == '__main__':
    main()
