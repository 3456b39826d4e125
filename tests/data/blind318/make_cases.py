#!/usr/bin/env python3
"""Generate the blind318 evaluation set (Toronto job seeker, written blind).

Deletes and rewrites every b318-* case folder, labels.yaml and README.md next to this script.
Output is byte-identical on every run: all dates, Message-IDs, UIDs and MIME boundaries are
fixed or derived from hashes of a seed. Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = 'blind318-toronto'
OWNER = 'maya.chen@example.com'
OWNER_NAME = 'Maya Chen'
ME = (OWNER_NAME, OWNER)
UTC = timezone.utc
TOR, VAN, EDM, LON = 'America/Toronto', 'America/Vancouver', 'America/Edmonton', 'Europe/London'

# --------------------------------------------------------------------------- time helpers


def T(s, tz, wd, off):
    """Aware datetime; asserts the weekday abbreviation and the UTC offset ('-04:00')."""
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    dt = datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(tz))
    assert dt.strftime('%a') == wd, (s, tz, dt.strftime('%a'), wd)
    z = dt.strftime('%z')
    assert z[:3] + ':' + z[3:] == off, (s, tz, z, off)
    return dt


def check_dst_2026():
    def off(y, m, d, hh, tz):
        return datetime(y, m, d, hh, tzinfo=ZoneInfo(tz)).utcoffset()
    hrs = lambda n: timedelta(hours=n)  # noqa: E731
    # Canada / US: DST starts Sun Mar 8, ends Sun Nov 1 2026
    for tz, std in ((TOR, -5), (EDM, -7), (VAN, -8)):
        assert off(2026, 3, 7, 12, tz) == hrs(std) and off(2026, 3, 8, 12, tz) == hrs(std + 1)
        assert off(2026, 10, 31, 12, tz) == hrs(std + 1) and off(2026, 11, 1, 12, tz) == hrs(std)
    # UK / EU: BST starts Sun Mar 29, ends Sun Oct 25 2026
    assert off(2026, 3, 28, 12, LON) == hrs(0) and off(2026, 3, 29, 12, LON) == hrs(1)
    assert off(2026, 10, 24, 12, LON) == hrs(1) and off(2026, 10, 25, 12, LON) == hrs(0)
    for d, wd in ((datetime(2026, 3, 8), 'Sun'), (datetime(2026, 11, 1), 'Sun'),
                  (datetime(2026, 3, 29), 'Sun'), (datetime(2026, 10, 25), 'Sun'),
                  (datetime(2026, 10, 12), 'Mon'), (datetime(2026, 11, 11), 'Wed')):
        assert d.strftime('%a') == wd, d
    # the London-Toronto gap is 4 h only between Oct 25 and Nov 1
    gap = lambda dt: (dt.astimezone(ZoneInfo(LON)).utcoffset() - dt.astimezone(ZoneInfo(TOR)).utcoffset())  # noqa
    assert gap(T('2026-10-14 10:00', TOR, 'Wed', '-04:00')) == hrs(5)
    assert gap(T('2026-10-28 11:00', TOR, 'Wed', '-04:00')) == hrs(4)
    assert gap(T('2026-11-04 10:00', TOR, 'Wed', '-05:00')) == hrs(5)


def iso(dt):
    return dt.isoformat()


def utcz(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def loc(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def rfc(dt):
    return format_datetime(dt)


def in_tz(dt, tz):
    return dt.astimezone(ZoneInfo(tz))


def ampm(dt, style='ca'):
    """'3:30 p.m.' (ca), '3:30 PM' (us), '3:30pm' (google: '3pm')."""
    h12 = dt.hour % 12 or 12
    mm = f':{dt.minute:02d}'
    if style == 'ca':
        return f'{h12}{mm} {"a.m." if dt.hour < 12 else "p.m."}'
    if style == 'us':
        return f'{h12}{mm} {"AM" if dt.hour < 12 else "PM"}'
    if style == 'google':
        return f'{h12}{mm if dt.minute else ""}{"am" if dt.hour < 12 else "pm"}'
    raise ValueError(style)


def long_date(dt, year=True):
    s = f'{dt.strftime("%A")}, {dt.strftime("%B")} {dt.day}'
    return s + (f', {dt.year}' if year else '')


# --------------------------------------------------------------------------- hashing / ids


def hx(*parts, n=32):
    return hashlib.sha256('|'.join((SEED,) + tuple(map(str, parts))).encode()).hexdigest()[:n]


def digits(*parts, n=10):
    return str(int(hx(*parts, n=40), 16))[:n]


def b32(*parts, n=20):
    raw = hashlib.sha256('|'.join((SEED,) + tuple(map(str, parts))).encode()).digest()
    return base64.b32encode(raw).decode().rstrip('=')[:n]


def mid(kind, seed, domain=None):
    if kind == 'gmail':
        return f'<CA{b32(seed, "g", n=14)}+{b32(seed, "h", n=16)}_{b32(seed, "i", n=8)}@mail.gmail.com>'
    if kind == 'outlook':
        a = hx(seed, 'o', n=28).upper()
        return f'<YT3PR01MB{a}@YT3PR01MB{hx(seed, "p", n=4).upper()}.CANPRD01.PROD.OUTLOOK.COM>'
    if kind == 'gcal':
        return f'<calendar-{hx(seed, "c", n=8)}-{hx(seed, "d", n=4)}-{hx(seed, "e", n=4)}-{hx(seed, "f", n=4)}-{hx(seed, "k", n=12)}@google.com>'
    return f'<{hx(seed, "m", n=24)}.{digits(seed, n=8)}@{domain}>'


def boundary(kind, seed):
    if kind == 'google':
        return '000000000000' + hx(seed, 'b', n=16)
    if kind == 'outlook':
        return f'_000_YT3PR01MB{hx(seed, "ob", n=16).upper()}_'
    return f'----=_Part_{digits(seed, "p1", n=6)}_{digits(seed, "p2", n=9)}.{digits(seed, "p3", n=13)}'


def outlook_uid(seed):
    return ('040000008200E00074C5B7101A82E00800000000' + hx(seed, 'u1', n=16).upper()
            + '01000000000000000010000000' + hx(seed, 'u2', n=32).upper())


def thread_index(seed):
    raw = hashlib.sha256((SEED + seed + 'ti').encode()).digest()[:22]
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------- iCalendar


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    if len(line.encode('utf-8')) <= 75:
        return line
    out, cur, n = [], '', 0
    for ch in line:
        w = len(ch.encode('utf-8'))
        if n + w > 75:
            out.append(cur)
            cur, n = ' ', 1
        cur += ch
        n += w
    out.append(cur)
    return '\r\n'.join(out)


def ics(lines):
    return '\r\n'.join(fold(x) for x in lines) + '\r\n'


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def att_line(name, email, style='google', partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True):
    r = 'TRUE' if rsvp else 'FALSE'
    if style == 'google':
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={r};'
                f'CN={cn(name or email)};X-NUM-GUESTS=0:mailto:{email}')
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={r};CN={cn(name or email)}:mailto:{email}'


WIN_TZ = {
    'Eastern Standard Time': ('-0500', '-0400'),
    'Mountain Standard Time': ('-0700', '-0600'),
}


def vtz_windows(name):
    std, dst = WIN_TZ[name]
    return ['BEGIN:VTIMEZONE', f'TZID:{name}',
            'BEGIN:STANDARD', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']


OLSON = {TOR: ('-0500', '-0400', 'EST', 'EDT'), EDM: ('-0700', '-0600', 'MST', 'MDT'),
         VAN: ('-0800', '-0700', 'PST', 'PDT')}


def vtz_olson(tz):
    std, dst, sn, dn = OLSON[tz]
    return ['BEGIN:VTIMEZONE', f'TZID:{tz}', f'X-LIC-LOCATION:{tz}',
            'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', f'TZNAME:{dn}',
            'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', f'TZNAME:{sn}',
            'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
            'END:VTIMEZONE']


def exchange_ics(*, seed, organizer, attendees, summary, start, end, wintz, description, location,
                 uid, seq, stamp, method='REQUEST', teams_url=None, sent_by=None, lang='en-US'):
    cancel = method == 'CANCEL'
    org = f'ORGANIZER;CN={cn(organizer[0])}'
    if sent_by:
        org += f';SENT-BY="mailto:{sent_by}"'
    lines = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    lines += vtz_windows(wintz)
    lines += ['BEGIN:VEVENT', f'{org}:mailto:{organizer[1]}']
    lines += [att_line(n, e, style='outlook', role=r) for n, e, r in attendees]
    lines += [f'DESCRIPTION;LANGUAGE={lang}:{esc(description)}',
              f'UID:{uid}', f'SUMMARY;LANGUAGE={lang}:{esc(summary)}',
              f'DTSTART;TZID={wintz}:{loc(start)}', f'DTEND;TZID={wintz}:{loc(end)}',
              'CLASS:PUBLIC', 'PRIORITY:1' if cancel else 'PRIORITY:5', f'DTSTAMP:{utcz(stamp)}',
              'TRANSP:TRANSPARENT' if cancel else 'TRANSP:OPAQUE',
              'STATUS:CANCELLED' if cancel else 'STATUS:CONFIRMED', f'SEQUENCE:{seq}',
              f'LOCATION;LANGUAGE={lang}:{esc(location)}',
              f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
              f'X-MICROSOFT-CDO-OWNERAPPTID:{"-" if int(hx(seed, "neg", n=2), 16) % 2 else ""}{digits(seed, "own", n=10)}',
              f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}',
              f'X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if cancel else "BUSY"}',
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
              f'X-MICROSOFT-CDO-IMPORTANCE:{"2" if cancel else "1"}', 'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        lines += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}',
                  'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/'
                  f'{hx(seed, "ssu", n=8)}-{hx(seed, "ssv", n=4)}']
        lines.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:maya.chen\\;gruu\\;opaque=app:conf:focus:id:teams')
    lines += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
              f'X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}']
    if not cancel:
        lines += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
                  'ACTION:DISPLAY', 'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ics(lines)


# --------------------------------------------------------------------------- MIME


def enc_body(text, cte):
    data = text.encode('utf-8')
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte == 'quoted-printable':
        s = quopri.encodestring(data.replace(b'\r\n', b'\n')).decode('ascii')
        return s if s.endswith('\n') else s + '\n'
    return text if text.endswith('\n') else text + '\n'


def leaf(ctype, text, cte='7bit', disp=None, extra=()):
    hdrs = [f'Content-Type: {ctype}']
    if disp:
        hdrs.append(f'Content-Disposition: {disp}')
    hdrs += list(extra)
    hdrs.append(f'Content-Transfer-Encoding: {cte}')
    return '\n'.join(hdrs) + '\n\n' + enc_body(text, cte)


def multipart(sub, bnd, parts):
    s = f'Content-Type: multipart/{sub}; boundary="{bnd}"\n\n'
    for p in parts:
        s += f'--{bnd}\n' + p + '\n'
    return s + f'--{bnd}--\n'


def addr(a):
    if isinstance(a, str):
        return a
    name, email = a
    return formataddr((name, email), charset='utf-8') if name else email


def addr_list(lst):
    items = [addr(a) for a in lst]
    out, line = [], ''
    for i, it in enumerate(items):
        piece = it + (',' if i < len(items) - 1 else '')
        if line and len(line) + len(piece) > 70:
            out.append(line)
            line = ' ' + piece
        else:
            line = (line + ' ' + piece) if line else piece
    out.append(line)
    return '\n'.join(out)


def subj(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8', header_name='Subject').encode()


def message(seed, *, frm, to, subject, date, body, cc=(), reply_to=None, sender=None, msgid=None,
            irt=None, refs=None, extra=(), relay='mail.example.net', ip='203.0.113.25'):
    ret = (sender or frm)[1] if not isinstance(sender or frm, str) else (sender or frm)
    hdr = [f'Delivered-To: {OWNER}',
           f'Received: from {relay} ({relay} [{ip}])\n        by mx.example.com with ESMTPS id '
           f'{b32(seed, "rx", n=12).lower()}\n        for <{OWNER}>;\n        {rfc(date.astimezone(UTC))}',
           f'Return-Path: <{ret}>',
           f'From: {addr(frm)}']
    if sender:
        hdr.append(f'Sender: {addr(sender)}')
    if reply_to:
        hdr.append(f'Reply-To: {addr(reply_to)}')
    hdr.append(f'To: {addr_list(to)}')
    if cc:
        hdr.append(f'Cc: {addr_list(cc)}')
    hdr += [f'Subject: {subj(subject)}', f'Date: {rfc(date)}', f'Message-ID: {msgid}']
    if irt:
        hdr.append(f'In-Reply-To: {irt}')
    if refs:
        hdr.append('References: ' + '\n '.join(refs))
    hdr += list(extra)
    hdr.append('MIME-Version: 1.0')
    raw = '\n'.join(hdr) + '\n' + body
    return raw.replace('\r\n', '\n').replace('\n', '\r\n').encode('utf-8')


def to_html(text, font='Arial,Helvetica,sans-serif'):
    paras = [p for p in text.strip('\n').split('\n\n')]
    body = '\n'.join('<p>' + '<br>\n'.join(html.escape(x) for x in p.split('\n')) + '</p>' for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px;color:#222">\n{body}\n</div></body></html>\n')


def simple_mail(seed, *, frm, to, subject, date, text, cte='7bit', html_cte=None, cc=(), reply_to=None,
                sender=None, msgid=None, irt=None, refs=None, extra=(), bkind='generic', attach=None,
                html_text=None, relay='mail.example.net', ip='203.0.113.25', charset='UTF-8'):
    """text/plain (+ optional HTML alternative) (+ optional attachments: list of leaf strings)."""
    plain = leaf(f'text/plain; charset="{charset}"', text, cte)
    if html_cte:
        alt = multipart('alternative', boundary(bkind, seed + 'alt'),
                        [plain, leaf(f'text/html; charset="{charset}"', html_text or to_html(text), html_cte)])
    else:
        alt = plain
    body = multipart('mixed', boundary(bkind, seed + 'mix'), [alt] + list(attach)) if attach else alt
    return message(seed, frm=frm, to=to, subject=subject, date=date, body=body, cc=cc, reply_to=reply_to,
                   sender=sender, msgid=msgid, irt=irt, refs=refs, extra=extra, relay=relay, ip=ip)


def ics_attachment(ics_text, name, method='REQUEST'):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{name}"', ics_text, 'base64',
                disp=f'attachment; filename="{name}"')


TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{url}>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{thr}@thread.v2&messageId=0&language=en-US>
________________________________________________________________________________"""


def teams_info(seed):
    thr = b32(seed, 'thr', n=40)
    url = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_' + thr + '%40thread.v2/0?context=%7b%22Tid%22%3a%22'
           + hx(seed, 'tid', n=8) + '-' + hx(seed, 'tid2', n=4) + '%22%7d')
    mid_ = ' '.join(digits(seed, 'mid', n=12)[i:i + 3] for i in range(0, 12, 3))
    footer = TEAMS_FOOTER.format(url=url, mid=mid_, pc=b32(seed, 'pc', n=6), oid=hx(seed, 'oid', n=12),
                                 tid=hx(seed, 'tid', n=12), thr=thr)
    return url, footer


def exchange_invite(seed, *, organizer, required, subject, start, end, wintz, label, body_text, location,
                    uid, seq, sent, method='REQUEST', sender=None, optional=(), teams=True, lang='en-CA',
                    cc=(), subject_prefix='', when_line=None):
    """Outlook / Exchange Online meeting request (multipart/alternative with text/calendar)."""
    url, footer = teams_info(seed) if teams else (None, '')
    when = (when_line or (f'When: {long_date(start)} {ampm(start, "us")}-{ampm(end, "us")} {label}.\n'
                          f'Where: {location}\n')) + '\n*~*~*~*~*~*~*~*~*~*\n\n'
    text = when + body_text.strip('\n') + '\n\n' + (footer + '\n' if teams else '')
    if method == 'CANCEL':
        text = when + body_text.strip('\n') + '\n'
    html_body = to_html(text, font='Aptos,Calibri,sans-serif')
    attendees = [(n, e, 'REQ-PARTICIPANT') for n, e in required] + [(n, e, 'OPT-PARTICIPANT') for n, e in optional]
    cal = exchange_ics(seed=seed, organizer=organizer, attendees=attendees, summary=subject, start=start, end=end,
                       wintz=wintz, description=text, location=location, uid=uid, seq=seq, stamp=sent,
                       method=method, teams_url=url if method != 'CANCEL' else None,
                       sent_by=sender[1] if sender else None, lang='en-US')
    b = boundary('outlook', seed)
    body = multipart('alternative', b, [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html_body, 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, 'base64')])
    full_subject = subject_prefix + subject
    extra = [f'Thread-Topic: {subj(subject)}', f'Thread-Index: {thread_index(seed)}',
             f'Accept-Language: {lang}, en-US', f'Content-Language: {lang}', 'X-MS-Has-Attach:',
             'X-MS-TNEF-Correlator:', 'Content-class: urn:content-classes:calendarmessage',
             f'x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA{b32(uid, n=24)}',
             'x-ms-publictraffictype: Email']
    if method == 'CANCEL':
        extra = ['Importance: high', 'X-Priority: 1'] + extra
    to = [addr(x) for x in required] + [addr(x) for x in optional]
    return message(seed, frm=organizer, sender=sender, to=to, cc=cc, subject=full_subject, date=sent, body=body,
                   msgid=mid('outlook', seed), extra=extra,
                   relay='YT3PR01MB' + hx(seed, 'relay', n=4).upper() + '.CANPRD01.PROD.OUTLOOK.COM',
                   ip='40.107.' + str(int(hx(seed, 'ip', n=2), 16) % 200) + '.' + str(int(hx(seed, 'ip2', n=2), 16)))


def google_invite(seed, *, organizer, guests, title, start, end, tz, tzlabel, sent, description, uid,
                  seq=0, location='', meet=True, phone='+1 647-555-0143'):
    """Google Calendar invitation e-mail: mixed[alt[plain, html, calendar], invite.ics]."""
    st, en = in_tz(start, tz), in_tz(end, tz)
    abbr = st.strftime('%Z')
    when_subj = f'{st.strftime("%a %b")} {st.day}, {st.year} {ampm(st, "google")} - {ampm(en, "google")} ({abbr})'
    when_body = f'{st.strftime("%A %b")} {st.day}, {st.year} \u22c5 {ampm(st, "google")} \u2013 {ampm(en, "google")}'
    code = f'{b32(seed, "m1", n=3).lower()}-{b32(seed, "m2", n=4).lower()}-{b32(seed, "m3", n=3).lower()}'
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    meet_txt = (f'Join with Google Meet\nhttps://meet.google.com/{code}\n\nJoin by phone\n(CA) {phone} '
                f'PIN: {digits(seed, "pin", n=9)}\n\nMore phone numbers\nhttps://tel.meet/{code}?pin={digits(seed, "pin2", n=13)}\n\n'
                if meet else '')
    guest_lines = '\n'.join(f'{n or e} - organizer' if e == organizer[1] else (n or e) for n, e in guests)
    plain = (f'{title}\n{when_body}\n{tzlabel}\n\n' + (f'Location\n{location}\n\n' if location else '')
             + meet_txt + (description.strip('\n') + '\n\n' if description else '')
             + f'Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guest_lines}\n'
             f'View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n'
             f'Reply for {OWNER}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
             'You are receiving this email because you are an attendee on the event. To stop receiving future '
             'updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient '
             'to send a response to the organizer, be added to the guest list, invite others regardless of their '
             'own invitation status, or modify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding\n')
    hguests = ''.join(f'<li>{html.escape(n or e)}{" - organizer" if e == organizer[1] else ""}</li>' for n, e in guests)
    html_body = (
        '<!doctype html><html><head><meta charset="utf-8"></head><body>'
        f'<table role="presentation" style="width:100%;font-family:Roboto,Arial,sans-serif"><tr><td>'
        f'<h2 style="font-size:22px;font-weight:400">{html.escape(title)}</h2>'
        f'<p><b>When</b><br>{html.escape(when_body)}<br>{html.escape(tzlabel)}</p>'
        + (f'<p><b>Location</b><br>{html.escape(location)}</p>' if location else '')
        + (f'<p><a href="https://meet.google.com/{code}">Join with Google Meet</a><br>meet.google.com/{code}</p>' if meet else '')
        + (f'<p>{html.escape(description.strip()).replace(chr(10), "<br>")}</p>' if description else '')
        + f'<p><b>Organizer</b><br>{html.escape(organizer[0])}<br>{organizer[1]}</p>'
        f'<p><b>Guests</b></p><ul>{hguests}</ul>'
        f'<p><a href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid={eid}">View all guest info</a></p>'
        '<p style="color:#70757a;font-size:12px">Invitation from Google Calendar. You are receiving this email because '
        'you are an attendee on the event.</p></td></tr></table></body></html>\n')
    desc = (description.strip('\n') + '\n\n' if description else '') + (
        f'-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
        f'Join with Google Meet: https://meet.google.com/{code}\n\nLearn more about Meet at: '
        'https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n'
        '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-' if meet else '')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             f'DTSTART:{utcz(start)}', f'DTEND:{utcz(end)}', f'DTSTAMP:{utcz(sent)}',
             f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}', f'UID:{uid}']
    for n, e in guests:
        ps = 'ACCEPTED' if e == organizer[1] else 'NEEDS-ACTION'
        lines.append(att_line(n or e, e, style='google', partstat=ps, rsvp=e != organizer[1]))
    if meet:
        lines.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{code}')
    lines += [f'CREATED:{utcz(sent - timedelta(minutes=3))}', f'DESCRIPTION:{esc(desc)}',
              f'LAST-MODIFIED:{utcz(sent)}', f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}',
              'STATUS:CONFIRMED', f'SUMMARY:{esc(title)}', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    cal = ics(lines)
    alt = multipart('alternative', boundary('google', seed + 'a'), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
        leaf('text/html; charset="UTF-8"', html_body, 'quoted-printable'),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, '7bit')])
    body = multipart('mixed', boundary('google', seed + 'm'),
                     [alt, leaf('application/ics; name="invite.ics"', cal, 'base64',
                                disp='attachment; filename="invite.ics"')])
    subject = f'Invitation: {title} @ {when_subj} ({OWNER})'
    to = [addr(g) if g[1] != OWNER else OWNER for g in guests if g[1] != organizer[1]]
    return message(seed, frm=organizer, reply_to=organizer, to=to, subject=subject, date=sent, body=body,
                   msgid=mid('gcal', seed), relay='mail-sor-f41.google.com', ip='209.85.220.41',
                   extra=[f'Sender: Google Calendar <calendar-notification@google.com>'])


def gcal_event(seed, *, summary, description, organizer, attendees, start, end, tz, created, updated,
               ical_uid=None, location=None, meet=False, status='confirmed', sequence=0, display_tz=TOR):
    eid = hx(seed, 'evid', n=26)
    ev = {'kind': 'calendar#event', 'etag': f'"{digits(seed, "etag", n=16)}"', 'id': eid, 'status': status,
          'htmlLink': 'https://www.google.com/calendar/event?eid='
                      + base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
          'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
          'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.') + digits(seed, 'ms', n=3) + 'Z',
          'summary': summary, 'description': description}
    if location:
        ev['location'] = location
    ev['creator'] = {'email': organizer[1], 'displayName': organizer[0]}
    ev['organizer'] = {'email': organizer[1], 'displayName': organizer[0]}
    ev['start'] = {'dateTime': iso(in_tz(start, display_tz)), 'timeZone': tz}
    ev['end'] = {'dateTime': iso(in_tz(end, display_tz)), 'timeZone': tz}
    ev['iCalUID'] = ical_uid or f'{eid}@google.com'
    ev['sequence'] = sequence
    ev['attendees'] = attendees
    if meet:
        code = f'{b32(seed, "m1", n=3).lower()}-{b32(seed, "m2", n=4).lower()}-{b32(seed, "m3", n=3).lower()}'
        ev['hangoutLink'] = f'https://meet.google.com/{code}'
        ev['conferenceData'] = {
            'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{code}',
                             'label': f'meet.google.com/{code}'},
                            {'entryPointType': 'phone', 'uri': 'tel:+44-20-3956-0117',
                             'label': '+44 20 3956 0117', 'pin': digits(seed, 'pin', n=9), 'regionCode': 'GB'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
            'conferenceId': code}
    ev['reminders'] = {'useDefault': True}
    ev['eventType'] = 'default'
    return (json.dumps(ev, indent=2, ensure_ascii=False) + '\n').encode('utf-8')


# --------------------------------------------------------------------------- case registry

CASES = []  # (folder, [(filename, bytes)], label)


def case(slug, items, label):
    n = len(CASES) + 1
    folder = f'b318-{n:02d}-{slug}'
    files = [(f'{i + 1:02d}-{name}', data) for i, (name, data) in enumerate(items)]
    CASES.append((folder, files, label))


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers), 'followup_recipients': list(followup),
            'kind': kind}


def lab(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews, 'difficulty': difficulty,
            'category': category, 'notes': notes, 'source': 'synthetic'}


# --------------------------------------------------------------------------- small builders


def plain_ics(*, prodid, uid, start, end, summary, description, location, organizer, attendees, stamp,
              tz=None, method='REQUEST', seq=0, status='CONFIRMED', extra=()):
    """Generic vendor .ics: UTC times when tz is None, else TZID=<Olson> with a VTIMEZONE block."""
    lines = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN', f'METHOD:{method}']
    if tz:
        lines += vtz_olson(tz)
        ds, de = f'DTSTART;TZID={tz}:{loc(in_tz(start, tz))}', f'DTEND;TZID={tz}:{loc(in_tz(end, tz))}'
    else:
        ds, de = f'DTSTART:{utcz(start)}', f'DTEND:{utcz(end)}'
    lines += ['BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{utcz(stamp)}', ds, de, f'SUMMARY:{esc(summary)}',
              f'DESCRIPTION:{esc(description)}', f'LOCATION:{esc(location)}']
    if organizer:
        lines.append(f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}')
    lines += [att_line(n, e, style='outlook') for n, e in attendees]
    lines += [f'SEQUENCE:{seq}', f'STATUS:{status}'] + list(extra) + ['END:VEVENT', 'END:VCALENDAR']
    return ics(lines)


def gmail_quote(dt, who, text):
    h12 = dt.hour % 12 or 12
    intro = (f'On {dt.strftime("%a, %b")} {dt.day}, {dt.year} at {h12}:{dt.minute:02d} '
             f'{"AM" if dt.hour < 12 else "PM"} {who[0]} <{who[1]}> wrote:')
    return '\n\n' + intro + '\n' + '\n'.join(('> ' + x) if x else '>' for x in text.strip('\n').split('\n')) + '\n'


def outlook_quote(dt, frm, to, subject, text):
    return ('\n\n________________________________\n'
            f'From: {frm[0]} <{frm[1]}>\nSent: {long_date(dt)} {ampm(dt, "us")}\nTo: {to[0]} <{to[1]}>\n'
            f'Subject: {subject}\n\n' + text.strip('\n') + '\n')


def zoom_link(seed, host):
    n = digits(seed, 'zoom', n=11)
    return (f'https://{host}/j/{n}?pwd={b32(seed, "zpwd", n=32)}',
            f'{n[:3]} {n[3:7]} {n[7:]}', digits(seed, 'zpc', n=6))


# --------------------------------------------------------------------------- people

PRIYA = ('Priya Ramanathan', 'priya.ramanathan@northshorebank.example')
DANIEL = ('Daniel Haddad', 'daniel.haddad@northshorebank.example')
CATH = ('Catherine Beaulieu', 'catherine.beaulieu@northshorebank.example')
MARC = ('Marc-André Gingras', 'marcandre.gingras@northshorebank.example')
NB, NB_ROLE = 'Northshore Bank', 'Senior Business Analyst, Payments Modernization'

ERIN = ('Erin MacDonald', 'erin.macdonald@grandrivermutual.example')
RAJ = ('Raj Malhotra', 'raj.malhotra@grandrivermutual.example')
SIMONE = ('Simone Côté', 'simone.cote@grandrivermutual.example')
ANDREW = ('Andrew Kowalczyk', 'andrew.kowalczyk@grandrivermutual.example')
GRM, GRM_ROLE = 'Grand River Mutual', 'Business Analyst II, Claims Digital'
SF_SENDER = ('Grand River Mutual Talent Acquisition', 'noreply@successfactors.com')

JORDAN = ('Jordan Ferreira', 'jordan.ferreira@tidepoolpay.example')
AISHA = ('Aisha Rahman', 'aisha.rahman@tidepoolpay.example')
TOMASZ = ('Tomasz Wójcik', 'tomasz.wojcik@tidepoolpay.example')
LEAH = ('Leah Nakamura', 'leah.nakamura@tidepoolpay.example')
BEN = ('Ben Ostrowski', 'ben.ostrowski@tidepoolpay.example')
TP, TP_ROLE = 'Tidepool Pay', 'Business Analyst, Merchant Risk'

TANYA = ('Tanya Kowalski', 'tanya.kowalski@bowfrontenergy.example')
GRAHAM = ('Graham Lindqvist', 'graham.lindqvist@bowfrontenergy.example')
NADIA = ('Nadia Petrenko', 'nadia.petrenko@bowfrontenergy.example')
BF, BF_LAND, BF_TRADE = ('Bowfront Energy', 'Business Analyst, Land Systems',
                         'Senior Business Analyst, Trading Systems')

HARRIET = ('Harriet Pembroke', 'harriet.pembroke@ashcombepartners.example')
RHYS = ('Rhys Llewellyn', 'rhys.llewellyn@ashcombepartners.example')
IMOGEN = ('Imogen Clarke', 'imogen.clarke@ashcombepartners.example')
AP, AP_ROLE = 'Ashcombe Partners', 'Senior Consultant, Financial Services Transformation'

SOFIA = ('Sofia Marchetti', 'sofia.marchetti@maplewire.example')
OWEN = ('Owen Park', 'owen.park@maplewire.example')
MW, MW_ROLE = 'Maplewire', 'Business Analyst, Revenue Operations'

GEN = ('Geneviève Lapointe', 'genevieve.lapointe@sdsc-snpc.example')
STAFF = ('Dotation SNPC / SDSC Staffing', 'dotation-staffing@sdsc-snpc.example')
SDSC, SDSC_ROLE = 'Shared Digital Services Canada', 'Business Analyst (IT-02)'

E = lambda p: p[1]  # noqa: E731


def build():
    # ------------------------------------------------------------------ 01 Workday recruiter screen
    sent = T('2026-10-02 14:31:07', TOR, 'Fri', '-04:00')
    s, e = T('2026-10-06 10:00', TOR, 'Tue', '-04:00'), T('2026-10-06 10:30', TOR, 'Tue', '-04:00')
    text = f"""Hi Maya,

Thank you for your interest in Northshore Bank. Your interview for the position below has been scheduled.

Job Requisition: R-0048217 {NB_ROLE} (Open)
Interview Type: Phone Screen - Talent Acquisition
Date: {long_date(s)}
Time: 10:00 AM - 10:30 AM Eastern Daylight Time
Interviewer: Priya Ramanathan, Senior Talent Acquisition Partner
Location: Phone - Priya will call you at the number on your candidate profile (ending in 0182)

A calendar invitation is attached for your convenience. You can also review your interview details in your candidate home: https://northshorebank.wd3.myworkday.com/northshore_careers/login

If you need to make a change, please contact Priya directly at {E(PRIYA)} rather than replying to this message. This mailbox is not monitored.

Regards,
Talent Acquisition
Northshore Bank

Northshore Bank is committed to providing accommodations for persons with disabilities throughout the recruitment process. If you require an accommodation, please let your recruiter know.
"""
    cal = plain_ics(prodid='-//Workday Inc.//Workday Recruiting//EN',
                    uid=f'INTERVIEW-{hx("c01uid", n=20).upper()}@northshorebank.wd3.myworkday.com',
                    start=s, end=e, summary=f'Phone Screen - {NB_ROLE} (R-0048217)',
                    description=f'Phone screen with Priya Ramanathan, Senior Talent Acquisition Partner. '
                                f'Priya will call the number on your candidate profile.', location='Phone',
                    organizer=PRIYA, attendees=[ME, PRIYA], stamp=sent, tz=TOR)
    m1 = simple_mail('c01', frm=('Northshore Bank', 'northshorebank@myworkday.com'), to=[ME],
                     subject=f'Interview Scheduled: {NB_ROLE} (R-0048217)', date=sent, text=text,
                     cte='quoted-printable', html_cte='base64', msgid=mid('x', 'c01', 'myworkday.com'),
                     attach=[ics_attachment(cal, 'Interview.ics')], relay='mx-out3.myworkday.com', ip='198.51.100.31')
    case('northshore-workday-recruiter-screen', [('workday-interview-scheduled.eml', m1)], lab(
        [iv(NB, NB_ROLE, s, e, 'scheduled', [E(PRIYA)], [E(PRIYA)], 'phone_screen')], 'easy',
        'positive/ats-workday-ics',
        'Workday notification (no-reply sender) with an .ics; the recruiter runs the phone screen, so she is '
        'both interviewer and follow-up recipient. EDT (-04:00).'))

    # ------------------------------------------------------------------ 02 HireVue one-way video (negative)
    sent = T('2026-10-02 13:03:44', 'UTC', 'Fri', '+00:00')
    text = f"""Hi Maya,

Thank you for applying to the {GRM_ROLE} role at Grand River Mutual Insurance.

As the next step in our process, we'd like you to complete an on-demand video interview. You'll see each question on screen and record your answer when you're ready - there is no interviewer on the other end, and you can do it at any time before the deadline.

What to expect:
- 5 questions, up to 3 minutes each, with 30 seconds to think before recording
- About 25 minutes in total
- A practice question you can retake as often as you like

Deadline: Wednesday, October 7 at 11:59 p.m. ET

Start your interview: https://app.hirevue.com/interviews/{hx('c02', n=12)}

Tip: use Chrome or Firefox on a laptop, find a quiet spot and check your camera and microphone first.

Questions about the role? Contact Erin MacDonald, Talent Acquisition, at {E(ERIN)}.

Good luck!
The Grand River Mutual Talent Acquisition Team
"""
    m = simple_mail('c02', frm=('Grand River Mutual', 'noreply@hirevue.com'), to=[ME],
                    subject='Grand River Mutual: your on-demand video interview is ready', date=sent, text=text,
                    html_cte='base64', msgid=mid('x', 'c02', 'hirevue.com'), relay='mta2.hirevue.com', ip='198.51.100.77')
    case('grandriver-hirevue-one-way-video', [('hirevue-on-demand-interview.eml', m)], lab(
        [], 'medium', 'negative/one-way-video',
        'On-demand (one-way) recorded video interview with a deadline; nobody is live, so not an interview.'))

    # ------------------------------------------------------------------ 03 Ashby recruiter screen (Pacific)
    d1 = T('2026-10-05 10:12:48', VAN, 'Mon', '-07:00')
    sched = f'https://jobs.ashbyhq.com/tidepoolpay/interview-schedule/{hx("c03s", n=8)}-{hx("c03t", n=4)}-{hx("c03u", n=12)}'
    t1 = f"""Hi Maya,

Thanks for applying to the {TP_ROLE} role on our Risk Ops team. I'm the talent partner running the search, and I'd love to set up an intro call to learn more about your background and share a bit about what we're building.

Are you available for a 30-minute call later this week? You can grab any open slot that works for you here:
{sched}

The role is remote-friendly for candidates in Canada, but the team sits in Vancouver, so most meetings land between 9 and 3 Pacific. Happy to talk through what that looks like day to day from Toronto.

Cheers,
Jordan

Jordan Ferreira (he/him)
Talent Partner | Tidepool Pay
Vancouver, BC
"""
    m1 = simple_mail('c03a', frm=JORDAN, to=[ME], subject=f'Tidepool Pay - {TP_ROLE}', date=d1, text=t1,
                     html_cte='quoted-printable', bkind='google', msgid=mid('gmail', 'c03a'),
                     relay='mail-yw1-f172.google.com', ip='209.85.128.172')
    d2 = T('2026-10-05 16:41:09', VAN, 'Mon', '-07:00')
    s, e = T('2026-10-09 13:00', VAN, 'Fri', '-07:00'), T('2026-10-09 13:30', VAN, 'Fri', '-07:00')
    st, et = in_tz(s, TOR), in_tz(e, TOR)
    assert (st.hour, et.hour, et.minute) == (16, 16, 30)
    zurl, zid, zpc = zoom_link('c03', 'tidepoolpay.zoom.us')
    t2 = f"""Hi Maya,

Your interview with Tidepool Pay is confirmed.

Recruiter Screen - {TP_ROLE}
{long_date(s)}
1:00 PM - 1:30 PM PDT (America/Vancouver)
4:00 PM - 4:30 PM EDT in your time zone (America/Toronto)

Interviewer: Jordan Ferreira, Talent Partner

Location: Zoom
{zurl}
Meeting ID: {zid}
Passcode: {zpc}

A calendar invite is attached. Need a different time? Use the link below to reschedule, or reply to this email and Jordan will help.

Reschedule: {sched}/reschedule

Powered by Ashby
"""
    cal = plain_ics(prodid='-//Ashby//Interview Scheduling//EN', uid=f'{hx("c03uid", n=32)}@ashbyhq.com',
                    start=s, end=e, summary=f'Tidepool Pay: Recruiter Screen with Jordan Ferreira',
                    description=f'Recruiter Screen for {TP_ROLE}\nZoom: {zurl}', location=zurl,
                    organizer=JORDAN, attendees=[ME, JORDAN], stamp=d2)
    m2 = simple_mail('c03b', frm=('Tidepool Pay', 'no-reply@ashbyhq.com'), reply_to=JORDAN, to=[ME],
                     subject=f'Confirmed: Recruiter Screen with Tidepool Pay on {long_date(s, year=False)}',
                     date=d2, text=t2, cte='quoted-printable', html_cte='quoted-printable',
                     msgid=mid('x', 'c03b', 'ashbyhq.com'), attach=[ics_attachment(cal, 'invite.ics')],
                     relay='o1.email.ashbyhq.com', ip='198.51.100.140')
    case('tidepool-ashby-screen-pacific', [('jordan-intro-call.eml', m1), ('ashby-confirmed.eml', m2)], lab(
        [iv(TP, TP_ROLE, s, e, 'scheduled', [E(JORDAN)], [E(JORDAN)], 'phone_screen')], 'medium',
        'positive/ats-ashby-ics-pacific',
        'Self-scheduling link first (not a booking), then the Ashby confirmation with .ics. Vancouver time '
        '(PDT -07:00); the mail also shows 4:00 PM EDT.'))

    # ------------------------------------------------------------------ 04 Calendar API event only (Mountain)
    s, e = T('2026-10-07 08:30', EDM, 'Wed', '-06:00'), T('2026-10-07 09:00', EDM, 'Wed', '-06:00')
    created = T('2026-10-02 16:05:31', EDM, 'Fri', '-06:00')
    desc = (f"Hi Maya,\n\nLooking forward to connecting. I'll call you at 416-555-0182 at 8:30 a.m. Calgary time "
            f"(10:30 a.m. in Toronto). We'll spend about 30 minutes on your background, the Land Systems team and "
            f"what you're looking for in your next role.\n\n{BF_LAND} (Req 2600291)\n\nTanya Kowalski\n"
            f"Talent Advisor | Bowfront Energy\n403-555-0164")
    j = gcal_event('c04', summary=f'Bowfront Energy - Phone Screen: Maya Chen / {BF_LAND}', description=desc,
                   organizer=TANYA, attendees=[
                       {'email': E(TANYA), 'displayName': TANYA[0], 'organizer': True, 'responseStatus': 'accepted'},
                       {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'}],
                   start=s, end=e, tz=EDM, created=created, updated=T('2026-10-02 19:12:07', TOR, 'Fri', '-04:00'),
                   ical_uid=outlook_uid('c04'), location='Phone call (Tanya will call Maya)')
    case('bowfront-outlook-screen-gcal-json', [('bowfront-phone-screen.gcal.json', j)], lab(
        [iv(BF, BF_LAND, s, e, 'scheduled', [E(TANYA)], [E(TANYA)], 'phone_screen')], 'medium',
        'positive/gcal-json-mountain',
        'Calendar API event only (Outlook-originated iCalUID); dateTime is shown in Toronto offset while '
        'timeZone is America/Edmonton (8:30 MDT = 10:30 EDT). Recruiter is the interviewer.'))

    # ------------------------------------------------------------------ 05 "tomorrow at 2" body-only thread
    d1 = T('2026-10-08 10:18:33', TOR, 'Thu', '-04:00')
    t1 = f"""Hi Maya,

Thanks for completing the video interview earlier this week - the hiring team enjoyed your answers, especially the example about untangling the intake process for the claims portal.

I'd like to book a phone screen to go over the role, our hybrid model (two days a week in the Waterloo office) and compensation. Would tomorrow at 2 work? If not, I'm also free Tuesday morning after the long weekend.

Best,
Erin

Erin MacDonald
Talent Acquisition Specialist | Grand River Mutual Insurance
519-555-0148
"""
    s1 = f'{GRM_ROLE} - next steps'
    id1 = mid('outlook', 'c05a')
    m1 = simple_mail('c05a', frm=ERIN, to=[ME], subject=s1, date=d1, text=t1, html_cte='quoted-printable',
                     bkind='outlook', msgid=id1, relay='YT3PR01MB8841.CANPRD01.PROD.OUTLOOK.COM', ip='40.107.66.91')
    d2 = T('2026-10-08 11:02:15', TOR, 'Thu', '-04:00')
    t2 = ("Hi Erin,\n\nTomorrow at 2 works for me. The best number to reach me is 416-555-0182.\n\n"
          "Looking forward to it!\nMaya") + gmail_quote(d1, ERIN, t1)
    id2 = mid('gmail', 'c05b')
    m2 = simple_mail('c05b', frm=ME, to=[ERIN], subject='Re: ' + s1, date=d2, text=t2, msgid=id2, irt=id1,
                     refs=[id1], bkind='google', html_cte='quoted-printable', relay='mail-sor-f69.google.com',
                     ip='209.85.220.69')
    d3 = T('2026-10-08 11:27:52', TOR, 'Thu', '-04:00')
    t3 = ("Great, you're booked in - I'll call you tomorrow at 2:00. Plan on about half an hour.\n\n"
          "Talk soon,\nErin") + outlook_quote(d2, ME, ERIN, 'Re: ' + s1, "Hi Erin,\n\nTomorrow at 2 works for me. "
                                            "The best number to reach me is 416-555-0182.\n\nLooking forward to it!\nMaya")
    m3 = simple_mail('c05c', frm=ERIN, to=[ME], subject='RE: ' + s1, date=d3, text=t3, msgid=mid('outlook', 'c05c'),
                     irt=id2, refs=[id1, id2], bkind='outlook', html_cte='quoted-printable',
                     relay='YT3PR01MB8841.CANPRD01.PROD.OUTLOOK.COM', ip='40.107.66.91')
    s, e = T('2026-10-09 14:00', TOR, 'Fri', '-04:00'), T('2026-10-09 14:30', TOR, 'Fri', '-04:00')
    assert s.date() == (d3 + timedelta(days=1)).date()
    case('grandriver-screen-tomorrow-at-2', [('erin-next-steps.eml', m1), ('re-next-steps.eml', m2),
                                             ('re-booked-in.eml', m3)], lab(
        [iv(GRM, GRM_ROLE, s, e, 'scheduled', [E(ERIN)], [E(ERIN)], 'phone_screen')], 'hard',
        'positive/body-only-relative-date',
        '"Tomorrow at 2" proposed, accepted and confirmed on Thu Oct 8 (Date -0400) -> Fri Oct 9 14:00 EDT; '
        '"about half an hour" gives the end. No invite. The "video interview" mentioned was one-way.'))

    # ------------------------------------------------------------------ 06 hiring-manager thread + Teams invite
    d1 = T('2026-10-08 09:20:41', TOR, 'Thu', '-04:00')
    s1 = f'Next steps - {NB_ROLE} (R-0048217)'
    t1 = f"""Hi Maya,

Thanks again for making time for our call on Tuesday. I shared my notes with Daniel Haddad, Director of Business Analysis for Commercial Banking Technology and the hiring manager for this role, and he'd like to meet you.

Are you available for a 30-minute video call? Daniel is holding the following times (all ET):

- Tuesday, October 13 at 11:00 a.m.
- Tuesday, October 13 at 3:30 p.m.
- Wednesday, October 14 at 9:00 a.m.

Just reply with the one that suits you best. Heads-up that Monday is Thanksgiving, so if you reply over the weekend I'll confirm first thing Tuesday.

Best regards,

Priya Ramanathan
Senior Talent Acquisition Partner | Northshore Bank
T 416-555-0127
"""
    id1 = mid('outlook', 'c06a')
    m1 = simple_mail('c06a', frm=PRIYA, to=[ME], subject=s1, date=d1, text=t1, html_cte='quoted-printable',
                     bkind='outlook', msgid=id1, relay='YT3PR01MB5102.CANPRD01.PROD.OUTLOOK.COM', ip='40.107.64.118')
    d2 = T('2026-10-08 12:47:10', TOR, 'Thu', '-04:00')
    t2 = ("Hi Priya,\n\nThat's great news, thank you! Tuesday, October 13 at 3:30 p.m. works best for me.\n\n"
          "Have a lovely Thanksgiving weekend.\n\nMaya") + gmail_quote(d1, PRIYA, t1)
    id2 = mid('gmail', 'c06b')
    m2 = simple_mail('c06b', frm=ME, to=[PRIYA], subject='Re: ' + s1, date=d2, text=t2, msgid=id2, irt=id1,
                     refs=[id1], bkind='google', html_cte='quoted-printable', relay='mail-sor-f69.google.com',
                     ip='209.85.220.69')
    d3 = T('2026-10-09 08:55:02', TOR, 'Fri', '-04:00')
    t3 = ("Hi Maya,\n\nYou're confirmed for Tuesday at 3:30 p.m. with Daniel. He'll send the Teams invitation himself "
          "later this morning.\n\nIt will be a conversational interview: expect questions about how you manage "
          "competing stakeholders, a recent requirements effort on a payments or core banking change, and how you "
          "work alongside development squads in Jira and Confluence. Nothing to prepare beyond that.\n\n"
          "Happy Thanksgiving!\nPriya") + outlook_quote(d2, ME, PRIYA, 'Re: ' + s1,
                                                        "Hi Priya,\n\nThat's great news, thank you! Tuesday, October 13 "
                                                        "at 3:30 p.m. works best for me.")
    id3 = mid('outlook', 'c06c')
    m3 = simple_mail('c06c', frm=PRIYA, to=[ME], subject='RE: ' + s1, date=d3, text=t3, msgid=id3, irt=id2,
                     refs=[id1, id2], bkind='outlook', html_cte='quoted-printable',
                     relay='YT3PR01MB5102.CANPRD01.PROD.OUTLOOK.COM', ip='40.107.64.118')
    s, e = T('2026-10-13 15:30', TOR, 'Tue', '-04:00'), T('2026-10-13 16:00', TOR, 'Tue', '-04:00')
    m4 = exchange_invite(
        'c06d', organizer=DANIEL, required=[ME], subject='Maya Chen / Daniel Haddad - Senior BA, Payments Modernization',
        start=s, end=e, wintz='Eastern Standard Time', label='(UTC-05:00) Eastern Time (US & Canada)',
        body_text="Hi Maya,\n\nLooking forward to our conversation on Tuesday. I'll have my camera on - feel free to do "
                  "the same, but no pressure.\n\nDaniel Haddad\nDirector, Business Analysis - Commercial Banking "
                  "Technology\nNorthshore Bank",
        location='Microsoft Teams Meeting', uid=outlook_uid('c06d'), seq=0,
        sent=T('2026-10-09 10:02:19', TOR, 'Fri', '-04:00'))
    case('northshore-hm-thread-teams', [('priya-next-steps.eml', m1), ('re-next-steps.eml', m2),
                                        ('re-confirmed.eml', m3), ('teams-invite-daniel.eml', m4)], lab(
        [iv(NB, NB_ROLE, s, e, 'scheduled', [E(DANIEL)], [E(DANIEL)], 'hiring_manager')], 'medium',
        'positive/thread-propose-confirm-teams',
        'Three slots offered, candidate picks Tue Oct 13 3:30 p.m., recruiter confirms, hiring manager sends a Teams '
        'invite (Windows TZID, "(UTC-05:00)" label but EDT -04:00). One interview; the unchosen slots are not.'))

    # ------------------------------------------------------------------ 07 mortgage renewal call (negative)
    sent = T('2026-10-10 18:22:09', TOR, 'Sat', '-04:00')
    s, e = T('2026-10-14 18:00', TOR, 'Wed', '-04:00'), T('2026-10-14 18:30', TOR, 'Wed', '-04:00')
    text = f"""Hi Maya,

Thanks for booking with Northshore Bank. Here are your appointment details.

Appointment: Mortgage renewal discussion
Date: {long_date(s)}
Time: 6:00 p.m. - 6:30 p.m. ET
Format: Phone call
Your Mortgage Specialist: Andre Baptiste will call you at 416-555-0182

Your current term ends on December 1, 2026. To make the most of your time, please have these handy:
- Your renewal letter (reference ending 4471)
- A recent pay stub or employment letter
- Any questions about fixed vs. variable rates or prepayment options

Need to change or cancel? Manage your appointment: https://www.northshorebank.example/appointments/manage?ref={hx('c07ref', n=10).upper()}

This is an automated message. Please do not reply.

Northshore Bank
"""
    cal = plain_ics(prodid='-//Northshore Bank//Appointment Booking//EN', uid=f'appt-{hx("c07uid", n=24)}@northshorebank.example',
                    start=s, end=e, summary='Northshore Bank - Mortgage renewal discussion (phone)',
                    description='Andre Baptiste, Mortgage Specialist, will call you at 416-555-0182.',
                    location='Phone', organizer=('Northshore Bank Appointments', 'appointments@notify.northshorebank.example'),
                    attendees=[ME], stamp=sent, tz=TOR)
    m = simple_mail('c07', frm=('Northshore Bank', 'appointments@notify.northshorebank.example'), to=[ME],
                    subject='Your appointment is confirmed - Mortgage renewal', date=sent, text=text,
                    cte='quoted-printable', html_cte='base64', msgid=mid('x', 'c07', 'notify.northshorebank.example'),
                    attach=[ics_attachment(cal, 'appointment.ics')], relay='smtp2.notify.northshorebank.example',
                    ip='198.51.100.12')
    case('northshore-mortgage-renewal-call', [('mortgage-appointment.eml', m)], lab(
        [], 'hard', 'negative/banking-appointment',
        'Phone appointment with a mortgage specialist at the same bank Maya is interviewing with; has an .ics '
        'but is not a job interview.'))

    # ------------------------------------------------------------------ 08 London consultancy, two rounds, DST gap
    d1 = T('2026-10-09 10:15:52', LON, 'Fri', '+01:00')
    s1_, e1_ = T('2026-10-14 15:00', LON, 'Wed', '+01:00'), T('2026-10-14 15:45', LON, 'Wed', '+01:00')
    assert in_tz(s1_, TOR).hour == 10
    t1 = f"""Dear Maya,

Thank you for applying for the {AP_ROLE} role with Ashcombe Partners. We are building a small Toronto-based team to support our Canadian banking clients, and your background in payments and regulatory change stood out.

I'm delighted to invite you to a first-round interview with Rhys Llewellyn, Engagement Manager in our Financial Services practice. Rhys will tell you about the team and ask about a couple of transformation programmes you've worked on.

The interview is on Wednesday 14 October at 3pm UK time (10am in Toronto) and will last about 45 minutes on Google Meet. I'll send a calendar invitation separately.

Kind regards,

Harriet Pembroke
Recruitment Coordinator
Ashcombe Partners | 40 Lothbury Row, London EC2R 7HE
+44 20 7946 0382
"""
    m1 = simple_mail('c08a', frm=HARRIET, to=[ME], subject=f'First-round interview - {AP_ROLE}', date=d1, text=t1,
                     html_cte='quoted-printable', bkind='google', msgid=mid('gmail', 'c08a'),
                     relay='mail-wr1-f54.google.com', ip='209.85.221.54')
    m2 = google_invite('c08b', organizer=HARRIET, guests=[HARRIET, RHYS, ME],
                       title='Ashcombe Partners - First-round interview (Maya Chen / Rhys Llewellyn)',
                       start=s1_, end=e1_, tz=LON, tzlabel='United Kingdom Time',
                       sent=T('2026-10-09 10:17:30', LON, 'Fri', '+01:00'),
                       description=f'First-round interview for the {AP_ROLE} role. 10:00 in Toronto.',
                       uid=f'{b32("c08buid", n=26).lower()}@google.com', phone='+44 20 3956 0117')
    d3 = T('2026-10-19 09:40:12', LON, 'Mon', '+01:00')
    s2_, e2_ = T('2026-10-28 15:00', LON, 'Wed', '+00:00'), T('2026-10-28 16:00', LON, 'Wed', '+00:00')
    assert in_tz(s2_, TOR).hour == 11 and in_tz(s2_, TOR).utcoffset() == timedelta(hours=-4)
    t3 = """Dear Maya,

Thank you for speaking with Rhys last Wednesday - he very much enjoyed the conversation and would like you to progress to the second round.

This is a case study interview with Imogen Clarke, Partner and head of our Financial Services practice. We'll send you a short case pack 48 hours beforehand; you'll talk Imogen through your recommendations for around 20 minutes, followed by questions. Please allow 60 minutes in total.

Imogen can do Wednesday 28 October at 3pm UK time. A word on timings: our clocks go back on Sunday 25 October, but Canada doesn't change until Sunday 1 November, so for that week we're only four hours apart. 3pm in London will be 11am in Toronto - an hour later for you than last time.

I've added it to the calendar, so you should see it shortly. Do let me know if the time doesn't work.

Kind regards,
Harriet
"""
    m3 = simple_mail('c08c', frm=HARRIET, to=[ME], subject='Second-round interview - Ashcombe Partners', date=d3,
                     text=t3, html_cte='quoted-printable', bkind='google', msgid=mid('gmail', 'c08c'),
                     relay='mail-wr1-f54.google.com', ip='209.85.221.54')
    j = gcal_event('c08d', summary='Ashcombe Partners - Case study interview (Imogen Clarke / Maya Chen)',
                   description=f'Second-round case study interview, {AP_ROLE}. Case pack to follow 48 hours before. '
                               '15:00 London / 11:00 Toronto.',
                   organizer=HARRIET, attendees=[
                       {'email': E(HARRIET), 'displayName': HARRIET[0], 'organizer': True, 'responseStatus': 'accepted'},
                       {'email': E(IMOGEN), 'displayName': IMOGEN[0], 'responseStatus': 'accepted'},
                       {'email': OWNER, 'self': True, 'responseStatus': 'needsAction'}],
                   start=s2_, end=e2_, tz=LON, created=T('2026-10-19 09:44:03', LON, 'Mon', '+01:00'),
                   updated=T('2026-10-19 09:44:51', LON, 'Mon', '+01:00'), meet=True)
    case('ashcombe-london-two-rounds-dst-gap', [('harriet-first-round.eml', m1), ('invitation-first-round.eml', m2),
                                                ('harriet-second-round.eml', m3), ('case-study.gcal.json', j)], lab(
        [iv(AP, AP_ROLE, s1_, e1_, 'scheduled', [E(RHYS)], [E(RHYS)], 'hiring_manager'),
         iv(AP, AP_ROLE, s2_, e2_, 'scheduled', [E(IMOGEN)], [E(IMOGEN)], 'other')], 'hard',
        'positive/two-interviews-london-dst-gap',
        'Two rounds with a London firm. Round 1: Wed Oct 14 15:00 BST (+01:00) = 10:00 EDT. Round 2: Wed Oct 28 '
        '15:00 GMT (+00:00) = 11:00 EDT, inside the one-week gap between the UK (Oct 25) and Canada (Nov 1) '
        'changes; the API event shows -04:00 with timeZone Europe/London.'))

    # ------------------------------------------------------------------ 09 agency "quick chat about roles" (negative)
    d1 = T('2026-10-13 08:47:30', TOR, 'Tue', '-04:00')
    DEREK = ('Derek Fontaine', 'derek.fontaine@kingsbridgetalent.example')
    t1 = """Hi Maya,

Hope you had a good Thanksgiving long weekend!

I'm a recruiter with Kingsbridge Talent Partners - we place business analysts and project managers with banks, insurers and the Ontario public sector. Your profile came up while I was working on a couple of searches, and I think your payments background would be a strong fit:

- Business Analyst, Capital Markets Technology - 12-month contract, Bay Street, hybrid 3 days/week
- Senior BA, Digital Onboarding - permanent, Big Five bank, hybrid

Would you be open to a quick chat about roles sometime this week? Fifteen minutes is plenty to hear what you're looking for. If it's easier, you can pick a time here: https://calendly.com/derek-kingsbridge/15min

No pressure either way.

Cheers,
Derek Fontaine
Senior Recruiter, Technology & Transformation
Kingsbridge Talent Partners | 416-555-0199
"""
    s1 = 'Quick chat about BA roles?'
    id1 = mid('x', 'c09a', 'kingsbridgetalent.example')
    m1 = simple_mail('c09a', frm=DEREK, to=[ME], subject=s1, date=d1, text=t1, html_cte='quoted-printable',
                     msgid=id1, relay='smtp.kingsbridgetalent.example', ip='198.51.100.201')
    d2 = T('2026-10-16 14:05:11', TOR, 'Fri', '-04:00')
    t2 = ("Hi Maya,\n\nJust floating this back to the top of your inbox. The capital markets contract is moving "
          "quickly - the client wants to start interviews the week of October 26 - so if you'd like to be "
          "considered, send me a couple of times that work for a call and I'll set it up.\n\nThanks,\nDerek"
          ) + outlook_quote(d1, DEREK, ME, s1, t1)
    m2 = simple_mail('c09b', frm=DEREK, to=[ME], subject='RE: ' + s1, date=d2, text=t2, html_cte='quoted-printable',
                     msgid=mid('x', 'c09b', 'kingsbridgetalent.example'), irt=id1, refs=[id1],
                     relay='smtp.kingsbridgetalent.example', ip='198.51.100.201')
    case('kingsbridge-quick-chat-no-booking', [('derek-quick-chat.eml', m1), ('derek-follow-up.eml', m2)], lab(
        [], 'medium', 'negative/recruiter-outreach',
        'Agency recruiter asks for a "quick chat about roles" with a Calendly link and a nudge; nothing is booked '
        'and it is not an interview for a specific process.'))

    # ------------------------------------------------------------------ 10 Calgary HM interview cancelled
    uid = outlook_uid('c10')
    s, e = T('2026-10-20 11:00', EDM, 'Tue', '-06:00'), T('2026-10-20 12:00', EDM, 'Tue', '-06:00')
    assert in_tz(s, TOR).hour == 13
    subj10 = 'Bowfront Energy - Hiring Manager Interview: Maya Chen (Sr. Business Analyst, Trading Systems)'
    body10 = """Hi Maya,

Tanya passed along your resume and I'd like to spend an hour walking through your experience with trading and risk platforms - ETRM implementations in particular - and how you've handled requirements when the business and IT don't agree.

Please note the invite is in Calgary time: 11:00 a.m. MT is 1:00 p.m. ET for you.

Regards,
Graham Lindqvist
Manager, Commercial Systems | Bowfront Energy
Calgary, AB"""
    m1 = exchange_invite('c10a', organizer=GRAHAM, required=[ME], optional=[TANYA], subject=subj10, start=s, end=e,
                         wintz='Mountain Standard Time', label='(UTC-07:00) Mountain Time (US & Canada)',
                         body_text=body10, location='Microsoft Teams Meeting', uid=uid, seq=0,
                         sent=T('2026-10-13 15:20:44', EDM, 'Tue', '-06:00'))
    d2 = T('2026-10-16 09:05:37', EDM, 'Fri', '-06:00')
    t2 = f"""Dear Maya,

Thank you for your continued interest in the {BF_TRADE} position (Req 2600318).

We regret to inform you that this requisition has been placed on hold while our leadership team finalizes the 2027 capital plan. As a result, your interview with Graham Lindqvist scheduled for Tuesday, October 20 will be cancelled, and you will receive a separate calendar cancellation.

This decision is not a reflection of your qualifications. Should the position reopen, your Talent Advisor, Tanya Kowalski, will contact you directly. Your application for {BF_LAND} (Req 2600291) is not affected.

Sincerely,
Talent Acquisition
Bowfront Energy

This message was sent from an unattended mailbox. Please direct questions to {E(TANYA)}.
"""
    m2 = simple_mail('c10b', frm=('Bowfront Energy Careers', 'bowfrontenergy@taleo.net'), reply_to=TANYA, to=[ME],
                     subject=f'Update: {BF_TRADE} (Req 2600318)', date=d2, text=t2, html_cte='quoted-printable',
                     msgid=mid('x', 'c10b', 'taleo.net'), relay='mail-out7.taleo.net', ip='198.51.100.93')
    m3 = exchange_invite('c10c', organizer=GRAHAM, required=[ME], optional=[TANYA], subject=subj10, start=s, end=e,
                         wintz='Mountain Standard Time', label='(UTC-07:00) Mountain Time (US & Canada)',
                         body_text="Hi Maya - as Tanya mentioned, the Trading Systems role is on hold, so I'm cancelling "
                                   "our conversation for now. Sorry for the short notice, and thank you for your "
                                   "flexibility.\n\nGraham",
                         location='Microsoft Teams Meeting', uid=uid, seq=1, method='CANCEL',
                         sent=T('2026-10-16 09:31:02', EDM, 'Fri', '-06:00'), subject_prefix='Canceled: ')
    case('bowfront-teams-cancelled-on-hold', [('teams-invite-graham.eml', m1), ('taleo-role-on-hold.eml', m2),
                                              ('canceled-hm-interview.eml', m3)], lab(
        [iv(BF, BF_TRADE, s, e, 'cancelled', [E(GRAHAM)], [E(GRAHAM)], 'hiring_manager')], 'medium',
        'positive/cancel-exchange-mountain',
        'Teams invite in "Mountain Standard Time" (MDT -06:00 on Oct 20), then a Taleo notice that the role is on '
        'hold and a METHOD:CANCEL with the same UID. Kept as cancelled at its last time.'))

    # ------------------------------------------------------------------ 11 scam posing as the bank (negative)
    sent = T('2026-10-16 03:14:27', 'Africa/Lagos', 'Fri', '+01:00')
    text = """Dear Maya Chen,

We are pleased to inform you that your resume has been reviewed by our Hiring Team and you have been shortlisted for the position of Remote Business Analyst (Full-Time/Part-Time) with Northshore Bank Canada.

Position: Remote Business Analyst
Pay: $42.50 CAD per hour
Schedule: Flexible, 20-40 hrs weekly
Training: Paid and provided online

Your online interview has been schedule for Monday, October 19 at 10:00am EST. The interview will be conducted through text chat on Telegram with our Hiring Manager Mrs. Linda Morgan.

Kindly download the Telegram app and send a message to @NorthshoreHR_LindaMorgan with your Full Name and Interview ID: NSB-55317 before the interview time to confirm your slot.

Please note: after the interview, successful candidates will receive a cheque to purchase their home office equipment (laptop, software) from our approved vendor. You will also be required to provide your SIN and banking information for payroll set up.

Regards,
Human Resources Department
Northshore Bank Canada
"""
    m = simple_mail('c11', frm=('Northshore Bank Recruitment Team', 'hr.northshorebank.careers@mail-recruit.example'),
                    reply_to=('Linda Morgan', 'lindamorgan.hiring@mail-recruit.example'), to=[ME],
                    subject='Congratulations!! You are Shortlisted - Remote Business Analyst (Northshore Bank Canada)',
                    date=sent, text=text, msgid=mid('x', 'c11', 'mail-recruit.example'),
                    relay='vps-2231.mail-recruit.example', ip='192.0.2.88')
    case('scam-telegram-shortlisted', [('shortlisted-remote-ba.eml', m)], lab(
        [], 'hard', 'negative/scam',
        'Fake recruiter using the bank\'s name: Telegram "text chat interview", pay rate, cheque for equipment, '
        'asks for SIN and banking details. Not a real interview.'))

    # ------------------------------------------------------------------ 12 SuccessFactors in-person panel, Waterloo
    sent = T('2026-10-13 10:12:55', TOR, 'Tue', '-04:00')
    s, e = T('2026-10-21 13:30', TOR, 'Wed', '-04:00'), T('2026-10-21 14:30', TOR, 'Wed', '-04:00')
    text = f"""Dear Maya Chen,

Thank you for confirming your availability. We look forward to meeting you in person at our Waterloo head office.

Position: {GRM_ROLE} (Req 24117)
Interview type: Panel interview (in person)
Date: {long_date(s)}
Time: 1:30 PM - 2:30 PM Eastern Time
Location: Grand River Mutual, 1 Mutual Place, Waterloo, ON N2J 4A9 - Tower B, 6th floor reception

Your interview panel:
Raj Malhotra, Manager, Claims Transformation
Simone Côté, Director, Business Architecture
Andrew Kowalczyk, Senior Product Owner, Claims Portal

You'll be asked behavioural questions and walked through a short scenario on a claims intake process. No advance preparation is required; bring a notepad.

If you need to reschedule or require an accommodation, please reply to this e-mail or contact Erin MacDonald at {E(ERIN)} or 519-555-0148.

Kind regards,
Erin MacDonald
Talent Acquisition Specialist
Grand River Mutual Insurance
"""
    cal = plain_ics(prodid='-//SAP SuccessFactors//Interview Scheduling//EN',
                    uid=f'SF-INT-{digits("c12uid", n=12)}@grandrivermutual.successfactors.com', start=s, end=e,
                    summary=f'Panel Interview: Maya Chen - {GRM_ROLE}',
                    description='Panel: Raj Malhotra, Simone Côté, Andrew Kowalczyk. Check in at Tower B reception.',
                    location='1 Mutual Place, Waterloo, ON - Tower B, 6th floor', organizer=ERIN,
                    attendees=[RAJ, SIMONE, ANDREW, ME], stamp=sent, tz=TOR)
    m1 = simple_mail('c12a', frm=SF_SENDER, reply_to=ERIN, to=[ME],
                     subject=f'Interview Confirmation - {GRM_ROLE} (Req 24117)', date=sent, text=text,
                     cte='quoted-printable', html_cte='quoted-printable', msgid=mid('x', 'c12a', 'successfactors.com'),
                     attach=[ics_attachment(cal, 'Interview_Invitation.ics')], relay='mail3.successfactors.com',
                     ip='198.51.100.54')
    t2 = """Hi Maya,

Looking forward to seeing you on Wednesday! A few practical details:

- Visitor parking is in the P2 lot off Weber Street; take a ticket and I'll validate it.
- Check in at the Tower B security desk on the ground floor and ask for me - I'll walk you up.
- If you're taking transit, the ION stop at Waterloo Public Square is a five-minute walk.

Simone may be a few minutes late as she's coming from another meeting, but the panel will start on time with Raj and Andrew.

See you soon,
Erin
"""
    m2 = simple_mail('c12b', frm=ERIN, to=[ME], subject="Wednesday's panel - parking and directions",
                     date=T('2026-10-19 16:40:08', TOR, 'Mon', '-04:00'), text=t2, html_cte='quoted-printable',
                     bkind='outlook', msgid=mid('outlook', 'c12b'), relay='YT3PR01MB8841.CANPRD01.PROD.OUTLOOK.COM',
                     ip='40.107.66.91')
    case('grandriver-successfactors-panel-waterloo', [('successfactors-confirmation.eml', m1),
                                                      ('erin-parking.eml', m2)], lab(
        [iv(GRM, GRM_ROLE, s, e, 'scheduled', [E(RAJ), E(SIMONE), E(ANDREW)], [E(RAJ), E(SIMONE), E(ANDREW)],
            'onsite')], 'medium', 'positive/ats-successfactors-panel',
        'SuccessFactors confirmation (no-reply sender, Reply-To coordinator) with an .ics listing three panellists; '
        'follow-up logistics mail changes nothing. In-person panel -> onsite.'))

    # ------------------------------------------------------------------ 13 networking night (negative)
    sent = T('2026-10-05 16:30:02', 'UTC', 'Mon', '+00:00')
    s, e = T('2026-10-22 18:00', TOR, 'Thu', '-04:00'), T('2026-10-22 20:30', TOR, 'Thu', '-04:00')
    order = digits('c13order', n=10)
    text = f"""Hi Maya,

You're going to Fall Networking Night: Meet Bay Street BA Leaders!

Order #{order} - 1 x General Admission (Members) - $15.00

{long_date(s)} from 6:00 PM to 8:30 PM (EDT)
The Assembly Room, 220 King Street West, Toronto, ON M5H 1K4

Hosted by the Toronto Business Analysis Network (TBAN)

About this event
Join fellow BAs, product owners and hiring leaders for an evening of conversation. We open with a panel - "What we look for when we interview business analysts" - featuring leaders from Northshore Bank, Grand River Mutual and Maplewire, followed by speed-networking rounds. Bring business cards and your best elevator pitch; light refreshments provided.

Add this event to your calendar with the attached event.ics.
View your tickets: https://www.eventbrite.ca/mytickets/{order}

Questions about this event? Contact the organizer at events@tban.example.

Eventbrite | 535 Mission St, 8th Floor, San Francisco, CA 94105
"""
    cal = plain_ics(prodid='-//Eventbrite//Eventbrite Tickets//EN', uid=f'{order}-{hx("c13", n=8)}@eventbrite.com',
                    start=s, end=e, summary='Fall Networking Night: Meet Bay Street BA Leaders',
                    description='Hosted by the Toronto Business Analysis Network. Panel + speed networking.',
                    location='The Assembly Room, 220 King Street West, Toronto, ON M5H 1K4',
                    organizer=('Toronto Business Analysis Network', 'events@tban.example'), attendees=[ME],
                    stamp=sent, method='PUBLISH')
    m = simple_mail('c13', frm=('Eventbrite', 'noreply@order.eventbrite.com'),
                    reply_to=('Toronto Business Analysis Network', 'events@tban.example'), to=[ME],
                    subject='Your tickets for Fall Networking Night: Meet Bay Street BA Leaders', date=sent, text=text,
                    html_cte='quoted-printable', msgid=mid('x', 'c13', 'order.eventbrite.com'),
                    attach=[leaf('text/calendar; charset="UTF-8"; name="event.ics"', cal, 'base64',
                                 disp='attachment; filename="event.ics"')],
                    relay='o7.email.eventbrite.com', ip='198.51.100.166')
    case('tban-networking-night-eventbrite', [('eventbrite-tickets.eml', m)], lab(
        [], 'medium', 'negative/networking-event',
        'Ticketed networking evening with a panel about interviewing BAs and hiring leaders from the same '
        'companies; .ics attached. Not an interview.'))

    # ------------------------------------------------------------------ 14 standalone Exchange .ics, technical (Mountain)
    s, e = T('2026-10-23 14:00', EDM, 'Fri', '-06:00'), T('2026-10-23 15:00', EDM, 'Fri', '-06:00')
    assert in_tz(s, TOR).hour == 16
    url, footer = teams_info('c14')
    desc = f"""When: {long_date(s)} 2:00 PM-3:00 PM (UTC-07:00) Mountain Time (US & Canada).

Hi Maya,

Thanks for a great conversation earlier this month. Your next step is a one-hour technical interview with Nadia Petrenko, Lead Business Analyst for Land & Mineral Systems.

Nadia will share a short scenario about land lease payments and ask you to work through it live: draft two or three user stories with acceptance criteria, sketch the data you would need and talk through how you'd validate it with the land department. Nothing to prepare beyond a pen and paper.

The call is on Microsoft Teams (link below). The time is shown in Mountain Time - that's 4:00 p.m. in Toronto.

Tanya Kowalski
Talent Advisor | Bowfront Energy

{footer}
"""
    cal = exchange_ics(seed='c14', organizer=TANYA, attendees=[(NADIA[0], E(NADIA), 'REQ-PARTICIPANT'),
                                                               (OWNER_NAME, OWNER, 'REQ-PARTICIPANT')],
                       summary=f'Technical Interview - {BF_LAND} (Maya Chen)', start=s, end=e,
                       wintz='Mountain Standard Time', description=desc, location='Microsoft Teams Meeting',
                       uid=outlook_uid('c14'), seq=0, stamp=T('2026-10-15 10:48:19', EDM, 'Thu', '-06:00'),
                       teams_url=url)
    case('bowfront-standalone-ics-technical', [('technical-interview-land-systems.ics', cal.encode('utf-8'))], lab(
        [iv(BF, BF_LAND, s, e, 'scheduled', [E(NADIA)], [E(NADIA)], 'technical')], 'medium',
        'positive/standalone-ics-mountain',
        'Standalone Exchange .ics with TZID "Mountain Standard Time" (MDT -06:00 on Oct 23); organizer is the '
        'recruiter, the one interviewer is the lead BA.'))

    # ------------------------------------------------------------------ 15 prep webinar (negative)
    sent = T('2026-10-14 17:02:45', 'UTC', 'Wed', '+00:00')
    wid = digits('c15wid', n=11)
    text = f"""Hi Maya Chen,

Thank you for registering for "Case Interview Bootcamp for Business Analysts".

Please submit any questions to: events@careerleap.example

Date Time: Oct 27, 2026 12:00 PM Eastern Time (US and Canada)

Join from PC, Mac, iPad, or Android:
https://us06web.zoom.us/w/{wid}?tk={b32('c15tk', n=40)}

Add to: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

Description: A live, 60-minute webinar with CareerLeap coach Lauren Mbeki, a former hiring manager at a Canadian bank. We'll cover how to structure a case interview answer, how BAs are assessed in panel interviews and how to use the STAR method for behavioural questions, with live Q&A at the end. A recording will be sent to all registrants.

Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}
Passcode: {digits('c15pc', n=6)}

You can cancel your registration at any time.
"""
    m = simple_mail('c15', frm=('CareerLeap Canada', 'no-reply@zoom.us'),
                    reply_to=('CareerLeap Canada Events', 'events@careerleap.example'), to=[ME],
                    subject='Case Interview Bootcamp for Business Analysts Confirmation', date=sent, text=text,
                    html_cte='base64', msgid=mid('x', 'c15', 'zoom.us'), relay='mail-rn.zoom.us', ip='198.51.100.249')
    case('careerleap-case-interview-webinar', [('zoom-webinar-registration.eml', m)], lab(
        [], 'medium', 'negative/webinar',
        'Zoom webinar registration for an interview-prep bootcamp with a fixed time. Not an interview.'))

    # ------------------------------------------------------------------ 16 virtual onsite as three Google invites
    d1 = T('2026-10-21 11:22:40', VAN, 'Wed', '-07:00')
    sess = [(T('2026-10-29 09:00', VAN, 'Thu', '-07:00'), T('2026-10-29 09:45', VAN, 'Thu', '-07:00'),
             'Product sense & requirements', [AISHA],
             'Aisha will ask how you turn a fuzzy merchant problem into requirements. No prep needed.'),
            (T('2026-10-29 10:00', VAN, 'Thu', '-07:00'), T('2026-10-29 10:45', VAN, 'Thu', '-07:00'),
             'Data & SQL walkthrough', [TOMASZ],
             'Tomasz will share a small chargebacks dataset on screen; think out loud, syntax is not graded.'),
            (T('2026-10-29 11:00', VAN, 'Thu', '-07:00'), T('2026-10-29 12:00', VAN, 'Thu', '-07:00'),
             'Case presentation', [LEAH, BEN],
             'Present the chargeback case (prompt arrives Monday): ~20 min presentation, then discussion.')]
    assert in_tz(sess[0][0], TOR).hour == 12
    t1 = """Hi Maya,

Congrats again on moving to the final stage! Here's the plan for your virtual onsite on Thursday, October 29. Everything is on Google Meet, and all times below are Pacific - add three hours for Toronto, so you'll kick off at noon your time.

9:00-9:45 a.m. PT - Product sense & requirements - Aisha Rahman, Group Product Manager
10:00-10:45 a.m. PT - Data & SQL walkthrough - Tomasz Wójcik, Analytics Lead
11:00 a.m.-12:00 p.m. PT - Case presentation - Leah Nakamura, Head of Merchant Operations, and Ben Ostrowski, Senior Business Analyst

For the case presentation, I'll email you the prompt (a merchant chargeback scenario) on Monday morning. Plan on about 20 minutes of presenting and the rest for discussion - slides are welcome but not required.

There's a 15-minute break between sessions so you can grab a coffee. You'll get three separate calendar invites from me in the next few minutes, one per session.

Any questions at all, just shout.

Jordan
"""
    items = [('jordan-onsite-itinerary.eml',
              simple_mail('c16a', frm=JORDAN, to=[ME], subject='Your virtual onsite on Thursday, October 29 - itinerary',
                          date=d1, text=t1, cte='quoted-printable', html_cte='quoted-printable', bkind='google',
                          msgid=mid('gmail', 'c16a'), relay='mail-yw1-f172.google.com', ip='209.85.128.172'))]
    for i, (a, b, name, who, desc) in enumerate(sess):
        items.append((f'invitation-{["product-sense", "data-sql", "case-presentation"][i]}.eml', google_invite(
            f'c16{"bcd"[i]}', organizer=JORDAN, guests=[JORDAN] + who + [ME],
            title=f'Tidepool Pay virtual onsite: {name} (Maya Chen)', start=a, end=b, tz=VAN,
            tzlabel='Pacific Time - Vancouver', sent=T(f'2026-10-21 11:{25 + i}:0{i}', VAN, 'Wed', '-07:00'),
            description=desc, uid=f'{b32("c16uid", i, n=26).lower()}@google.com', phone='+1 604-555-0131')))
    ivs = [E(x) for x in (AISHA, TOMASZ, LEAH, BEN)]
    case('tidepool-virtual-onsite-three-invites', items, lab(
        [iv(TP, TP_ROLE, sess[0][0], sess[2][1], 'scheduled', ivs, ivs, 'onsite')], 'hard',
        'positive/virtual-onsite-multi-invite-pacific',
        'Itinerary mail plus three Google invites (UTC DTSTART) for back-to-back sessions on Thu Oct 29, '
        '9:00-12:00 PDT (-07:00) = noon-3 p.m. EDT. One onsite with all four interviewers; the organizer '
        'only coordinates.'))

    # ------------------------------------------------------------------ 17 Greenhouse HM interview after DST ends
    sent = T('2026-10-28 13:05:19', TOR, 'Wed', '-04:00')
    s, e = T('2026-11-02 11:00', TOR, 'Mon', '-05:00'), T('2026-11-02 11:45', TOR, 'Mon', '-05:00')
    zurl, zid, zpc = zoom_link('c17', 'maplewire.zoom.us')
    text = f"""Hi Maya,

Thanks for making time to speak with us! Here are the details for your upcoming interview for the {MW_ROLE} role at Maplewire.

{long_date(s)}
11:00 AM - 11:45 AM EST (Eastern Time)

Hiring Manager Interview
Owen Park, Director of Product Operations

Location: Zoom - {zurl}
Meeting ID: {zid} / Passcode: {zpc}

A reminder that the clocks fall back this Sunday (November 1), so the call will be at 11:00 a.m. EST - please double-check that your calendar shows the right time.

Owen will be interested in how you've partnered with sales and finance teams on pipeline reporting, CPQ or billing projects. Bring your questions about the team's 2027 roadmap, too.

If you have any questions or need to reschedule, just reply to this email.

Best,
Sofia Marchetti
Recruiting Coordinator, Maplewire
"""
    cal = plain_ics(prodid='-//Greenhouse Software//Greenhouse Scheduler//EN',
                    uid=f'greenhouse-interview-{digits("c17uid", n=9)}@greenhouse.io', start=s, end=e,
                    summary=f'Interview: Maya Chen - {MW_ROLE} (Hiring Manager Interview)',
                    description=f'Hiring Manager Interview with Owen Park.\nZoom: {zurl}', location=zurl,
                    organizer=SOFIA, attendees=[OWEN, ME], stamp=sent)
    m = simple_mail('c17', frm=('Sofia Marchetti', 'no-reply@us.greenhouse-mail.io'), reply_to=SOFIA, to=[ME],
                    subject=f'Interview Confirmation: {MW_ROLE} at Maplewire', date=sent, text=text,
                    cte='quoted-printable', html_cte='quoted-printable', msgid=mid('x', 'c17', 'us.greenhouse-mail.io'),
                    attach=[ics_attachment(cal, 'interview.ics')], relay='o3.us.greenhouse-mail.io', ip='198.51.100.188')
    case('maplewire-greenhouse-hm-after-dst', [('greenhouse-confirmation.eml', m)], lab(
        [iv(MW, MW_ROLE, s, e, 'scheduled', [E(OWEN)], [E(OWEN)], 'hiring_manager')], 'medium',
        'positive/ats-greenhouse-after-dst',
        'Greenhouse confirmation sent in EDT (Date -0400) for Mon Nov 2, the first weekday after Canada falls back: '
        '11:00 EST (-05:00); the .ics uses UTC (16:00Z).'))

    # ------------------------------------------------------------------ 18 VP final rescheduled across DST
    uid = outlook_uid('c18')
    s0, e0 = T('2026-10-29 16:00', TOR, 'Thu', '-04:00'), T('2026-10-29 16:45', TOR, 'Thu', '-04:00')
    s, e = T('2026-11-05 10:00', TOR, 'Thu', '-05:00'), T('2026-11-05 10:45', TOR, 'Thu', '-05:00')
    subj18 = 'Final interview - Maya Chen / Catherine Beaulieu (Senior BA, Payments Modernization)'
    body18 = """Hi Maya,

Catherine would like to meet you in person for the final conversation for the Senior Business Analyst, Payments Modernization role. Please check in with security in the main lobby of Northshore Tower about ten minutes early; they'll call up and I'll meet you at the elevators on 31.

The conversation will be about 45 minutes. Catherine is particularly interested in your perspective on the ISO 20022 migration and how you would set up the BA practice on a program of this size.

Kind regards,
Marc-André Gingras
Executive Assistant to Catherine Beaulieu, VP, Enterprise Payments Modernization
Northshore Bank"""
    where = 'Northshore Tower, 200 Bay Street, 31st floor - Boardroom 31B'
    m1 = exchange_invite('c18a', organizer=CATH, sender=MARC, required=[ME], optional=[PRIYA], subject=subj18,
                         start=s0, end=e0, wintz='Eastern Standard Time', label='(UTC-05:00) Eastern Time (US & Canada)',
                         body_text=body18, location=where, uid=uid, seq=0, teams=False,
                         sent=T('2026-10-19 14:10:33', TOR, 'Mon', '-04:00'))
    t2 = """Hi Maya,

Sorry for the shuffle - Catherine has to be in Montréal on Thursday for a regulatory meeting, so we need to move your final interview.

She can meet you on Thursday, November 5 at 10:00 a.m. instead, same place (31st floor, Northshore Tower). Marc-André will send you the updated calendar invitation shortly. If that doesn't work, let me know and we'll find another time.

Thanks for your patience,
Priya
"""
    m2 = simple_mail('c18b', frm=PRIYA, to=[ME], cc=[MARC], subject='Change of date for your final interview',
                     date=T('2026-10-27 11:48:05', TOR, 'Tue', '-04:00'), text=t2, html_cte='quoted-printable',
                     bkind='outlook', msgid=mid('outlook', 'c18b'), relay='YT3PR01MB5102.CANPRD01.PROD.OUTLOOK.COM',
                     ip='40.107.64.118')
    m3 = exchange_invite('c18c', organizer=CATH, sender=MARC, required=[ME], optional=[PRIYA], subject=subj18,
                         start=s, end=e, wintz='Eastern Standard Time', label='(UTC-05:00) Eastern Time (US & Canada)',
                         body_text='Updated at Catherine\'s request: now Thursday, November 5 at 10:00 a.m. (the '
                                   'original Thursday, October 29 slot no longer works). Same location.\n\n' + body18,
                         location=where, uid=uid, seq=1, teams=False, sent=T('2026-10-27 12:05:41', TOR, 'Tue', '-04:00'))
    case('northshore-vp-final-moved-across-dst', [('invite-final-vp.eml', m1), ('priya-change-of-date.eml', m2),
                                                  ('updated-invite-final-vp.eml', m3)], lab(
        [iv(NB, NB_ROLE, s, e, 'scheduled', [E(CATH)], [E(CATH)], 'hiring_manager')], 'hard',
        'positive/reschedule-sequence-across-dst',
        'In-person final with the VP, first Thu Oct 29 16:00 EDT, moved (same UID, SEQUENCE 1) to Thu Nov 5 '
        '10:00 EST (-05:00) after Canada falls back. The EA sends on the VP\'s behalf and is not an interviewer.'))

    # ------------------------------------------------------------------ 19 rejection after the panel (negative)
    text = f"""Dear Maya,

Thank you for meeting with Raj, Simone and Andrew on October 21 and for your interest in the {GRM_ROLE} role at Grand River Mutual.

The panel appreciated your experience and the care you took in walking them through the claims intake scenario. After careful consideration, however, we have decided to move forward with a candidate whose background more closely matches the current needs of the team.

We know this isn't the news you were hoping for. With your permission, we'll keep your profile on file and reach out if a suitable opportunity opens up - our Business Architecture team expects to post several roles in the new year.

Thank you again for the time you invested in our process, and best of luck in your search.

Warm regards,
Erin MacDonald
Talent Acquisition Specialist
Grand River Mutual Insurance
"""
    m = simple_mail('c19', frm=SF_SENDER, reply_to=ERIN, to=[ME], subject=f'Update on your application - {GRM_ROLE}',
                    date=T('2026-11-04 09:15:22', TOR, 'Wed', '-05:00'), text=text, cte='quoted-printable',
                    html_cte='quoted-printable', msgid=mid('x', 'c19', 'successfactors.com'),
                    relay='mail3.successfactors.com', ip='198.51.100.54')
    case('grandriver-rejection-after-panel', [('successfactors-update.eml', m)], lab(
        [], 'medium', 'negative/rejection',
        'Rejection that refers back to the October 21 panel; no upcoming interview.'))

    # ------------------------------------------------------------------ 20 offer call (negative)
    d1 = T('2026-11-09 10:14:27', TOR, 'Mon', '-05:00')
    t1 = f"""Hi Maya,

I hope you had a good weekend. I'm thrilled to let you know that Catherine and Daniel would like to extend you an offer for the {NB_ROLE} role!

Before the formal offer letter comes through Workday, I'd love to walk you through the details - base salary, annual incentive, benefits, pension and a proposed start date - and answer any questions. Are you free tomorrow at 4:30? I've sent a Teams invite for half an hour; if that time doesn't suit, suggest another and I'll move it.

Congratulations - everyone you met was very impressed.

Priya
"""
    m1 = simple_mail('c20a', frm=PRIYA, to=[ME], subject='Good news from Northshore Bank', date=d1, text=t1,
                     html_cte='quoted-printable', bkind='outlook', msgid=mid('outlook', 'c20a'),
                     relay='YT3PR01MB5102.CANPRD01.PROD.OUTLOOK.COM', ip='40.107.64.118')
    s, e = T('2026-11-10 16:30', TOR, 'Tue', '-05:00'), T('2026-11-10 17:00', TOR, 'Tue', '-05:00')
    m2 = exchange_invite('c20b', organizer=PRIYA, required=[ME], subject='Offer discussion - Maya Chen (Senior BA, '
                         'Payments Modernization)', start=s, end=e, wintz='Eastern Standard Time',
                         label='(UTC-05:00) Eastern Time (US & Canada)',
                         body_text='Hi Maya,\n\nA quick call to go over your offer package. No preparation needed - '
                                   'just bring your questions.\n\nPriya',
                         location='Microsoft Teams Meeting', uid=outlook_uid('c20b'), seq=0,
                         sent=T('2026-11-09 10:16:02', TOR, 'Mon', '-05:00'))
    case('northshore-offer-call-teams', [('priya-good-news.eml', m1), ('teams-offer-discussion.eml', m2)], lab(
        [], 'hard', 'negative/offer',
        'Offer call: "tomorrow at 4:30" plus a Teams invite from the recruiter who ran earlier interviews. An offer '
        'discussion is not an interview.'))

    # ------------------------------------------------------------------ 21 federal bilingual board interview (Webex)
    s, e = T('2026-11-12 10:00', TOR, 'Thu', '-05:00'), T('2026-11-12 11:30', TOR, 'Thu', '-05:00')
    proc = '26-SNPC-SDSC-EA-0412'
    t1 = f"""*** English follows ***

Bonjour Maya Chen,

Processus de sélection : {proc}
Poste : Analyste d'affaires (IT-02)
Organisation : Services numériques partagés Canada - Direction générale de la transformation numérique, Toronto (Ontario)

Nous avons le plaisir de vous informer que vous avez réussi l'examen écrit. Vous êtes invitée à une entrevue devant un comité d'évaluation :

Date : le jeudi 12 novembre 2026
Heure : de 10 h à 11 h 30 (heure de l'Est)
Mode : vidéoconférence Webex (le lien vous sera transmis dans une invitation distincte)

Membres du comité : Kwame Mensah, gestionnaire, Services numériques; Isabelle Gagnon, directrice par intérim, Transformation numérique; Lucas Fournier, architecte d'affaires principal.

L'entrevue se déroulera dans la langue officielle de votre choix. Veuillez avoir en main une pièce d'identité avec photo. Si vous avez besoin de mesures d'adaptation, veuillez communiquer avec Geneviève Lapointe ({E(GEN)}) d'ici le vendredi 6 novembre.

Veuillez confirmer votre présence en répondant à ce courriel. Veuillez noter que nos bureaux seront fermés le mercredi 11 novembre (jour du Souvenir).

---

Hello Maya Chen,

Selection process: {proc}
Position: {SDSC_ROLE}
Organization: Shared Digital Services Canada - Digital Transformation Branch, Toronto, Ontario

We are pleased to inform you that you were successful on the written exam. You are invited to an interview with an assessment board:

Date: Thursday, November 12, 2026
Time: 10:00 a.m. to 11:30 a.m. (Eastern Time)
Format: Webex videoconference (the link will be sent in a separate invitation)

Board members: Kwame Mensah, Manager, Digital Services; Isabelle Gagnon, A/Director, Digital Transformation; Lucas Fournier, Senior Business Architect.

The interview will be conducted in the official language of your choice. Please have photo identification ready. If you require accommodation measures, please contact Geneviève Lapointe ({E(GEN)}) by Friday, November 6.

Please confirm your attendance by replying to this email. Note that our offices will be closed on Wednesday, November 11 (Remembrance Day).

Geneviève Lapointe
Conseillère en ressources humaines | Human Resources Advisor
Services numériques partagés Canada | Shared Digital Services Canada
Gouvernement du Canada | Government of Canada
"""
    m1 = simple_mail('c21a', frm=STAFF, reply_to=GEN, to=[ME],
                     subject=f'Invitation à une entrevue / Invitation to an interview - {proc}',
                     date=T('2026-10-30 13:20:45', TOR, 'Fri', '-04:00'), text=t1, cte='quoted-printable',
                     bkind='outlook', msgid=mid('outlook', 'c21a'), relay='YT3PR01MB2207.CANPRD01.PROD.OUTLOOK.COM',
                     ip='40.107.65.20')
    wx = digits('c21wx', n=11)
    body21 = f"""Bonjour Maya, / Hello Maya,

Voici le lien Webex pour votre entrevue du processus {proc}. / Here is the Webex link for your interview for process {proc}.

Rejoindre la réunion / Join meeting:
https://sdsc-snpc.webex.com/sdsc-snpc/j.php?MTID=m{hx('c21mtid', n=32)}
Numéro de la réunion / Meeting number: {wx[:4]} {wx[4:7]} {wx[7:]}
Mot de passe / Password: {b32('c21pw', n=10)}
Rejoindre par téléphone / Join by phone: +1-416-555-0110 Canada Toll

Veuillez vous connecter 10 minutes à l'avance pour tester votre audio et votre vidéo. / Please join 10 minutes early to test your audio and video.

Geneviève Lapointe
Conseillère en ressources humaines | Human Resources Advisor"""
    m2 = exchange_invite('c21b', organizer=GEN, required=[ME], subject=f'Entrevue / Interview - {proc} - CHEN, Maya',
                         start=s, end=e, wintz='Eastern Standard Time', label='',
                         when_line=('Quand : jeudi 12 novembre 2026 10:00-11:30 (UTC-05:00) Heure de l\'Est '
                                    '(États-Unis et Canada).\nOù : Webex\n'),
                         body_text=body21, location='Webex', uid=outlook_uid('c21b'), seq=0, teams=False, lang='fr-CA',
                         sent=T('2026-11-02 09:05:10', TOR, 'Mon', '-05:00'))
    case('sdsc-bilingual-webex-board', [('invitation-entrevue-interview.eml', m1), ('webex-invite.eml', m2)], lab(
        [iv(SDSC, SDSC_ROLE, s, e, 'scheduled', [], [E(GEN)], 'onsite')], 'medium',
        'positive/bilingual-federal-board',
        'Federal bilingual notice (French first) plus a French-locale Outlook invite with a Webex link; Thu Nov 12 '
        '10:00-11:30 EST (-05:00). Three board members named without addresses -> follow-up goes to the HR '
        'advisor, not the generic staffing mailbox.'))

    # ------------------------------------------------------------------ 22 CPA exam booking (negative)
    sent = T('2026-10-20 15:44:09', TOR, 'Tue', '-04:00')
    s, e = T('2026-11-14 08:00', TOR, 'Sat', '-05:00'), T('2026-11-14 12:30', TOR, 'Sat', '-05:00')
    conf = f'KTC-{digits("c22conf", n=8)}'
    text = f"""Dear Maya Chen,

Your examination appointment has been scheduled. Please keep this e-mail for your records.

Program: CPA Professional Education Program (PEP)
Examination: Core 2 - Module Examination
Confirmation number: {conf}

Date: {long_date(s)}
Check-in: 8:00 a.m. ET (arrive at least 30 minutes before your exam)
Exam start: 8:30 a.m. ET - Duration: 4 hours
Test centre: Keystone Testing Centre - North York, 4950 Yonge Street, Suite 210, Toronto, ON M2N 6K1

What to bring: one valid, unexpired government-issued photo ID with signature (e.g. Ontario driver's licence or Canadian passport). Personal items, including phones and smartwatches, must be stored in a locker.

To reschedule or cancel, sign in at least 72 hours before your appointment: https://candidates.keystonetesting.example/appointments/{conf}. Fees may apply.

Keystone Testing Centres - Candidate Services
1-888-555-0176
"""
    cal = plain_ics(prodid='-//Keystone Testing Centres//Appointments//EN', uid=f'{conf}@keystonetesting.example',
                    start=s, end=e, summary='CPA PEP Core 2 exam - Keystone North York',
                    description=f'Confirmation {conf}. Check-in 8:00 a.m.; exam 8:30 a.m.-12:30 p.m.',
                    location='4950 Yonge Street, Suite 210, Toronto, ON M2N 6K1',
                    organizer=('Keystone Testing Centres', 'appointments@keystonetesting.example'), attendees=[ME],
                    stamp=sent, tz=TOR)
    m = simple_mail('c22', frm=('Keystone Testing Centres', 'appointments@keystonetesting.example'), to=[ME],
                    subject='Appointment Confirmation - CPA PEP Core 2 Module Examination', date=sent, text=text,
                    cte='quoted-printable', html_cte='quoted-printable', msgid=mid('x', 'c22', 'keystonetesting.example'),
                    attach=[ics_attachment(cal, 'exam-appointment.ics')], relay='smtp.keystonetesting.example',
                    ip='198.51.100.61')
    case('cpa-exam-booking-confirmation', [('exam-appointment-confirmation.eml', m)], lab(
        [], 'easy', 'negative/exam-booking',
        'Professional exam seat booking with an .ics (Saturday after DST ends). Not an interview.'))


# --------------------------------------------------------------------------- text checks

WD3 = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
FR_WD = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FR_MON = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
          'novembre', 'décembre']
RX1 = re.compile(r'\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
                 r'[a-z]*\.?\s+(\d{1,2})\b(?:,?\s+(\d{4}))?')
RX2 = re.compile(r'\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(\d{1,2})\s+'
                 r'(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(\d{4}))?')
RX3 = re.compile(r'\b(' + '|'.join(FR_WD) + r')\s+(\d{1,2})(?:er)?\s+(' + '|'.join(FR_MON) + r')(?:\s+(\d{4}))?')


def check_weekdays(text, where):
    n = 0
    for m in RX1.finditer(text):
        wd, mon, day, yr = m.group(1), m.group(2), int(m.group(3)), int(m.group(4) or 2026)
        assert datetime(yr, MON3.index(mon) + 1, day).strftime('%a') == wd, (where, m.group(0))
        n += 1
    for m in RX2.finditer(text):
        wd, day, mon, yr = m.group(1), int(m.group(2)), m.group(3), int(m.group(4) or 2026)
        assert datetime(yr, MON3.index(mon) + 1, day).strftime('%a') == wd, (where, m.group(0))
        n += 1
    for m in RX3.finditer(text):
        wd, day, mon, yr = m.group(1), int(m.group(2)), m.group(3), int(m.group(4) or 2026)
        assert datetime(yr, FR_MON.index(mon) + 1, day).weekday() == FR_WD.index(wd), (where, m.group(0))
        n += 1
    return n


def texts_of(name, data):
    import email
    import email.policy
    if name.endswith('.eml'):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        out = [str(msg.get('Subject', '')), str(msg.get('Date', '')), data.decode('utf-8')]
        for part in msg.walk():
            if part.is_multipart():
                continue
            c = part.get_content()
            out.append(c.decode('utf-8') if isinstance(c, bytes) else c)
        return out
    return [data.decode('utf-8')]


# --------------------------------------------------------------------------- output


def counts(labels):
    pos = [k for k, v in labels.items() if v['interview']]
    ivs = [i for v in labels.values() for i in v['interviews']]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i['status']] = by_status.get(i['status'], 0) + 1
        by_kind[i['kind']] = by_kind.get(i['kind'], 0) + 1
    return pos, ivs, by_status, by_kind


README = """# blind318: Toronto business analyst - Canadian banks, insurers, tech and public sector (written blind)

Mailbox owner: **Maya Chen <maya.chen@example.com>**, a business analyst living in Toronto (America/Toronto).

This set was written blind: only `/work/shared/eval/README.md` and two dev items were read to check formats; no
tool code, tests or other sets were looked at. Everything is generated by `make_cases.py` (byte-identical on every
run; dates, Message-IDs, UIDs and boundaries come from a fixed seed) and labelled in `labels.yaml`.

## What it stresses
- Canadian recruiting mail: a Bay Street bank (Workday, Outlook/Teams), a Waterloo insurer (HireVue,
  SuccessFactors, Outlook), a Vancouver fintech (Ashby, Google Calendar, Zoom), a Calgary energy company
  (Outlook/Teams, Taleo, Calendar API), a London consultancy (Google Workspace), a Toronto tech company
  (Greenhouse, Zoom) and a federal department (bilingual French/English notice, French-locale Outlook, Webex).
- Time zones across four regions and the autumn 2026 DST changes (UK Oct 25, Canada Nov 1), including Windows
  TZIDs whose "(UTC-05:00)"/"(UTC-07:00)" labels do not match the daylight offset in effect.
- Propose/confirm threads, a relative date ("tomorrow at 2"), a reschedule by SEQUENCE across the DST change, a
  cancellation (Taleo notice + METHOD:CANCEL), a virtual onsite sent as three invites, two interviews in one case.
- Hard negatives from the same companies: one-way video, mortgage appointment at the bank, scam using the bank's
  name, offer call with a Teams invite, rejection after a panel, networking night, prep webinar, exam booking,
  agency "quick chat about roles".

## Counts
{counts}

## Formats used
Plain-text and HTML e-mail (quoted-printable and base64), human threads with In-Reply-To/References (Gmail and
Outlook quoting), Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST,
invite.ics), Exchange/Teams meeting requests (Windows TZIDs, X-MICROSOFT-CDO-*, METHOD:CANCEL, SEQUENCE update,
French locale), ATS mails with .ics attachments (Workday, Ashby, SuccessFactors, Greenhouse), vendor mails
(HireVue, Taleo, Eventbrite with METHOD:PUBLISH .ics, Zoom webinar, test-centre booking), one standalone .ics and
two Google Calendar API `.gcal.json` events.

## Time-zone / DST points
- 01: Workday .ics with TZID=America/Toronto, Tue Oct 6 10:00 EDT (-04:00).
- 03: Ashby, Fri Oct 9 1:00 PM PDT (-07:00) = 4:00 PM EDT; .ics in UTC.
- 04: Calendar API event: dateTime in Toronto offset (10:30-04:00), timeZone America/Edmonton (8:30 MDT -06:00).
- 05: "tomorrow at 2" resolved against Date: Thu, 8 Oct 2026 -0400 -> Fri Oct 9 14:00 EDT.
- 06, 18, 20, 21: Outlook "Eastern Standard Time" TZID with "(UTC-05:00)" label; 06 is in EDT (-04:00), 20/21 in EST.
- 08: London. Round 1 Wed Oct 14 15:00 BST (+01:00) = 10:00 Toronto; round 2 Wed Oct 28 15:00 GMT (+00:00) = 11:00
  Toronto (UK fell back Oct 25, Canada not until Nov 1); the API event shows 11:00-04:00 with timeZone Europe/London.
- 10: Teams "Mountain Standard Time" with "(UTC-07:00)" label, Tue Oct 20 11:00 MDT (-06:00) = 1:00 p.m. ET (cancelled).
- 11 (negative): scam says "10:00am EST" for an October date.
- 14: standalone .ics, "Mountain Standard Time", Fri Oct 23 14:00 MDT (-06:00).
- 16: three Google invites in UTC for Thu Oct 29 9:00-12:00 PDT (-07:00) = noon-3 p.m. EDT.
- 17: Greenhouse mail sent Oct 28 (EDT) for Mon Nov 2 11:00 EST (-05:00), the first weekday after Canada falls back.
- 18: reschedule from Thu Oct 29 16:00 EDT (-04:00) to Thu Nov 5 10:00 EST (-05:00), same UID, SEQUENCE 1.
- 21: notice sent Oct 30 (EDT) for Thu Nov 12 10:00-11:30 EST (-05:00); "heure de l'Est" in French.
- 22 (negative): exam Sat Nov 14 EST.
"""


def main():
    check_dst_2026()
    build()
    for old in OUT.glob('b318-*'):
        shutil.rmtree(old)
    labels = {}
    nchecked = 0
    for folder, files, label in CASES:
        d = OUT / folder
        d.mkdir()
        for name, data in files:
            (d / name).write_bytes(data)
            for t in texts_of(name, data):
                nchecked += check_weekdays(t, f'{folder}/{name}')
        labels[folder] = label
    assert nchecked > 100, nchecked
    assert 20 <= len(CASES) <= 24
    pos, ivs, by_status, by_kind = counts(labels)
    assert 0.55 <= len(pos) / len(labels) <= 0.60, len(pos) / len(labels)
    head = '# Labels for blind318 (written blind). Schema: /work/shared/eval/README.md\n'
    (OUT / 'labels.yaml').write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding='utf-8')
    c = (f'- Cases: {len(labels)} ({len(pos)} positive, {len(labels) - len(pos)} negative)\n'
         f'- Labelled interviews: {len(ivs)} - by status: '
         + ', '.join(f'{k} {v}' for k, v in sorted(by_status.items()))
         + '; by kind: ' + ', '.join(f'{k} {v}' for k, v in sorted(by_kind.items())) + '\n'
         + '- Positives: ' + ', '.join(p.split('-')[1] for p in pos) + '\n'
         + '- Case list:\n' + ''.join(f'  - `{k}` ({"positive" if v["interview"] else "negative"}, '
                                      f'{v["difficulty"]}): {v["category"]}\n' for k, v in labels.items()))
    (OUT / 'README.md').write_text(README.replace('{counts}', c.rstrip('\n')), encoding='utf-8')
    print(f'wrote {len(labels)} cases ({len(pos)} positive), {len(ivs)} interviews, {nchecked} weekday mentions checked')


if __name__ == '__main__':
    main()
