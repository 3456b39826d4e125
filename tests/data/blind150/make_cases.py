#!/usr/bin/env python3
"""Regenerate the blind150 evaluation set (Montreal/Toronto CPA, French/English hiring mail).

Deterministic: every date, Message-ID, UID and MIME boundary is derived from fixed strings, so two
runs produce byte-identical files.  Standard library + PyYAML + zoneinfo only.

    python make_cases.py          # rewrites ./b150-*/ and ./labels.yaml next to this file
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
ET = ZoneInfo('America/Toronto')      # Montréal and Toronto (America/Montreal is a link to it)
AT = ZoneInfo('America/Halifax')      # Atlantic time, Nova Scotia
MONCTON = ZoneInfo('America/Moncton')  # Atlantic time, New Brunswick
UTC = timezone.utc

OWNER_NAME = 'Émilie Gauthier-Roy'
OWNER = 'emilie.gauthierroy@example.com'
OWNER_PHONE = '514 555-0187'

WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


# ----------------------------------------------------------------------------------------------
# time helpers
# ----------------------------------------------------------------------------------------------
def at(tz, y, mo, d, h=0, mi=0, s=0, weekday=None):
    """Aware datetime; if weekday is given, assert the calendar agrees with the text."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert WEEKDAYS[dt.weekday()] == weekday, (dt, weekday, WEEKDAYS[dt.weekday()])
    # guard against non-existent / ambiguous local times
    assert dt.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == dt.replace(tzinfo=None), dt
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


def ics_utc(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def ics_local(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def gdt(dt):
    return dt.isoformat()


def gstamp(dt):
    return dt.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z')


def mdate(dt):
    return format_datetime(dt)


# ----------------------------------------------------------------------------------------------
# deterministic identifiers
# ----------------------------------------------------------------------------------------------
def hx(seed, n=16, upper=False):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'{seed}/{i}'.encode()).hexdigest()
        i += 1
    out = out[:n]
    return out.upper() if upper else out


def alnum(seed, n):
    alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
    h = hashlib.sha256(seed.encode()).digest() * 4
    return ''.join(alphabet[b % len(alphabet)] for b in h[:n])


def b32hex(seed, n):
    """Google Calendar event ids use the base32hex alphabet."""
    alphabet = '0123456789abcdefghijklmnopqrstuv'
    h = hashlib.sha256(seed.encode()).digest() * 4
    return ''.join(alphabet[b % 32] for b in h[:n])


def digits(seed, n):
    h = hashlib.sha256(seed.encode()).digest() * 4
    return ''.join(str(b % 10) for b in h[:n])


def uuid_from(seed):
    h = hx(seed, 32)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}'


def outlook_mid(seed, pod='YT3PR01MB'):
    a = digits(seed + 'pod', 4)
    return f'<{pod}{a}{hx(seed, 28, True)}@{pod}{a}.CANPRD01.PROD.OUTLOOK.COM>'


def gmail_mid(seed):
    raw = hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + 'x').encode()).digest()
    b = base64.b64encode(raw).decode().replace('/', '_').replace('=', '')[:58]
    return f'<CA+{b}@mail.gmail.com>'


def exchange_uid(seed):
    return ('040000008200E00074C5B7101A82E00800000000' + hx(seed + 'a', 16, True)
            + '000000000000000010000000' + hx(seed + 'b', 32, True))


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    chunks, cur, limit = [], b'', 75
    for ch in line:
        cb = ch.encode('utf-8')
        if len(cur) + len(cb) > limit:
            chunks.append(cur)
            cur, limit = b'', 74
        cur += cb
    chunks.append(cur)
    return '\r\n '.join(c.decode('utf-8') for c in chunks)


def ical(lines):
    return ''.join(fold(l) + '\r\n' for l in lines)


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def vtz_windows(name, std_off, dst_off):
    """Exchange-style VTIMEZONE with a Windows zone name."""
    return [
        'BEGIN:VTIMEZONE', f'TZID:{name}',
        'BEGIN:STANDARD', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{dst_off}', f'TZOFFSETTO:{std_off}',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{std_off}', f'TZOFFSETTO:{dst_off}',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT',
        'END:VTIMEZONE',
    ]


def vtz_olson(tzid, std_off, dst_off, std_name, dst_name):
    """Olson-style VTIMEZONE as written by Thunderbird/Apple/Google exports."""
    return [
        'BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}',
        'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{std_off}', f'TZOFFSETTO:{dst_off}', f'TZNAME:{dst_name}',
        'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
        'BEGIN:STANDARD', f'TZOFFSETFROM:{dst_off}', f'TZOFFSETTO:{std_off}', f'TZNAME:{std_name}',
        'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
        'END:VTIMEZONE',
    ]


VTZ_WIN_EASTERN = vtz_windows('Eastern Standard Time', '-0500', '-0400')
VTZ_WIN_ATLANTIC = vtz_windows('Atlantic Standard Time', '-0400', '-0300')


def attendee(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', google=False, rsvp=True):
    if google:
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={"TRUE" if rsvp else "FALSE"}'
                f';CN={name};X-NUM-GUESTS=0:mailto:{email}')
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={"TRUE" if rsvp else "FALSE"};CN={name}:mailto:{email}'


def google_ics(method, uid, start, end, stamp, organizer, attendees, summary, description,
               sequence=0, status='CONFIRMED', location='', meet=None, created=None):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
             f'DTSTART:{ics_utc(start)}', f'DTEND:{ics_utc(end)}', f'DTSTAMP:{ics_utc(stamp)}',
             f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}']
    for a in attendees:
        lines.append(attendee(a[0], a[1], a[2], google=True))
    if meet:
        lines.append(f'X-GOOGLE-CONFERENCE:{meet}')
    lines += [f'CREATED:{ics_utc(created or stamp)}', f'DESCRIPTION:{esc(description)}',
              f'LAST-MODIFIED:{ics_utc(stamp)}', f'LOCATION:{esc(location)}', f'SEQUENCE:{sequence}',
              f'STATUS:{status}', f'SUMMARY:{esc(summary)}', 'TRANSP:OPAQUE']
    if method != 'REPLY':
        lines += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                  'TRIGGER:-P0DT0H10M0S', 'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ical(lines)


def exchange_ics(method, uid, tzname, vtz, start, end, stamp, organizer, attendees, summary, description,
                 lang='en-US', sequence=0, location='Microsoft Teams Meeting', teams_url=None,
                 owner_appt='-1209412233'):
    cancel = method == 'CANCEL'
    lines = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    lines += vtz
    lines += ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for a in attendees:
        role = a[3] if len(a) > 3 else 'REQ-PARTICIPANT'
        lines.append(attendee(a[0], a[1], a[2], role=role))
    lines += [f'DESCRIPTION;LANGUAGE={lang}:{esc(description)}', f'UID:{uid}',
              f'SUMMARY;LANGUAGE={lang}:{esc(summary)}',
              f'DTSTART;TZID={tzname}:{ics_local(start)}', f'DTEND;TZID={tzname}:{ics_local(end)}',
              'CLASS:PUBLIC', f'PRIORITY:{1 if cancel else 5}', f'DTSTAMP:{ics_utc(stamp)}', 'TRANSP:OPAQUE',
              f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', f'SEQUENCE:{sequence}',
              f'LOCATION;LANGUAGE={lang}:{esc(location)}',
              f'X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}', f'X-MICROSOFT-CDO-OWNERAPPTID:{owner_appt}',
              f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}',
              'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if cancel else 'BUSY'),
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}',
              'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url and not cancel:
        lines.append(f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}')
        lines.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    lines += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
              f'X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}']
    if not cancel:
        lines += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
                  'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ical(lines)


def teams_url(seed):
    return ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_' + alnum(seed, 44)
            + '%40thread.v2/0?context=%7b%22Tid%22%3a%22' + uuid_from(seed + 't')
            + '%22%2c%22Oid%22%3a%22' + uuid_from(seed + 'o') + '%22%7d')


def teams_block(seed, lang='en'):
    url = teams_url(seed)
    mid = ' '.join([digits(seed + 'm', 3), digits(seed + 'n', 3), digits(seed + 'p', 3), digits(seed + 'q', 3)])
    code = alnum(seed + 'code', 6).upper()[:2] + alnum(seed + 'c2', 4)
    bar = '_' * 80
    if lang == 'fr':
        return (f'{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil '
                f'de salle\nCliquez ici pour rejoindre la réunion<{url}>\nID de la réunion : {mid}\n'
                f'Code secret : {code}\nTélécharger Teams<https://www.microsoft.com/fr-ca/microsoft-teams/'
                f'download-app> | Rejoindre sur le Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
                f'En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/'
                f'meetingOptions/?organizerId={uuid_from(seed + "o")}&tenantId={uuid_from(seed + "t")}'
                f'&language=fr-CA>\n{bar}')
    return (f'{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            f'Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {code}\n'
            f'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web'
            f'<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting>'
            f' | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={uuid_from(seed + "o")}'
            f'&tenantId={uuid_from(seed + "t")}&language=en-US>\n{bar}')


# ----------------------------------------------------------------------------------------------
# MIME
# ----------------------------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def encode_body(data, cte, charset='utf-8'):
    raw = data if isinstance(data, bytes) else data.encode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if cte == 'base64':
        return base64.encodebytes(raw).decode('ascii')
    return raw.decode(charset)


def leaf(ctype, text, cte='quoted-printable', charset='utf-8', params='', extra=None):
    hdr = [('Content-Type', f'{ctype}; charset="{charset}"{params}'), ('Content-Transfer-Encoding', cte)]
    if extra:
        hdr += extra
    return Part(hdr, encode_body(text, cte, charset))


def attachment(ctype, filename, data, cte='base64', inline=False):
    data = data if isinstance(data, bytes) else data.encode('utf-8')
    disp = 'inline' if inline else 'attachment'
    return Part([('Content-Type', f'{ctype}; name="{filename}"'), ('Content-Disposition', f'{disp}; filename="{filename}"'),
                 ('Content-Transfer-Encoding', cte)], encode_body(data, cte))


def multi(subtype, boundary, parts, fold_boundary=False):
    body = ''
    for p in parts:
        body += f'--{boundary}\n' + render(p).rstrip('\n') + '\n\n'
    body += f'--{boundary}--\n'
    sep = ';\n\t' if fold_boundary else '; '
    return Part([('Content-Type', f'multipart/{subtype}{sep}boundary="{boundary}"')], body)


def render(p):
    return ''.join(f'{k}: {v}\n' for k, v in p.headers) + '\n' + p.body


def message(headers, root):
    return (''.join(f'{k}: {v}\n' for k, v in headers) + 'MIME-Version: 1.0\n' + render(root)).encode('utf-8')


def a(name, email):
    if not name:
        return email
    return formataddr((name, email), charset='utf-8')


def s(text):
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        return Header(text, 'utf-8').encode()


def received(date, host, ip, seed, by='mx.google.com'):
    return ('Received', f'from {host} ({host} [{ip}])\n        by {by} with ESMTPS id {alnum(seed, 12)}\n'
                        f'        for <{OWNER}>\n'
                        f'        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n'
                        f'        {mdate(date + timedelta(seconds=2))}')


def base_headers(date, frm, to, subject, msgid, seed, host, ip, cc=None, reply_to=None, in_reply_to=None,
                 references=None, return_path=None, extra=None, sender=None):
    h = [('Delivered-To', OWNER), received(date, host, ip, seed),
         ('Return-Path', f'<{return_path or frm[1]}>')]
    h += [('From', a(*frm))]
    if sender:
        h.append(('Sender', a(*sender)))
    if reply_to:
        h.append(('Reply-To', a(*reply_to)))
    h.append(('To', ',\n '.join(a(*t) for t in to)))
    if cc:
        h.append(('Cc', ',\n '.join(a(*t) for t in cc)))
    h += [('Subject', s(subject)), ('Date', mdate(date)), ('Message-ID', msgid)]
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    if references:
        h.append(('References', '\n '.join(references)))
    if extra:
        h += extra
    return h


def to_html(text, font='Calibri, Arial, Helvetica, sans-serif', size='11pt'):
    """Plain text -> simple client-style HTML; paragraphs of '>' lines become blockquotes."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(html.escape(l[1:].lstrip(' '), quote=False) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       f'{inner}</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(html.escape(l, quote=False) for l in lines) + '</p>')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + '\n'.join(out) + '\n</div></body></html>\n')


def alt(seed, text, html_text=None, cte='quoted-printable', font='Calibri, Arial, Helvetica, sans-serif',
        boundary=None):
    b = boundary or f'000000000000{hx(seed + "alt", 12)}'
    return multi('alternative', b, [leaf('text/plain', text, cte), leaf('text/html', html_text or to_html(text, font), cte)])


def outlook_boundary(seed):
    return f'_000_{hx(seed, 32, True)}CANPRD01PRODOUTLO_'


def outlook_extra(seed, topic, lang='fr-CA', attach=False, calendar=False):
    h = [('Thread-Topic', s(topic)), ('Thread-Index', thread_index(seed)),
         ('Accept-Language', f'{lang}, en-US'), ('Content-Language', lang),
         ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', '')]
    if calendar:
        h.append(('Content-class', 'urn:content-classes:calendarmessage'))
    h += [('x-ms-exchange-organization-authas', 'Internal'), ('x-originating-ip', '[10.41.8.17]'),
          ('x-ms-publictraffictype', 'Email')]
    return h


def google_body(lang, title, when_line, tz_line, meet, organizer, guests, description, eid):
    """Text of a Google Calendar invitation e-mail (English or French UI)."""
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    glines = []
    for g in guests:
        if g[1] == organizer[1]:
            glines.append(f'{g[0]} - {"organizer" if lang == "en" else "organisateur"}')
        elif g[0] != g[1]:
            glines.append(g[0])
        glines.append(g[1])
    if lang == 'en':
        parts = [f'{title}\n{when_line}\n{tz_line}']
        if meet:
            parts.append(f'Join with Google Meet\n{meet}')
            parts.append(f'Join by phone\n(CA) +1 647-555-01{digits(eid, 2)}\nPIN: {digits(eid + "pin", 9)}')
        parts.append(f'Organizer\n{organizer[0]}\n{organizer[1]}')
        parts.append('Guests\n' + '\n'.join(glines) + f'\nView all guest info {view}')
        if description:
            parts.append(description)
        parts.append(f'Reply for {OWNER} and view more details {view}')
        parts.append('~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
                     'You are receiving this email because you are an attendee on the event.\n\n'
                     'Forwarding this invitation could allow any recipient to send a response to the organizer, be '
                     'added to the guest list, invite others regardless of their own invitation status, or modify '
                     'your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding')
    else:
        parts = [f'{title}\n{when_line}\n{tz_line}']
        if meet:
            parts.append(f'Participer avec Google Meet\n{meet}')
            parts.append(f'Participer par téléphone\n(CA) +1 438-555-01{digits(eid, 2)}\nCode : {digits(eid + "pin", 9)}')
        parts.append(f'Organisateur\n{organizer[0]}\n{organizer[1]}')
        parts.append('Invités\n' + '\n'.join(glines) + f'\nAfficher toutes les informations sur les invités {view}')
        if description:
            parts.append(description)
        parts.append(f'Répondre pour {OWNER} et afficher plus de détails {view}')
        parts.append('~~//~~\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\n'
                     'Vous recevez cet e-mail, car vous êtes invité à cet événement.\n\n'
                     'Si vous transférez cette invitation, tout destinataire pourra envoyer une réponse à '
                     'l\'organisateur, être ajouté à la liste d\'invités, inviter d\'autres personnes, quel que soit '
                     'son propre état d\'invitation, ou modifier votre réponse. En savoir plus '
                     'https://support.google.com/calendar/answer/37135#forwarding')
    return '\n\n'.join(parts) + '\n'


def google_invite_eml(seed, date, organizer, subject, body_text, ics_text, method='REQUEST', to=None):
    root = multi('mixed', f'000000000000{hx(seed + "mx", 12)}', [
        multi('alternative', f'000000000000{hx(seed + "al", 12)}', [
            leaf('text/plain', body_text, 'base64', params='; format=flowed; delsp=yes'),
            leaf('text/html', to_html(body_text, 'Roboto, Helvetica, Arial, sans-serif', '14px'), 'quoted-printable'),
            leaf('text/calendar', ics_text, 'base64', params=f'; method={method}'),
        ]),
        attachment('application/ics', 'invite.ics', ics_text),
    ])
    h = [('Delivered-To', OWNER), received(date, 'mail-sor-f73.google.com', '209.85.220.73', seed),
         ('Return-Path', f'<{alnum(seed + "rp", 24)}@calendar-server.bounces.google.com>'),
         ('Reply-To', a(*organizer)), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
         ('Message-ID', f'<calendar-{uuid_from(seed)}@google.com>'), ('Date', mdate(date.astimezone(UTC))),
         ('Subject', s(subject)), ('From', a(*organizer)), ('To', ', '.join(to or [OWNER]))]
    return message(h, root)


# ----------------------------------------------------------------------------------------------
# case registry
# ----------------------------------------------------------------------------------------------
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def interview(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(recipients), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews, 'difficulty': difficulty,
            'category': category, 'notes': notes, 'source': 'synthetic'}


SIG_DISCLAIMER_FR = ('AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes sont confidentiels et destinés '
                     'uniquement au destinataire visé. Si vous l\'avez reçu par erreur, veuillez en aviser '
                     'l\'expéditeur et le détruire.')


def fr_quote(frm, sent, to, subject, body, cc=None):
    head = f'De : {frm}\nEnvoyé : {sent}\nÀ : {to}\n'
    if cc:
        head += f'Cc : {cc}\n'
    return head + f'Objet : {subject}\n\n{body}'


def en_quote(frm, sent, to, subject, body, cc=None):
    head = f'From: {frm}\nSent: {sent}\nTo: {to}\n'
    if cc:
        head += f'Cc: {cc}\n'
    return head + f'Subject: {subject}\n\n{body}'


def angle(p):
    return f'{p[0]} <{p[1]}>'


OUTLOOK_HOST = ('YT3PR01CU002.outbound.protection.outlook.com', '40.107.116.68')
RULE = '________________________________'


def outlook_mail(seed, date, frm, to, subject, plain, lang='fr-CA', cc=None, in_reply_to=None, references=None,
                 extra_top=None):
    root = multi('alternative', outlook_boundary(seed), [
        leaf('text/plain', plain), leaf('text/html', to_html(plain, 'Aptos, Calibri, Helvetica, sans-serif'))],
        fold_boundary=True)
    h = base_headers(date, frm, to, subject, outlook_mid(seed), seed, *OUTLOOK_HOST, cc=cc,
                     in_reply_to=in_reply_to, references=references, extra=(extra_top or [])
                     + outlook_extra(seed, subject.replace('RE: ', '').replace('TR: ', ''), lang))
    return message(h, root)


def exchange_invite_eml(seed, date, frm, to, subject, plain, ics_text, method='REQUEST', lang='fr-CA'):
    root = multi('alternative', outlook_boundary(seed), [
        leaf('text/plain', plain), leaf('text/html', to_html(plain, 'Aptos, Calibri, Helvetica, sans-serif')),
        leaf('text/calendar', ics_text, 'base64', params=f'; method={method}')], fold_boundary=True)
    h = base_headers(date, frm, to, subject, outlook_mid(seed), seed, *OUTLOOK_HOST,
                     extra=outlook_extra(seed, subject.split(': ', 1)[-1], lang, calendar=True))
    return message(h, root)


# ==============================================================================================
# POSITIVE CASES
# ==============================================================================================
@case
def c01():
    cid = 'b150-01-entrevue-telephonique-mardi-le-3'
    sent = at(ET, 2026, 2, 26, 9, 12, 40, 'Thursday')
    start = at(ET, 2026, 3, 3, 14, 30, weekday='Tuesday')   # "mardi le 3" = next Tuesday the 3rd
    assert 0 < (start.date() - sent.date()).days < 7 and start.utcoffset() == timedelta(hours=-5)
    end = start + timedelta(minutes=30)
    gp = ('Geneviève Paquette', 'genevieve.paquette@lavalleebrisson.example')
    subject = 'Entrevue téléphonique – Comptable principal(e), Certification'
    text = f"""Bonjour Émilie,

Merci d'avoir pris le temps de me parler hier. Comme convenu, je vous confirme une entrevue téléphonique pour le poste de Comptable principal(e), Certification à notre bureau de Laval.

Quand : mardi le 3, à 14 h 30 (heure de l'Est)
Durée : une trentaine de minutes
Je vous appellerai au {OWNER_PHONE}, le numéro inscrit sur votre CV.

On va surtout parler de vos mandats de mission d'examen et d'audit auprès des PME, de vos disponibilités pendant la période des impôts et de vos attentes salariales. Pas besoin de préparer quoi que ce soit de particulier.

Si le moment ne vous convient plus, répondez simplement à ce courriel et on trouvera autre chose.

Au plaisir de vous parler,

Geneviève Paquette, CRHA
Conseillère principale, acquisition de talents
Lavallée Brisson CPA inc.
3100, boul. Le Carrefour, bureau 600
Laval (Québec)  H7T 0A1
Tél. : 450 555-0142
genevieve.paquette@lavalleebrisson.example

{SIG_DISCLAIMER_FR}
"""
    eml = outlook_mail(cid + '/01', sent, gp, [(OWNER_NAME, OWNER)], subject, text)
    lab = label([interview('Lavallée Brisson CPA', 'Comptable principal(e), Certification', start, end, 'scheduled',
                           [gp[1]], [gp[1]], 'phone_screen')],
                'medium', 'positive/email-body-only-fr',
                'Quebec-French recruiter mail, body only: "mardi le 3, à 14 h 30 (heure de l\'Est)" with no month, '
                'resolved against the Thu 26 Feb message date to Tue 3 Mar (EST, before the Mar 8 switch); '
                '"une trentaine de minutes" -> 30 min. The recruiter places the call, so she is the interviewer.')
    return cid, {'01-entrevue-telephonique.eml': eml}, lab


@case
def c02():
    cid = 'b150-02-workday-interview-scheduled-dst'
    sent = at(ET, 2026, 3, 5, 16, 41, 7, 'Thursday')            # EST, -05:00
    start = at(ET, 2026, 3, 12, 10, 0, weekday='Thursday')      # EDT, -04:00 (after Sun Mar 8)
    assert sent.utcoffset() == timedelta(hours=-5) and start.utcoffset() == timedelta(hours=-4)
    end = start + timedelta(hours=1)
    wd = ('Beaumont Lysander', 'beaumontlysander@myworkday.com')
    jw = ('Jordan Whitfield', 'jordan.whitfield@beaumontlysander.example')
    role = 'Senior Associate, Audit & Assurance'
    subject = f'Interview Scheduled: {role} (R-0048213)'
    text = f"""Hello Émilie,

Thank you for your interest in Beaumont Lysander LLP. Your interview has been scheduled.

Job Requisition: R-0048213 {role} (Toronto)
Interview Type: Hiring Manager Interview (Virtual)
Date: Thursday, March 12, 2026
Time: 10:00 AM - 11:00 AM EDT
Interviewer: Harpreet Sandhu, Senior Manager, Audit & Assurance
Location: Microsoft Teams - the join link is included in the attached calendar invitation

Please add the attached invitation to your calendar. If you need a different time or require an accommodation during the recruitment process, please contact Jordan Whitfield, Talent Acquisition, at jordan.whitfield@beaumontlysander.example.

You can review your application at any time from the Candidate Home page:
https://wd3.myworkdaysite.com/recruiting/beaumontlysander/Careers/userHome

Beaumont Lysander LLP
This message was sent from an unmonitored mailbox. Please do not reply.
"""
    html_text = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#0b2e4f;color:#fff;padding:16px 24px;font-size:18px">Beaumont Lysander</td></tr>
<tr><td style="background:#fff;padding:24px">
<p>Hello Émilie,</p>
<p>Thank you for your interest in Beaumont Lysander LLP. Your interview has been scheduled.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Job Requisition</b></td><td>R-0048213 {html.escape(role)} (Toronto)</td></tr>
<tr><td><b>Interview Type</b></td><td>Hiring Manager Interview (Virtual)</td></tr>
<tr><td><b>Date</b></td><td>Thursday, March 12, 2026</td></tr>
<tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM EDT</td></tr>
<tr><td><b>Interviewer</b></td><td>Harpreet Sandhu, Senior Manager, Audit &amp; Assurance</td></tr>
<tr><td><b>Location</b></td><td>Microsoft Teams - the join link is included in the attached calendar invitation</td></tr>
</table>
<p>Please add the attached invitation to your calendar. If you need a different time or require an accommodation during the recruitment process, please contact Jordan Whitfield, Talent Acquisition, at <a href="mailto:jordan.whitfield@beaumontlysander.example">jordan.whitfield@beaumontlysander.example</a>.</p>
<p><a href="https://wd3.myworkdaysite.com/recruiting/beaumontlysander/Careers/userHome">Go to Candidate Home</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">Beaumont Lysander LLP &middot; This message was sent from an unmonitored mailbox. Please do not reply.</td></tr>
</table></body></html>
"""
    stamp = sent
    ics_text = ical([
        'BEGIN:VCALENDAR', 'PRODID:-//Workday Inc.//Recruiting Interview Scheduling//EN', 'VERSION:2.0',
        'METHOD:REQUEST', 'BEGIN:VEVENT', f'UID:INTERVIEW-{hx(cid, 20, True)}@myworkday.com',
        f'DTSTAMP:{ics_utc(stamp)}', f'DTSTART:{ics_utc(start)}', f'DTEND:{ics_utc(end)}',
        f'SUMMARY:{esc("Interview: " + role + " - Beaumont Lysander LLP")}',
        'DESCRIPTION:' + esc('Hiring Manager Interview with Harpreet Sandhu, Senior Manager.\n'
                             + f'Join Microsoft Teams meeting: {teams_url(cid)}\n'
                             + 'Questions: jordan.whitfield@beaumontlysander.example'),
        'LOCATION:Microsoft Teams', f'ORGANIZER;CN=Beaumont Lysander:mailto:{wd[1]}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN={OWNER_NAME}:mailto:{OWNER}',
        'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    root = multi('mixed', f'----=_Part_{digits(cid, 7)}_{digits(cid + "b", 9)}.{digits(cid + "c", 13)}', [
        multi('alternative', f'----=_Part_{digits(cid + "d", 7)}_{digits(cid + "e", 9)}.{digits(cid + "f", 13)}', [
            leaf('text/plain', text, 'quoted-printable'), leaf('text/html', html_text, 'quoted-printable')]),
        attachment('text/calendar; charset="UTF-8"; method=REQUEST', 'Interview.ics', ics_text)])
    sent_utc = sent.astimezone(UTC)
    h = base_headers(sent_utc, wd, [(OWNER_NAME, OWNER)], subject,
                     f'<{digits(cid + "m", 9)}.{digits(cid + "n", 5)}.{digits(cid + "o", 13)}.JavaMail.wdprod@wd3-prod-mail>',
                     cid, 'mail-out3.myworkday.com', '198.51.100.23', return_path='bounce-wd3@myworkday.com',
                     extra=[('X-Workday-Tenant', 'beaumontlysander'), ('Auto-Submitted', 'auto-generated')])
    lab = label([interview('Beaumont Lysander LLP', role, start, end, 'scheduled', [], [jw[1]], 'hiring_manager')],
                'hard', 'positive/workday-dst',
                'Workday "Interview Scheduled" mail sent Thu 5 Mar in EST (header -05:00 / UTC) for Thu 12 Mar 10:00 '
                'EDT, i.e. after the Mar 8 DST switch: start must be -04:00 (14:00Z, as in the attached .ics). '
                'Interviewer is named without an address -> follow-up goes to the recruiter named in the text, '
                'never the myworkday.com sender.')
    return cid, {'01-workday-interview-scheduled.eml': message(h, root)}, lab


@case
def c03():
    cid = 'b150-03-recruiter-mail-and-google-invite'
    sent1 = at(ET, 2026, 3, 16, 11, 5, 22, 'Monday')
    start = at(ET, 2026, 3, 19, 15, 30, weekday='Thursday')   # "Thursday at 3:30 pm ET"
    end = start + timedelta(minutes=45)
    sent2 = sent1 + timedelta(minutes=14, seconds=31)
    nr = ('Nadia Rahimi', 'nadia.rahimi@pembertongrieve.example')
    of = ('Owen Fairweather', 'owen.fairweather@pembertongrieve.example')
    role = 'Tax Senior, Corporate Tax'
    text1 = """Hi Émilie,

Thanks again for chatting with me on Friday. I shared my notes with Owen and he'd like to move you forward to the technical round for the Tax Senior, Corporate Tax role here in Toronto.

It's a 45-minute case discussion with Owen Fairweather (Senior Manager, Corporate Tax). He'll walk you through a short owner-managed business scenario - T2 provision, safe income on a purchase of shares, a bit of SR&ED - and ask how you'd staff it during busy season. No prep material needed.

I've booked Thursday at 3:30 pm ET, based on the availability you sent me last week. You'll get a Google Calendar invite from me in a few minutes with the Meet link. I won't be on the call myself, but I'm still your point of contact for anything logistics-related.

Talk soon,
Nadia

--
Nadia Rahimi | Talent Acquisition Partner
Pemberton Grieve LLP | Chartered Professional Accountants
100 Adelaide St. W, Suite 2300, Toronto ON  M5H 0A1
416-555-0164
"""
    seed1 = cid + '/01'
    h1 = base_headers(sent1, nr, [(OWNER_NAME, OWNER)], 'Next step: technical interview - Tax Senior',
                      gmail_mid(seed1), seed1, 'mail-sor-f41.google.com', '209.85.220.41',
                      extra=[('X-Gm-Message-State', alnum(seed1 + 'gm', 40))])
    eml1 = message(h1, alt(seed1, text1, font='arial, sans-serif', boundary=f'000000000000{hx(seed1, 12)}'))

    meet = 'https://meet.google.com/qpd-hvxe-kra'
    desc = ('Technical case discussion for the Tax Senior, Corporate Tax role.\n\n'
            'Interviewer: Owen Fairweather, Senior Manager, Corporate Tax\n'
            'Coordinator: Nadia Rahimi (will not attend)\n\nPlease have a calculator handy.')
    title = f'Pemberton Grieve – Technical Interview ({OWNER_NAME})'
    uid = f'{b32hex(cid + "uid", 26)}@google.com'
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    body = google_body('en', title, 'Thursday Mar 19, 2026 ⋅ 3:30pm – 4:15pm', 'Eastern Time - Toronto', meet, nr,
                       [nr, of, (OWNER, OWNER)], desc, eid)
    ics_text = google_ics('REQUEST', uid, start, end, sent2, nr,
                          [(nr[0], nr[1], 'ACCEPTED'), (of[0], of[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')],
                          title, desc + '\n\n-::~:~::~:~:~:~:~::-\nJoin with Google Meet: ' + meet + '\n-::~:~::~:~::-',
                          meet=meet)
    subj2 = f'Invitation: {title} @ Thu Mar 19, 2026 3:30pm - 4:15pm (EDT) ({OWNER})'
    eml2 = google_invite_eml(cid + '/02', sent2, nr, subj2, body, ics_text)
    lab = label([interview('Pemberton Grieve LLP', role, start, end, 'scheduled', [of[1]], [of[1]], 'technical')],
                'medium', 'positive/dedupe',
                'Recruiter mail ("Thursday at 3:30 pm ET", sent Mon 16 Mar) and the Google invite 14 minutes later are '
                'ONE interview. The organizer/recruiter is an attendee on the invite but says she will not attend, '
                'so only the Senior Manager is an interviewer.')
    return cid, {'01-next-step-technical-interview.eml': eml1, '02-invitation-technical-interview.eml': eml2}, lab


@case
def c04():
    cid = 'b150-04-outlook-fr-entrevue-deplacee'
    sent1 = at(ET, 2026, 3, 18, 14, 3, 51, 'Wednesday')
    first = at(ET, 2026, 3, 25, 10, 0, weekday='Wednesday')
    sent2 = at(ET, 2026, 3, 23, 8, 15, 9, 'Monday')
    start = at(ET, 2026, 3, 26, 15, 30, weekday='Thursday')
    end = start + timedelta(hours=1)
    cm = ('Chantal Morin', 'chantal.morin@morinlachance.example')
    role = 'Conseillère en fiscalité'
    subject = f'Entrevue – Conseillère en fiscalité – {OWNER_NAME}'
    uid = exchange_uid(cid)
    tb = teams_block(cid, 'fr')
    sig = ('Chantal Morin, CPA\nAssociée, Fiscalité\nMorin Lachance Fiscalité inc.\n'
           '1155, rue Metcalfe, bureau 1400, Montréal (Québec)\n514 555-0123')
    body1 = f"""Bonjour Émilie,

Tel que discuté avec Maxime au téléphone, voici l'invitation pour notre entrevue pour le poste de conseillère en fiscalité (particuliers et sociétés privées). Ce sera une rencontre d'environ une heure, juste vous et moi : on parlera de votre expérience en planification fiscale, en roulements (art. 85) et de votre façon de traverser la période du 30 avril.

Au plaisir,

{sig}"""
    body2 = f"""Bonjour Émilie,

Désolée pour le changement : un client a devancé sa rencontre de fin d'exercice mercredi matin. Je déplace donc notre entrevue à jeudi le 26, à 15 h 30. Si ça ne vous convient pas, écrivez-moi et on trouvera un autre moment.

Merci de votre compréhension,

{sig}"""
    when = lambda st, en, day: (f'Quand : {day} {st.day} mars 2026 {st:%H:%M}-{en:%H:%M} (UTC-05:00) '
                                f'Est (États-Unis et Canada).\nOù : Réunion Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n')
    files = {}
    for n, (sent, st, day, body, seq) in enumerate([(sent1, first, 'mercredi', body1, 0),
                                                    (sent2, start, 'jeudi', body2, 1)], 1):
        en = st + timedelta(hours=1)
        plain = when(st, en, day) + body + '\n\n' + tb + '\n'
        ics_text = exchange_ics('REQUEST', uid, 'Eastern Standard Time', VTZ_WIN_EASTERN, st, en, sent, cm,
                                [(OWNER_NAME, OWNER, 'NEEDS-ACTION')], subject, plain, lang='fr-CA',
                                sequence=seq, location='Réunion Microsoft Teams', teams_url=teams_url(cid))
        files[f'0{n}-{"invitation" if n == 1 else "invitation-mise-a-jour"}-entrevue-fiscalite.eml'] = \
            exchange_invite_eml(f'{cid}/0{n}', sent, cm, [(OWNER_NAME, OWNER)], subject, plain, ics_text)
    lab = label([interview('Morin Lachance Fiscalité', role, start, end, 'scheduled', [cm[1]], [cm[1]],
                           'hiring_manager')],
                'hard', 'positive/reschedule-outlook-fr',
                'French Outlook/Exchange invite (TZID "Eastern Standard Time", display label "(UTC-05:00) Est") for '
                'Wed 25 Mar 10:00, then the same UID with SEQUENCE:1 moving it to Thu 26 Mar 15:30. Both dates are in '
                'EDT, so the real offset is -04:00 despite the UTC-05:00 label. The partner organizes and conducts.')
    return cid, files, lab


@case
def c05():
    cid = 'b150-05-gc-jobs-invitation-entrevue-bilingue'
    sent1 = at(ET, 2026, 4, 1, 14, 22, 5, 'Wednesday')
    start = at(ET, 2026, 4, 15, 9, 30, weekday='Wednesday')
    end = at(ET, 2026, 4, 15, 11, 0)
    at(ET, 2026, 4, 10, weekday='Friday')
    owner_reply = at(ET, 2026, 4, 2, 20, 14, weekday='Thursday')
    sent2 = at(ET, 2026, 4, 6, 10, 5, 44, 'Monday')
    grp = ('Dotation SCVI / CIAS Staffing (CIAS/SCVI)', 'CIAS.Staffing-Dotation.SCVI@cias-scvi.example')
    mac = ('Marc-André Cloutier', 'marc-andre.cloutier@cias-scvi.example')
    proc = '2026-CIAS-EA-FIN-118402'
    subject = f'Invitation to an interview - Selection process {proc} / Invitation à une entrevue - Processus de sélection {proc}'
    sig = (f'{mac[0]}\nHuman Resources Advisor, Staffing | Conseiller en ressources humaines, Dotation\n'
           'Canadian Internal Audit Service | Service canadien de vérification interne\n'
           'Government of Canada | Gouvernement du Canada\n'
           f'{mac[1]} | 613-555-0148')
    text1 = f"""(Le français suit)

Good afternoon Ms. Gauthier-Roy,

Selection process: {proc}
Position: Financial Management Advisor (FI-03)
Organization: Canadian Internal Audit Service (CIAS)

Following the review of your application and the results of the written examination, we are pleased to invite you to an interview.

Date: Wednesday, April 15, 2026
Time: 9:30 a.m. to 11:00 a.m. (Eastern Time)
Location: Virtual - Microsoft Teams (the link will be sent the day before the interview)

The assessment board will be composed of:
- Kathleen Dunphy, Director, Financial Management and Planning
- Jean-François Caron, Manager, Financial Policy and Internal Controls

The interview will assess the following qualifications: knowledge of the Financial Administration Act and of Treasury Board policies on financial management, analytical thinking, oral communication, working effectively with others, and integrity and respect.

Please confirm your attendance, as well as your official language of choice for the interview (English or French), by replying to this email no later than Friday, April 10, 2026, at 12:00 p.m. (Eastern Time).

If you require assessment accommodation measures, please let us know as soon as possible. Please note that all communication related to this process will be sent by email; it is your responsibility to check your GC Jobs account and your email regularly.

{sig}

-----

Bonjour Madame Gauthier-Roy,

Processus de sélection : {proc}
Poste : Conseillère ou conseiller en gestion financière (FI-03)
Organisation : Service canadien de vérification interne (SCVI)

À la suite de l'évaluation de votre candidature et des résultats de l'examen écrit, nous avons le plaisir de vous inviter à une entrevue.

Date : le mercredi 15 avril 2026
Heure : de 9 h 30 à 11 h (heure de l'Est)
Lieu : virtuel - Microsoft Teams (le lien vous sera transmis la veille de l'entrevue)

Le comité d'évaluation sera composé de :
- Kathleen Dunphy, directrice, Gestion et planification financières
- Jean-François Caron, gestionnaire, Politiques financières et contrôles internes

L'entrevue évaluera les qualifications suivantes : connaissance de la Loi sur la gestion des finances publiques et des politiques du Conseil du Trésor en matière de gestion financière, réflexion analytique, communication orale, travail efficace avec les autres, et intégrité et respect.

Veuillez confirmer votre présence ainsi que la langue officielle de votre choix pour l'entrevue (français ou anglais) en répondant à ce courriel au plus tard le vendredi 10 avril 2026, à midi (heure de l'Est).

Si vous avez besoin de mesures d'adaptation pour l'évaluation, veuillez nous en informer dès que possible. Veuillez noter que toutes les communications relatives à ce processus se feront par courriel; il vous incombe de consulter régulièrement votre compte Emplois GC et vos courriels.

{sig}
"""
    mid1 = outlook_mid(cid + '/01', 'YQBPR0101MB')
    eml1 = outlook_mail(cid + '/01', sent1, grp, [(OWNER_NAME, OWNER)], subject, text1, lang='en-CA')
    mid_owner = f'<{hx(cid + "owner", 24)}@example.com>'
    reply = f"""Bonjour Madame Gauthier-Roy,

Merci pour votre confirmation. Votre entrevue est donc confirmée pour le mercredi 15 avril à 9 h 30 (heure de l'Est) et se déroulera en français. Le lien Teams vous sera envoyé par courriel le 14 avril.

Bonne préparation!

{sig}

{RULE}
""" + fr_quote(angle((OWNER_NAME, OWNER)), '2 avril 2026 20:14', angle(grp), 'RE: ' + subject,
               'Bonjour,\n\nJe confirme ma présence à l\'entrevue du mercredi 15 avril 2026 à 9 h 30. '
               'Je souhaite que l\'entrevue se déroule en français.\n\nMerci et bonne journée,\n'
               'Émilie Gauthier-Roy, CPA\n') + f'\n{RULE}\n' + fr_quote(
        angle(grp), '1 avril 2026 14:22', angle((OWNER_NAME, OWNER)), subject, text1)
    eml2 = outlook_mail(cid + '/02', sent2, mac, [(OWNER_NAME, OWNER)], 'RE: ' + subject, reply, lang='fr-CA',
                        cc=[grp], in_reply_to=mid_owner, references=[outlook_mid(cid + '/01'), mid_owner])
    assert mid1
    lab = label([interview('Canadian Internal Audit Service', 'Financial Management Advisor (FI-03)', start, end,
                           'scheduled', [], [mac[1]], 'onsite')],
                'medium', 'positive/gc-jobs-bilingual',
                'Federal public-service (GC Jobs style) bilingual invitation from a group staffing mailbox, then the '
                'HR advisor confirms from his own address. Two-person assessment board -> panel -> kind onsite. '
                'Board members have no addresses; follow-up goes to the HR advisor (never the group mailbox). '
                'The Friday 10 April reply deadline is not an interview.')
    return cid, {'01-invitation-entrevue.eml': eml1, '02-re-confirmation-entrevue.eml': eml2}, lab


@case
def c06():
    cid = 'b150-06-taleo-interview-atlantic-time'
    sent = at(AT, 2026, 4, 3, 15, 37, 12, 'Friday')
    start = at(AT, 2026, 4, 9, 13, 0, weekday='Thursday')     # 1:00 PM Atlantic (ADT, -03:00)
    end = start + timedelta(minutes=45)
    assert start.astimezone(ET).hour == 12 and start.utcoffset() == timedelta(hours=-3)
    cm = ('Colin MacIsaac', 'colin.macisaac@maritimemutual.example')
    role = 'Senior Financial Analyst, Actuarial Finance'
    tal = ('Maritime Mutual Talent Acquisition', 'noreply@taleo.net')
    subject = f'Maritime Mutual - Interview Confirmation - {role} (2600311)'
    body = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222222">
<p><img src="https://maritimemutual.taleo.net/careersection/theme/1241/logo_mm.png" alt="Maritime Mutual Assurance" width="180"></p>
<p>Dear Émilie,</p>
<p>Thank you for your interest in the <b>{role}</b> position (Requisition 2600311) with Maritime Mutual Assurance.</p>
<p>We are pleased to confirm your virtual screening interview with our Talent Acquisition team:</p>
<table cellpadding="3" cellspacing="0" border="0" style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<tr><td><b>Date:</b></td><td>Thursday, April 9, 2026</td></tr>
<tr><td><b>Time:</b></td><td>1:00 PM - 1:45 PM Atlantic Time (12:00 PM - 12:45 PM Eastern Time)</td></tr>
<tr><td><b>Format:</b></td><td>Microsoft Teams video call (your interviewer will send the meeting link)</td></tr>
<tr><td><b>Interviewer:</b></td><td>Colin MacIsaac, Senior Talent Acquisition Partner</td></tr>
</table>
<p>During this conversation, Colin will review your background in IFRS 17 reporting, your interest in relocating to Halifax or working in a hybrid arrangement from Montr&eacute;al, and your salary expectations.</p>
<p>If you need to reschedule or require an accommodation, please contact Colin directly at <a href="mailto:{cm[1]}">{cm[1]}</a> or 902-555-0119.</p>
<p>Sincerely,<br>Talent Acquisition<br>Maritime Mutual Assurance<br>Halifax, Nova Scotia</p>
<p style="font-size:8pt;color:#777777">This is an automated message sent from our recruitment system. Replies to this address are not monitored.</p>
</body></html>
"""
    root = leaf('text/html', body, 'quoted-printable', charset='ISO-8859-1')
    sent_utc = sent.astimezone(UTC)
    h = base_headers(sent_utc, tal, [(OWNER_NAME, OWNER)], subject,
                     f'<{digits(cid, 13)}.JavaMail.taleo@tbe{digits(cid + "h", 2)}.taleo.net>', cid,
                     'smtp12.taleo.net', '198.51.100.77', return_path='bounces@taleo.net',
                     extra=[('X-Mailer', 'Taleo Business Edition'), ('Auto-Submitted', 'auto-generated')])
    lab = label([interview('Maritime Mutual Assurance', role, start, end, 'scheduled', [cm[1]], [cm[1]],
                           'phone_screen')],
                'medium', 'positive/taleo-atlantic',
                'Taleo confirmation (single text/html part, ISO-8859-1 quoted-printable) from noreply@taleo.net. Time is '
                'given in Atlantic time (ADT, -03:00) with the Eastern equivalent in brackets; same instant either way. '
                'The recruiter conducts the screen, so his address is both interviewer and follow-up recipient.')
    return cid, {'01-taleo-interview-confirmation.eml': message(h, root)}, lab


@case
def c07():
    cid = 'b150-07-fil-propositions-puis-confirmation'
    sent1 = at(ET, 2026, 3, 9, 10, 14, 2, 'Monday')
    for d, wdn in ((16, 'Monday'), (17, 'Tuesday'), (19, 'Thursday')):
        at(ET, 2026, 3, d, weekday=wdn)
    owner_sent = at(ET, 2026, 3, 10, 19, 32, weekday='Tuesday')
    sent2 = at(ET, 2026, 3, 11, 8, 47, 30, 'Wednesday')
    start = at(ET, 2026, 3, 17, 13, 30, weekday='Tuesday')
    end = start + timedelta(hours=1)
    kd = ('Karine Dion', 'karine.dion@belangerouellet.example')
    so = ('Stéphane Ouellet', 'stephane.ouellet@belangerouellet.example')
    role = "Chef d'équipe, comptabilité et fiscalité PME"
    subject = f'Entrevue – {role}'
    sig = ('Karine Dion\nConseillère en recrutement\nBélanger Ouellet S.E.N.C.R.L.\n'
           '1800, avenue McGill College, bureau 1200, Montréal (Québec)  H3A 3J6\n'
           f'514 555-0131 | {kd[1]}')
    text1 = f"""Bonjour Émilie,

Merci pour l'intérêt que vous portez à Bélanger Ouellet. Votre profil a beaucoup plu à Stéphane Ouellet, associé responsable du groupe Services aux PME, et il aimerait vous rencontrer en personne à nos bureaux du centre-ville pour le poste de chef d'équipe, comptabilité et fiscalité PME.

Seriez-vous disponible à l'un des moments suivants?

- lundi le 16 mars à 10 h
- mardi le 17 mars à 13 h 30
- jeudi le 19 mars à 9 h

Prévoyez environ une heure. Je sais que c'est la pleine période des impôts; si aucune de ces plages ne fonctionne, proposez-moi d'autres moments.

Merci et bonne journée,

{sig}
"""
    mid1 = outlook_mid(cid + '/01')
    eml1 = outlook_mail(cid + '/01', sent1, kd, [(OWNER_NAME, OWNER)], subject, text1)
    mid_owner = f'<{hx(cid + "owner", 24)}@example.com>'
    owner_text = ('Bonjour Karine,\n\nMerci beaucoup! Mardi 13 h 30 me conviendrait très bien. '
                  'Lundi matin, je suis chez un client.\n\nBonne soirée,\nÉmilie\n')
    text2 = f"""Bonjour Émilie,

Parfait, c'est confirmé pour mardi le 17 mars à 13 h 30 avec Stéphane. Je le mets en copie.

Adresse : 1800, avenue McGill College, 12e étage. Présentez-vous à la réception et demandez Stéphane Ouellet; il y a du stationnement payant sous l'édifice.

Au besoin, vous pouvez me joindre au 514 555-0131.

Karine

{RULE}
""" + fr_quote(angle((OWNER_NAME, OWNER)), '10 mars 2026 19:32', angle(kd), 'RE: ' + subject, owner_text) + \
        f'\n{RULE}\n' + fr_quote(angle(kd), '9 mars 2026 10:14', angle((OWNER_NAME, OWNER)), subject, text1)
    eml2 = outlook_mail(cid + '/02', sent2, kd, [(OWNER_NAME, OWNER)], 'RE: ' + subject, text2, cc=[so],
                        in_reply_to=mid_owner, references=[mid1, mid_owner])
    lab = label([interview('Bélanger Ouellet', role, start, end, 'scheduled', [so[1]], [so[1]], 'hiring_manager')],
                'medium', 'positive/thread-propose-confirm-fr',
                'Quebec-French thread: three proposed slots ("lundi le 16", "mardi le 17", "jeudi le 19"), the '
                'candidate picks Tuesday 13 h 30 in a quoted reply, the recruiter confirms with the partner in Cc. '
                'Only the confirmed slot is an interview; "environ une heure" -> end 14:30. The partner conducts it; '
                'the recruiter only coordinates.')
    return cid, {'01-entrevue-disponibilites.eml': eml1, '02-re-entrevue-confirmation.eml': eml2}, lab


@case
def c08():
    cid = 'b150-08-exchange-atlantic-cancelled'
    sent1 = at(AT, 2026, 3, 24, 10, 2, 18, 'Tuesday')
    start = at(AT, 2026, 4, 2, 11, 0, weekday='Thursday')     # ADT -03:00 although TZID says "Standard"
    end = start + timedelta(hours=1)
    sent2 = at(AT, 2026, 3, 30, 16, 48, 40, 'Monday')
    fc = ('Fiona Campbell', 'fiona.campbell@harbourline.example')
    dm = ('Derek Mahoney', 'derek.mahoney@harbourline.example')
    role = 'Assurance Manager'
    subject = f'Interview – {role} – {OWNER_NAME}'
    uid = exchange_uid(cid)
    sig = ('Fiona Campbell\nManager, People & Culture | Harbourline Accounting Group\n'
           '1701 Hollis Street, Suite 800, Halifax NS  B3J 0A1\n902-555-0172')
    plain1 = f"""When: Thursday, April 2, 2026 11:00 AM-12:00 PM (UTC-04:00) Atlantic Time (Canada).
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Émilie,

As discussed, here is the invitation for your interview for the {role} position with Derek Mahoney, Partner, Assurance. Derek will lead the conversation; I'm only setting up the meeting and won't be joining.

Just a reminder that the time above is Atlantic time - that's 10:00 AM in Montréal.

Best regards,

{sig}

{teams_block(cid, 'en')}
"""
    ics1 = exchange_ics('REQUEST', uid, 'Atlantic Standard Time', VTZ_WIN_ATLANTIC, start, end, sent1, fc,
                        [(OWNER_NAME, OWNER, 'NEEDS-ACTION'), (dm[0], dm[1], 'NEEDS-ACTION')], subject, plain1,
                        lang='en-US', teams_url=teams_url(cid))
    eml1 = exchange_invite_eml(cid + '/01', sent1, fc, [(OWNER_NAME, OWNER), dm], subject, plain1, ics1,
                               lang='en-US')
    plain2 = f"""Hi Émilie,

I'm sorry to do this on short notice. We have put the {role} search on hold while we finalize a reorganization of our Halifax assurance group, so I need to cancel Thursday's interview with Derek. I will reach out directly if the role reopens.

Thank you for your understanding,

{sig}
"""
    ics2 = exchange_ics('CANCEL', uid, 'Atlantic Standard Time', VTZ_WIN_ATLANTIC, start, end, sent2, fc,
                        [(OWNER_NAME, OWNER, 'NEEDS-ACTION'), (dm[0], dm[1], 'NEEDS-ACTION')],
                        'Canceled: ' + subject, plain2, lang='en-US', sequence=1)
    eml2 = exchange_invite_eml(cid + '/02', sent2, fc, [(OWNER_NAME, OWNER), dm], 'Canceled: ' + subject, plain2,
                               ics2, method='CANCEL', lang='en-US')
    lab = label([interview('Harbourline Accounting Group', role, start, end, 'cancelled', [dm[1]], [dm[1]],
                           'hiring_manager')],
                'hard', 'positive/cancellation-atlantic',
                'Exchange invite with the Windows TZID "Atlantic Standard Time" and a "(UTC-04:00) Atlantic Time '
                '(Canada)" label for Thu 2 Apr 11:00; in April Atlantic time is ADT (-03:00) = 10:00 Eastern, as the '
                'text says. Later METHOD:CANCEL / STATUS:CANCELLED (SEQUENCE 1) -> one interview, status cancelled, '
                'kept at its last time. Coordinator says she will not join; the partner is the interviewer.')
    return cid, {'01-invitation-interview.eml': eml1, '02-canceled-interview.eml': eml2}, lab


@case
def c09():
    cid = 'b150-09-deux-entrevues-ravel-sinclair'
    sent1 = at(ET, 2026, 3, 13, 11, 30, 4, 'Friday')
    s1 = at(ET, 2026, 3, 24, 9, 0, weekday='Tuesday')
    e1 = s1 + timedelta(hours=1)
    isabelle_sent = at(ET, 2026, 3, 26, 15, 2, weekday='Thursday')
    sent2 = at(ET, 2026, 3, 26, 16, 20, 11, 'Thursday')
    sent3 = sent2 + timedelta(minutes=11, seconds=3)
    s2 = at(ET, 2026, 4, 7, 16, 0, weekday='Tuesday')
    e2 = s2 + timedelta(minutes=45)
    at(ET, 2026, 4, 9, weekday='Thursday')
    at(ET, 2026, 3, 31, weekday='Tuesday')
    at(ET, 2026, 4, 2, weekday='Thursday')
    sn = ('Sophie Nguyen', 'sophie.nguyen@ravelsinclair.example')
    ag = ('Alexandre Girard', 'alexandre.girard@ravelsinclair.example')
    isf = ('Isabelle Fournier', 'isabelle.fournier@ravelsinclair.example')
    role = 'Directrice, Services-conseils en comptabilité (CAS)'
    sig = ('Sophie Nguyen\nConseillère principale, Acquisition de talents | Senior Talent Acquisition Advisor\n'
           'Ravel Sinclair S.E.N.C.R.L., s.r.l.\n1190, avenue des Canadiens-de-Montréal, bureau 500, Montréal (Québec)\n'
           '514 555-0156')
    subj1 = f'Entrevue 1re ronde – {role} – {OWNER_NAME}'
    plain1 = f"""Quand : mardi 24 mars 2026 09:00-10:00 (UTC-05:00) Est (États-Unis et Canada).
Où : Réunion Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Bonjour Émilie,

Tel que convenu, voici l'invitation pour ta première entrevue pour le poste de directrice, Services-conseils en comptabilité (CAS) à Montréal. Tu rencontreras Alexandre Girard, directeur principal, CAS. L'entrevue durera une heure : une partie comportementale, puis une discussion technique (IFRS 15, regroupements d'entreprises, conversion NCECF vers IFRS).

Je coordonne seulement; je ne serai pas présente.

Bonne préparation!

{sig}

{teams_block(cid + '1', 'fr')}
"""
    ics1 = exchange_ics('REQUEST', exchange_uid(cid + '1'), 'Eastern Standard Time', VTZ_WIN_EASTERN, s1, e1, sent1,
                        sn, [(OWNER_NAME, OWNER, 'NEEDS-ACTION'), (ag[0], ag[1], 'ACCEPTED')], subj1, plain1,
                        lang='fr-CA', location='Réunion Microsoft Teams', teams_url=teams_url(cid + '1'))
    eml1 = exchange_invite_eml(cid + '/01', sent1, sn, [(OWNER_NAME, OWNER), ag], subj1, plain1, ics1)

    isabelle_text = ('Sophie,\n\nJe peux la rencontrer mardi le 7 à 16 h (45 min), à mon bureau au 5e. Sinon, jeudi le 9 '
                     'en fin de journée. Le 31 mars et le 2 avril sont impossibles (comités d\'audit).\n\nMerci!\n'
                     'Isabelle\n\nIsabelle Fournier, CPA\nAssociée, Services-conseils en comptabilité\n'
                     'Ravel Sinclair S.E.N.C.R.L., s.r.l.\n')
    subj2 = 'TR: 2e entrevue CAS – disponibilités d\'Isabelle'
    text2 = f"""Bonjour Émilie,

Bonne nouvelle : Alexandre a beaucoup apprécié ta rencontre de mardi et recommande de passer à la deuxième étape. Isabelle Fournier, associée responsable de CAS pour le Québec, aimerait te rencontrer en personne à nos bureaux. Voir ses disponibilités ci-dessous; je t'envoie dans quelques minutes l'invitation pour mardi le 7 avril à 16 h (45 minutes).

À bientôt,

{sig}

{RULE}
""" + fr_quote(angle(isf), '26 mars 2026 15:02', angle(sn), '2e entrevue CAS – disponibilités d\'Isabelle',
               isabelle_text)
    eml2 = outlook_mail(cid + '/02', sent2, sn, [(OWNER_NAME, OWNER)], subj2, text2)
    subj3 = f'Entrevue 2e ronde (associée) – {role} – {OWNER_NAME}'
    loc = 'Bureau de Montréal – 1190, avenue des Canadiens-de-Montréal, 5e étage'
    plain3 = f"""Quand : mardi 7 avril 2026 16:00-16:45 (UTC-05:00) Est (États-Unis et Canada).
Où : {loc}

*~*~*~*~*~*~*~*~*~*

Bonjour Émilie,

Voici l'invitation pour ta deuxième entrevue, en personne, avec Isabelle Fournier, associée. Présente-toi à la réception du 5e étage quelques minutes à l'avance.

{sig}
"""
    ics3 = exchange_ics('REQUEST', exchange_uid(cid + '2'), 'Eastern Standard Time', VTZ_WIN_EASTERN, s2, e2, sent3,
                        sn, [(OWNER_NAME, OWNER, 'NEEDS-ACTION'), (isf[0], isf[1], 'ACCEPTED')], subj3, plain3,
                        lang='fr-CA', location=loc)
    eml3 = exchange_invite_eml(cid + '/03', sent3, sn, [(OWNER_NAME, OWNER), isf], subj3, plain3, ics3)
    assert isabelle_sent < sent2
    lab = label([interview('Ravel Sinclair', role, s1, e1, 'scheduled', [ag[1]], [ag[1]], 'hiring_manager'),
                 interview('Ravel Sinclair', role, s2, e2, 'scheduled', [isf[1]], [isf[1]], 'hiring_manager')],
                'medium', 'positive/two-interviews-fr',
                'Two rounds at the same Big-Four-style firm: Teams invite for Tue 24 Mar 09:00 with the senior manager, '
                'then a forwarded availability note from the partner ("mardi le 7 à 16 h ... sinon jeudi le 9") and a '
                'second invite for Tue 7 Apr 16:00-16:45 in person. Thursday the 9th is only an alternative. '
                'Coordinator is organizer of both but attends neither. Both dates EDT despite "(UTC-05:00)" labels.')
    return cid, {'01-invitation-entrevue-1re-ronde.eml': eml1, '02-tr-disponibilites-associee.eml': eml2,
                 '03-invitation-entrevue-2e-ronde.eml': eml3}, lab


@case
def c10():
    cid = 'b150-10-ics-then-gcal-moved-moncton'
    created = at(MONCTON, 2026, 3, 2, 14, 12, 40, 'Monday')
    first = at(MONCTON, 2026, 3, 9, 10, 0, weekday='Monday')   # day after the DST switch: ADT -03:00
    updated = at(MONCTON, 2026, 3, 6, 17, 55, 3, 'Friday')
    start = at(MONCTON, 2026, 3, 9, 10, 30, weekday='Monday')
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=-3) and created.utcoffset() == timedelta(hours=-4)
    assert start.astimezone(ET).strftime('%H:%M') == '09:30'
    rl = ('Rachel LeBlanc', 'rachel.leblanc@fundyridge.example')
    role = 'Corporate Controller'
    uid = uuid_from(cid).upper()
    zoom = f'https://fundyridge.zoom.us/j/8{digits(cid, 10)}?pwd={alnum(cid + "pwd", 24)}'
    desc0 = ('Video interview with Rachel LeBlanc, VP Finance, for the Corporate Controller position '
             '(Moncton head office, hybrid).\n10:00 Atlantic / 9:00 Eastern.\n\nZoom: ' + zoom)
    ics_text = ical(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:-//Apple Inc.//macOS 15.3.1//EN', 'VERSION:2.0',
                     'CALSCALE:GREGORIAN'] + vtz_olson('America/Moncton', '-0400', '-0300', 'AST', 'ADT') + [
        'BEGIN:VEVENT', f'CREATED:{ics_utc(created)}', f'DTSTAMP:{ics_utc(created)}',
        f'LAST-MODIFIED:{ics_utc(created)}', f'UID:{uid}', 'SEQUENCE:0',
        f'DTSTART;TZID=America/Moncton:{ics_local(first)}',
        f'DTEND;TZID=America/Moncton:{ics_local(first + timedelta(hours=1))}',
        f'SUMMARY:{esc("Interview – " + role + " (" + OWNER_NAME + ")")}', f'DESCRIPTION:{esc(desc0)}',
        f'LOCATION:{esc("Zoom")}', f'URL;VALUE=URI:{zoom}', f'ORGANIZER;CN={rl[0]}:mailto:{rl[1]}',
        f'ATTENDEE;CN={rl[0]};CUTYPE=INDIVIDUAL;EMAIL={rl[1]};PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{rl[1]}',
        f'ATTENDEE;CN={OWNER_NAME};CUTYPE=INDIVIDUAL;EMAIL={OWNER};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;'
        f'RSVP=TRUE:mailto:{OWNER}',
        'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    desc1 = ('Moved 30 minutes later - my board call was pushed back. Sorry for the shuffle!\n\n'
             'Video interview with Rachel LeBlanc, VP Finance, for the Corporate Controller position '
             '(Moncton head office, hybrid).\n10:30 Atlantic / 9:30 Eastern.\n\nZoom: ' + zoom)
    gid = b32hex(cid + 'gid', 26)
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{digits(cid + "etag", 16)}"',
        'id': gid,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid='
                    + base64.b64encode(f'{gid} {OWNER}'.encode()).decode().rstrip('='),
        'created': gstamp(created + timedelta(minutes=3)),
        'updated': gstamp(updated),
        'summary': f'Interview – {role} ({OWNER_NAME})',
        'description': desc1,
        'location': 'Zoom',
        'creator': {'email': rl[1], 'displayName': rl[0]},
        'organizer': {'email': rl[1], 'displayName': rl[0]},
        'start': {'dateTime': gdt(start), 'timeZone': 'America/Moncton'},
        'end': {'dateTime': gdt(end), 'timeZone': 'America/Moncton'},
        'iCalUID': uid,
        'sequence': 1,
        'attendees': [
            {'email': rl[1], 'displayName': rl[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'},
        ],
        'guestsCanInviteOthers': False,
        'privateCopy': False,
        'reminders': {'useDefault': True},
        'source': {'url': zoom, 'title': 'Zoom'},
        'eventType': 'default',
    }
    lab = label([interview('Fundy Ridge Foods', role, start, end, 'scheduled', [rl[1]], [rl[1]], 'hiring_manager')],
                'hard', 'positive/ics-plus-gcal-reschedule-atlantic',
                'Standalone .ics (America/Moncton VTIMEZONE, SEQUENCE 0) for Mon 9 Mar 10:00, then the owner\'s Google '
                'Calendar API copy of the same iCalUID with sequence 1 moved to 10:30. Mon 9 Mar is the day after the '
                'DST switch, so Atlantic time is ADT -03:00 (9:30 Eastern). One interview at the final time.')
    return cid, {'01-interview-corporate-controller.ics': ics_text.encode('utf-8'),
                 '02-interview-corporate-controller.gcal.json':
                     (json.dumps(ev, indent=2, ensure_ascii=False) + '\n').encode('utf-8')}, lab


@case
def c11():
    cid = 'b150-11-toronto-final-round-onsite'
    sent1 = at(ET, 2026, 4, 14, 15, 10, 27, 'Tuesday')
    sent2 = sent1 + timedelta(minutes=4, seconds=12)
    day = (2026, 4, 21)
    at(ET, *day, weekday='Tuesday')
    to = ('Tamara Osei', 'tamara.osei@norcastle.example')
    gl = ('Gregory Lam', 'gregory.lam@norcastle.example')
    am = ('Anjali Mehta', 'anjali.mehta@norcastle.example')
    mt = ('Marc Thibodeau', 'marc.thibodeau@norcastle.example')
    hk = ('Helen Kowalski', 'helen.kowalski@norcastle.example')
    role = 'Manager, Financial Reporting (IFRS)'
    start = at(ET, *day, 9, 0)
    end = at(ET, *day, 13, 0)
    rows = [('9:00 – 9:45 AM', f'{gl[0]}, Director, Financial Reporting ({gl[1]})'),
            ('9:45 – 10:30 AM', f'{am[0]}, VP & Corporate Controller ({am[1]})'),
            ('10:30 – 10:45 AM', 'Break'),
            ('10:45 – 11:30 AM', f'Technical case – IFRS 16 lease modifications and IFRS 9 hedge documentation, with '
                                 f'{mt[0]}, Senior Manager, Technical Accounting ({mt[1]})'),
            ('11:30 AM – 12:15 PM', 'Lunch with two members of the reporting team (informal, not part of the assessment)'),
            ('12:15 – 1:00 PM', f'{hk[0]}, Chief Financial Officer ({hk[1]})')]
    sig = ('Tamara Osei\nRecruiting Coordinator, Talent Acquisition\nNorcastle Infrastructure Corp.\n'
           '145 Wellington St. W, 18th floor, Toronto ON\n416-555-0193')
    intro = ("Hi Émilie,\n\nWe're looking forward to welcoming you to our office next Tuesday for your final-round "
             f"interviews for the {role} position. Here is your itinerary.\n\n"
             'Tuesday, April 21, 2026 – Norcastle Infrastructure, 145 Wellington St. W, 18th floor, Toronto\n'
             '(all times Eastern)')
    outro = ("Please check in at the ground-floor security desk by 8:45 AM with photo ID; I'll meet you in the lobby. "
             "You'll also receive a calendar hold from me for the whole block. If you need any accommodations, just "
             f"let me know.\n\nKind regards,\n\n{sig}\n")
    plain = intro + '\n\n' + '\n'.join(f'{t:<22}{d}' for t, d in rows) + '\n\n' + outro
    table = ''.join(f'<tr><td style="padding:4px 12px 4px 0;white-space:nowrap">{html.escape(t)}</td>'
                    f'<td style="padding:4px 0">{html.escape(d)}</td></tr>\n' for t, d in rows)
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                 '<body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt">\n'
                 + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>\n' for p in intro.split('\n\n'))
                 + f'<table style="font-size:11pt;border-collapse:collapse">\n{table}</table>\n'
                 + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>\n' for p in outro.strip().split('\n\n'))
                 + '</div></body></html>\n')
    subj1 = f'Your interview itinerary – {role} – Tuesday, April 21'
    seed1 = cid + '/01'
    root1 = multi('alternative', outlook_boundary(seed1), [leaf('text/plain', plain), leaf('text/html', html_text)],
                  fold_boundary=True)
    h1 = base_headers(sent1, to, [(OWNER_NAME, OWNER)], subj1, outlook_mid(seed1), seed1, *OUTLOOK_HOST,
                      extra=outlook_extra(seed1, subj1, 'en-US'))
    eml1 = message(h1, root1)
    subj2 = f'Hold: Onsite interviews – {OWNER_NAME} – {role}'
    loc = '145 Wellington St. W, 18th floor – Boardroom 18B'
    plain2 = f"""When: Tuesday, April 21, 2026 9:00 AM-1:00 PM (UTC-05:00) Eastern Time (US & Canada).
Where: {loc}

*~*~*~*~*~*~*~*~*~*

Hi Émilie, this hold covers your full interview block, including lunch. The detailed schedule is in my earlier email.

Tamara
"""
    ics2 = exchange_ics('REQUEST', exchange_uid(cid), 'Eastern Standard Time', VTZ_WIN_EASTERN, start, end, sent2, to,
                        [(OWNER_NAME, OWNER, 'NEEDS-ACTION')], subj2, plain2, lang='en-US', location=loc)
    eml2 = exchange_invite_eml(cid + '/02', sent2, to, [(OWNER_NAME, OWNER)], subj2, plain2, ics2, lang='en-US')
    ivs = [gl[1], am[1], mt[1], hk[1]]
    lab = label([interview('Norcastle Infrastructure', role, start, end, 'scheduled', ivs, ivs, 'onsite')],
                'hard', 'positive/onsite-loop',
                'Same-day final round: four interview sessions 9:00-13:00 with a break and an informal lunch in the '
                'middle, plus a 9:00-13:00 calendar hold -> ONE onsite, first start to last end, all four '
                'interviewers (their addresses are in the itinerary). The lunch companions are not interviewers, '
                'the coordinator is not either; 8:45 check-in is not the start.')
    return cid, {'01-interview-itinerary.eml': eml1, '02-hold-onsite-interviews.eml': eml2}, lab


@case
def c12():
    cid = 'b150-12-fonction-publique-qc-annulee-reconvoquee'
    sent1 = at(ET, 2026, 4, 10, 13, 45, 0, 'Friday')
    s1 = at(ET, 2026, 4, 22, 13, 30, weekday='Wednesday')
    e1 = s1 + timedelta(hours=1)
    at(ET, 2026, 4, 16, weekday='Thursday')
    sent2 = at(ET, 2026, 4, 17, 11, 20, 31, 'Friday')
    sent3 = at(ET, 2026, 4, 23, 9, 5, 12, 'Thursday')
    s2 = at(ET, 2026, 4, 30, 9, 0, weekday='Thursday')
    e2 = at(ET, 2026, 4, 30, 10, 0)
    grp = ('Dotation – MESR', 'dotation@mesr-quebec.example')
    jb = ('Julie Bouchard', 'julie.bouchard@mesr-quebec.example')
    role = 'Conseillère ou conseiller en gestion financière'
    ref = '10432RS810012026'
    sig = ('Julie Bouchard\nTechnicienne en administration – dotation\nDirection des ressources humaines\n'
           'Ministère de l\'Économie sociale et des Régions\n'
           f'875, Grande Allée Est, Québec (Québec)  G1R 0A1\n418 555-0124 | {jb[1]}')
    subj1 = f'Convocation à une entrevue – {role} (réf. {ref})'
    text1 = f"""Madame,

À la suite de l'analyse de votre candidature, nous avons le plaisir de vous convoquer à une entrevue de sélection pour l'emploi de conseillère ou conseiller en gestion financière (professionnel, classe 105) à la Direction des ressources financières du ministère de l'Économie sociale et des Régions.

Date : mercredi 22 avril 2026
Heure : 13 h 30 (durée approximative : 60 minutes)
Lieu : 875, Grande Allée Est, 3e étage, salle 3.40, Québec (Québec)
Il est possible de participer à distance par Microsoft Teams; veuillez nous en informer lors de votre confirmation.

Le comité de sélection sera composé de Mme Nathalie Gagnon, directrice des ressources financières, et de M. Louis Pelletier, conseiller principal en gestion financière.

Veuillez confirmer votre présence en répondant à ce courriel d'ici le jeudi 16 avril 2026, 12 h. Le jour de l'entrevue, ayez en main une pièce d'identité avec photo ainsi qu'une preuve de votre titre de CPA.

Pour toute question, communiquez avec moi par courriel ou par téléphone.

{sig}
"""
    subj2 = f'Annulation – entrevue du 22 avril 2026 – {role} (réf. {ref})'
    text2 = f"""Madame,

Nous sommes au regret de vous informer que votre entrevue prévue le mercredi 22 avril 2026 à 13 h 30 est annulée. En raison de l'absence imprévue d'un membre du comité de sélection, toutes les entrevues de la semaine prochaine sont annulées.

Votre candidature demeure active dans le processus. Une nouvelle convocation vous sera transmise lorsque le comité aura été reconstitué.

Nous nous excusons des inconvénients.

{sig}
"""
    subj3 = f'Nouvelle convocation à une entrevue – {role} (réf. {ref})'
    text3 = f"""Madame,

Tel qu'annoncé, nous vous convoquons à nouveau à une entrevue de sélection pour l'emploi de conseillère ou conseiller en gestion financière.

Date : jeudi 30 avril 2026
Heure : de 9 h à 10 h (heure de l'Est)
Lieu : à distance, par Microsoft Teams (le lien vous parviendra dans un courriel distinct)

Le comité de sélection sera composé de Mme Nathalie Gagnon, directrice des ressources financières, et de Mme Annie Thériault, conseillère principale en gestion financière.

Merci de confirmer votre présence en répondant à ce courriel.

{sig}
"""
    files = {}
    for n, (sent, subj, text, slug) in enumerate([(sent1, subj1, text1, 'convocation-entrevue'),
                                                  (sent2, subj2, text2, 'annulation-entrevue'),
                                                  (sent3, subj3, text3, 'nouvelle-convocation')], 1):
        files[f'0{n}-{slug}.eml'] = outlook_mail(f'{cid}/0{n}', sent, grp, [(OWNER_NAME, OWNER)], subj, text,
                                                 extra_top=[('Importance', 'high')] if n == 2 else None)
    lab = label([interview('Ministère de l\'Économie sociale et des Régions', role, s1, e1, 'cancelled', [], [jb[1]],
                           'onsite'),
                 interview('Ministère de l\'Économie sociale et des Régions', role, s2, e2, 'scheduled', [], [jb[1]],
                           'onsite')],
                'hard', 'positive/cancel-then-rebook-fr',
                'Quebec public-service convocation (Wed 22 Apr 13 h 30, ~60 min, two-member selection committee -> '
                'panel/onsite), then an explicit "annulée" with no new date, then a week later a "nouvelle '
                'convocation" for Thu 30 Apr 9 h-10 h with a changed committee -> two entries (cancelled + '
                'scheduled). Sent from a group mailbox; the technician signs with her own address, which is the '
                'follow-up recipient. The Apr 16 confirmation deadline is not an interview.')
    return cid, files, lab


@case
def c13():
    cid = 'b150-13-calendly-intro-call-noon'
    sent = at(ET, 2026, 3, 23, 15, 48, 19, 'Monday')
    start = at(ET, 2026, 3, 25, 12, 0, weekday='Wednesday')
    end = start + timedelta(minutes=30)
    do = ('Dana Okonkwo', 'dana.okonkwo@northbrookcap.example')
    cal = ('Calendly', 'notifications@calendly.com')
    ev_name = 'Fund Accounting Manager – Intro Call'
    inv = uuid_from(cid + 'inv')
    subject = f'Confirmed: {ev_name} with {do[0]} on Wednesday, March 25, 2026'
    text = f"""Hi {OWNER_NAME},

Your {ev_name} with {do[0]} at 12:00pm (Eastern Time - US & Canada) on Wednesday, March 25, 2026 is scheduled.

Event Type:
{ev_name}

Event Date/Time:
12:00pm - 12:30pm (Eastern Time - US & Canada) on Wednesday, March 25, 2026

Location:
{do[0]} will call you at +1 {OWNER_PHONE.replace(' ', '-')}

Invitee Email:
{OWNER}

Description:
A 30-minute introductory interview with Northbrook Capital Partners' Talent Acquisition Lead about the Fund Accounting Manager opening (private credit funds, Toronto). We'll cover your background, NAV and waterfall experience, and the next steps in our process.

Questions:
Anything you'd like us to know before the call?
CPA since 2019, six years in audit with asset-management clients. Open to hybrid in Toronto.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{inv}
Reschedule: https://calendly.com/reschedulings/{inv}

Powered by Calendly.com
"""
    ics_text = ical(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//Calendly Scheduling//EN',
                     'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT', f'DTSTAMP:{ics_utc(sent)}',
                     f'UID:{inv}@calendly.com', f'DTSTART:{ics_utc(start)}', f'DTEND:{ics_utc(end)}',
                     f'SUMMARY:{esc(ev_name + " between " + do[0] + " and " + OWNER_NAME)}',
                     f'DESCRIPTION:{esc("Event Name: " + ev_name + chr(10) + "Location: " + do[0] + " will call you at +1 514-555-0187" + chr(10) + "Need to make changes to this event?" + chr(10) + "Cancel: https://calendly.com/cancellations/" + inv)}',
                     f'LOCATION:{esc("+1 514-555-0187")}', f'ORGANIZER;CN={do[0]}:mailto:{do[1]}',
                     f'ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}',
                     'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    root = multi('mixed', hx(cid + 'mx', 60), [
        multi('alternative', hx(cid + 'al', 60), [leaf('text/plain', text, 'quoted-printable'),
                                                  leaf('text/html', to_html(text, 'Helvetica, Arial, sans-serif', '15px'),
                                                       'quoted-printable')]),
        attachment('text/calendar; charset="utf-8"; method=REQUEST', 'invite.ics', ics_text)])
    h = base_headers(sent.astimezone(UTC), cal, [(OWNER_NAME, OWNER)], subject,
                     f'<{alnum(cid + "m", 22)}@geopod-ismtpd-{digits(cid, 2)}>', cid, 'o1.sg.calendly.com',
                     '198.51.100.140', reply_to=do, return_path=f'bounces+{digits(cid + "r", 7)}@em.calendly.com',
                     extra=[('X-Entity-ID', alnum(cid + 'ent', 22))])
    lab = label([interview('Northbrook Capital Partners', 'Fund Accounting Manager', start, end, 'scheduled', [do[1]],
                           [do[1]], 'phone_screen')],
                'easy', 'positive/calendly-booked',
                'Calendly invitee confirmation (booked) for a 30-minute intro interview at 12:00pm Eastern; the host '
                '(recruiter) conducts it and is in Reply-To and the .ics ORGANIZER; notifications@calendly.com is never '
                'a recipient.')
    return cid, {'01-calendly-confirmed-intro-call.eml': message(h, root)}, lab


# ==============================================================================================
# NEGATIVE CASES (look-alikes)
# ==============================================================================================
@case
def c14():
    cid = 'b150-14-cfe-exam-booking-ics'
    sent = at(ET, 2026, 2, 18, 10, 2, 33, 'Wednesday')
    checkin = at(ET, 2026, 5, 27, 7, 45, weekday='Wednesday')
    exam_end = at(ET, 2026, 5, 27, 13, 30)
    ep = ('CPA Exam Scheduling – ExamPoint', 'no-reply@exampoint-testing.example')
    conf = 'EP-' + digits(cid, 9)
    subject = 'Appointment Confirmation / Confirmation de rendez-vous – CFE Day 2 – May 27, 2026'
    text = f"""(Le français suit)

Dear Émilie Gauthier-Roy,

This email confirms your testing appointment. Please keep it for your records.

Candidate ID: CPA-QC-{digits(cid + 'cand', 7)}
Exam: Common Final Examination (CFE) – Day 2
Date: Wednesday, May 27, 2026
Check-in: 7:45 AM (Eastern Time) – Exam start: 8:30 AM
Duration: 5 hours
Test centre: ExamPoint Montréal-Centre, 2020, boul. Robert-Bourassa, 9th floor, Montréal QC
Confirmation number: {conf}

On exam day you must present two pieces of valid, government-issued identification. Check-in includes identity verification, a photograph and a palm-vein scan. Candidates who arrive more than 15 minutes after the scheduled check-in time will not be admitted.

To reschedule or cancel, log in to your ExamPoint account at least 10 business days before your appointment. Rescheduling fees may apply.

-----

Madame Émilie Gauthier-Roy,

Le présent courriel confirme votre rendez-vous d'examen. Veuillez le conserver.

Examen : Examen final commun (EFC) – Jour 2
Date : le mercredi 27 mai 2026
Accueil : 7 h 45 (heure de l'Est) – début de l'examen : 8 h 30
Durée : 5 heures
Centre d'examen : ExamPoint Montréal-Centre, 2020, boul. Robert-Bourassa, 9e étage, Montréal (Québec)
Numéro de confirmation : {conf}

Un fichier de calendrier (.ics) est disponible dans votre compte.

ExamPoint Testing Centres – This is an automated message; replies are not monitored.
"""
    h = base_headers(sent.astimezone(UTC), ep, [(OWNER_NAME, OWNER)], subject,
                     f'<{uuid_from(cid)}@mailer.exampoint-testing.example>', cid, 'mailer.exampoint-testing.example',
                     '203.0.113.40', extra=[('Auto-Submitted', 'auto-generated')])
    eml = message(h, alt(cid, text, font='Arial, sans-serif'))
    ics_text = ical(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ExamPoint//Appointment Export 3.2//EN',
                     'METHOD:PUBLISH'] + vtz_olson('America/Toronto', '-0500', '-0400', 'EST', 'EDT') + [
        'BEGIN:VEVENT', f'UID:{conf}@exampoint-testing.example', f'DTSTAMP:{ics_utc(sent)}',
        f'DTSTART;TZID=America/Toronto:{ics_local(checkin)}', f'DTEND;TZID=America/Toronto:{ics_local(exam_end)}',
        f'SUMMARY:{esc("CFE Day 2 – ExamPoint Montréal-Centre (check-in 7:45)")}',
        f'DESCRIPTION:{esc("Common Final Examination Day 2. Bring two pieces of ID. Confirmation " + conf)}',
        f'LOCATION:{esc("2020, boul. Robert-Bourassa, 9e étage, Montréal (Québec)")}',
        f'ORGANIZER;CN=ExamPoint Testing Centres:mailto:{ep[1]}',
        f'ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}',
        'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    lab = label([], 'medium', 'negative/exam-booking',
                'CPA Common Final Examination appointment (confirmation mail + exported .ics with check-in time). '
                'An exam sitting, not a conversation in a hiring process.')
    return cid, {'01-cfe-appointment-confirmation.eml': eml, '02-cfe-day-2.ics': ics_text.encode('utf-8')}, lab


@case
def c15():
    cid = 'b150-15-entrevue-fiscale-client'
    sent1 = at(ET, 2026, 3, 26, 21, 14, 56, 'Thursday')
    sent2 = at(ET, 2026, 3, 27, 8, 2, 41, 'Friday')
    appt = at(ET, 2026, 4, 9, 18, 0, weekday='Thursday')
    appt_end = appt + timedelta(hours=1)
    rl = ('Robert Lapointe', 'rlapointe@courriel.example')
    text1 = """Bonsoir Émilie,

Comme chaque année, Lise et moi aimerions prendre rendez-vous pour nos déclarations de revenus (fédéral et Québec). Est-ce que jeudi le 9 avril en soirée, vers 18 h, te conviendrait? On passerait chez toi avec tous nos feuillets (T4, Relevé 1, T5 de la caisse, reçus de frais médicaux et de garderie).

Merci encore de t'occuper de nous, on sait que c'est ta grosse saison!

Robert
"""
    seed1 = cid + '/01'
    h1 = base_headers(sent1, rl, [(OWNER_NAME, OWNER)], 'Rendez-vous impôts 2025', gmail_mid(seed1), seed1,
                      'mail-sor-f69.google.com', '209.85.220.69')
    eml1 = message(h1, alt(seed1, text1, font='arial, sans-serif'))
    title = 'Entrevue fiscale 2025 – Robert et Lise Lapointe'
    desc = ('Déclarations T1 et TP-1 2025 (Robert et Lise). Apporter : T4, Relevé 1, T5, reçus médicaux, frais de '
            'garde, cotisations REER. Date limite de production : 30 avril.')
    uid = f'{b32hex(cid + "uid", 26)}@google.com'
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    body = (f'{rl[0]} has accepted this invitation.\n\n{title}\nThursday Apr 9, 2026 ⋅ 6pm – 7pm\n'
            f'Eastern Time - Toronto\n\nLocation\nChez Émilie (bureau à domicile)\n\n'
            f'Organizer\n{OWNER_NAME}\n{OWNER}\n\nGuests\n{OWNER_NAME} - organizer\n{OWNER}\n{rl[0]}\n{rl[1]}\n'
            f'View all guest info {view}\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/'
            'calendar/\n\nYou are receiving this email because you are subscribed to invitation replies for this '
            'calendar. To stop receiving these emails, go to Calendar settings, select this calendar, and change '
            '"Other notifications".\n')
    ics_text = google_ics('REPLY', uid, appt, appt_end, sent2, (OWNER_NAME, OWNER),
                          [(rl[0], rl[1], 'ACCEPTED')], title, desc, location='Chez Émilie (bureau à domicile)')
    subj = f'Accepted: {title} @ Thu Apr 9, 2026 6pm - 7pm (EDT) ({OWNER})'
    eml2 = google_invite_eml(cid + '/02', sent2, rl, subj, body, ics_text, method='REPLY')
    lab = label([], 'hard', 'negative/client-tax-entrevue',
                'Quebec usage: an "entrevue fiscale" is the owner meeting her own tax clients during busy season. The '
                'client asks for a slot and accepts her Google invite (METHOD:REPLY). Not a job interview.')
    return cid, {'01-rendez-vous-impots.eml': eml1, '02-accepted-entrevue-fiscale.eml': eml2}, lab


@case
def c16():
    cid = 'b150-16-benevole-comite-selection'
    sent = at(ET, 2026, 4, 8, 10, 12, 7, 'Wednesday')
    st = at(ET, 2026, 4, 13, 18, 0, weekday='Monday')
    en = st + timedelta(minutes=45)
    la = ('Louise Archambault', 'louise.archambault@maisonvilleray.example')
    mc = ('Mélissa Charron', 'mcharron.compta@courriel.example')
    title = f'Entrevue – Commis comptable (candidate : {mc[0]})'
    desc = ('Émilie, merci encore d\'accepter de siéger au comité de sélection à titre de trésorière du CA. Mélissa '
            'postule pour le poste de commis comptable à temps partiel (2 jours/semaine). Je te propose qu\'on se '
            'partage les questions : toi la partie technique (conciliations bancaires, Sage 50, remises de TPS/TVQ), '
            'moi le reste. Son CV est dans le dossier partagé du CA.\n\nLouise')
    meet = 'https://meet.google.com/vhr-mqaz-tye'
    uid = f'{b32hex(cid + "uid", 26)}@google.com'
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    body = google_body('fr', title, 'lundi 13 avr. 2026 ⋅ 18:00 – 18:45', 'Heure de l’Est - Toronto', meet, la,
                       [la, (OWNER, OWNER), mc], desc, eid)
    ics_text = google_ics('REQUEST', uid, st, en, sent, la,
                          [(la[0], la[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION'), (mc[0], mc[1], 'ACCEPTED')],
                          title, desc, meet=meet)
    subj = f'Invitation : {title} @ lun. 13 avr. 2026 18:00 - 18:45 (HAE) ({OWNER})'
    eml = google_invite_eml(cid, sent, la, subj, body, ics_text)
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'Google Calendar invitation (French UI) titled "Entrevue – Commis comptable (candidate : ...)": the '
                'owner sits on a volunteer board\'s selection committee and interviews someone else.')
    return cid, {'01-invitation-entrevue-commis-comptable.eml': eml}, lab


@case
def c17():
    cid = 'b150-17-gc-jobs-examen-ecrit'
    sent = at(ET, 2026, 4, 27, 9, 40, 15, 'Monday')
    at(ET, 2026, 5, 5, weekday='Tuesday')
    at(ET, 2026, 5, 6, weekday='Wednesday')
    at(ET, 2026, 4, 30, weekday='Thursday')
    grp = ('BMCP Dotation / PAMO Staffing (PAMO/BMCP)', 'PAMO.Staffing-Dotation.BMCP@pamo-bmcp.example')
    proc = '26-PAMO-EA-FIN-0219'
    subject = f'Invitation to a written exam - Selection process {proc} / Invitation à un examen écrit - Processus de sélection {proc}'
    text = f"""(Le français suit)

Good morning,

Selection process: {proc} – Financial Officer (FI-02), Public Accounts Modernization Office (PAMO)

Your application has been screened in. You are invited to complete an unsupervised online written exam.

The exam will be available from Tuesday, May 5, 2026 at 8:00 a.m. (Eastern Time) until Wednesday, May 6, 2026 at 8:00 a.m. (Eastern Time). Once you open the exam, you will have 3 hours to submit your answers. The exam link and instructions will be sent to the email address in your GC Jobs account on the morning of May 5.

The exam will assess your knowledge of the accounting standards applicable to the Government of Canada (accrual accounting, PSAS), analytical thinking and written communication.

Candidates who are successful on the written exam may be invited to an interview at a later date. The interview dates have not yet been determined.

If you require assessment accommodation measures, please reply to this email by Thursday, April 30, 2026.

PAMO Staffing Team

-----

Bonjour,

Processus de sélection : {proc} – Agente ou agent financier (FI-02), Bureau de modernisation des comptes publics (BMCP)

Votre candidature a été retenue à l'étape de la présélection. Vous êtes invitée à un examen écrit en ligne non supervisé.

L'examen sera accessible du mardi 5 mai 2026 à 8 h (heure de l'Est) au mercredi 6 mai 2026 à 8 h (heure de l'Est). Une fois l'examen ouvert, vous disposerez de 3 heures pour soumettre vos réponses. Le lien et les instructions seront envoyés à l'adresse courriel de votre compte Emplois GC le matin du 5 mai.

Les personnes qui réussiront l'examen écrit pourraient être convoquées à une entrevue à une date ultérieure. Les dates des entrevues n'ont pas encore été déterminées.

Si vous avez besoin de mesures d'adaptation, veuillez répondre à ce courriel d'ici le jeudi 30 avril 2026.

Équipe de dotation du BMCP
"""
    eml = outlook_mail(cid, sent, grp, [(OWNER_NAME, OWNER)], subject, text, lang='en-CA')
    lab = label([], 'hard', 'negative/online-assessment',
                'GC Jobs style bilingual invitation to an unsupervised online written exam with a date window; an '
                'interview is only mentioned as a possible later step with no date. Group mailbox only.')
    return cid, {'01-invitation-examen-ecrit.eml': eml}, lab


@case
def c18():
    cid = 'b150-18-taleo-select-interview-time'
    sent1 = at(ET, 2026, 4, 13, 10, 15, 2, 'Monday')
    sent2 = at(ET, 2026, 4, 15, 10, 15, 40, 'Wednesday')
    at(ET, 2026, 4, 20, weekday='Monday')
    at(ET, 2026, 4, 24, weekday='Friday')
    at(ET, 2026, 4, 16, weekday='Thursday')
    tal = ('Halden Marsh Careers', 'noreply@taleo.net')
    role = 'Senior Consultant, Transaction Advisory Services'
    link = f'https://haldenmarsh.taleo.net/careersection/iam/scheduling/select.jsf?token={alnum(cid, 32)}'

    def page(inner):
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>\n'
                '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n' + inner
                + '<p>Talent Acquisition - Halden Marsh LLP</p>\n<p style="font-size:8pt;color:#777777">This is an '
                  'automated message. Please do not reply.</p>\n</body></html>\n')
    b1 = page(f"""<p>Dear Émilie,</p>
<p>Thank you for your application to the <b>{role}</b> position (Requisition 26-0917) in our Montr&eacute;al office. We would like to invite you to a first interview with a Manager from the Transaction Advisory Services team.</p>
<p>Please use the link below to choose an interview slot. Interviews last 45 minutes and are offered between Monday, April 20 and Friday, April 24, 2026, from 9:00 a.m. to 4:00 p.m. (Eastern Time).</p>
<p><a href="{link}" style="background:#004b87;color:#ffffff;padding:8px 16px;text-decoration:none">Select an interview time</a></p>
<p>This invitation expires 72 hours after it was sent. Once you have selected a time, you will receive a confirmation email with the interview details and a calendar invitation.</p>
""")
    b2 = page(f"""<p>Dear Émilie,</p>
<p>Our records show that you have not yet selected a time for your interview for the <b>{role}</b> position (Requisition 26-0917).</p>
<p>Your scheduling link expires on Thursday, April 16, 2026 at 10:15 a.m. (Eastern Time).</p>
<p><a href="{link}">Select an interview time</a></p>
""")
    files = {}
    for n, (sent, subj, body, slug) in enumerate([
            (sent1, f'Action required: Select your interview time - {role} (26-0917)', b1, 'select-interview-time'),
            (sent2, f'Reminder: Select your interview time - {role} (26-0917)', b2, 'reminder-select-time')], 1):
        seed = f'{cid}/0{n}'
        h = base_headers(sent.astimezone(UTC), tal, [(OWNER_NAME, OWNER)], subj,
                         f'<{digits(seed, 13)}.JavaMail.taleo@tee{digits(seed + "h", 2)}.taleo.net>', seed,
                         'smtp07.taleo.net', '198.51.100.71', return_path='bounces@taleo.net',
                         extra=[('Auto-Submitted', 'auto-generated')])
        files[f'0{n}-{slug}.eml'] = message(h, leaf('text/html', body, 'quoted-printable', charset='ISO-8859-1'))
    lab = label([], 'hard', 'negative/unbooked-scheduling-link',
                'Taleo self-scheduling request plus a reminder: a range of possible slots and a link, never booked. '
                'Availability requests / unbooked links are not interviews.')
    return cid, files, lab


@case
def c19():
    cid = 'b150-19-refus-apres-entrevue'
    sent = at(ET, 2026, 3, 31, 15, 5, 48, 'Tuesday')
    at(ET, 2026, 3, 19, weekday='Thursday')
    mr = ('Mélanie Roussel', 'melanie.roussel@gcsaintlaurent.example')
    subject = 'Suivi de votre entrevue – Analyste financière principale'
    text = f"""Bonjour Émilie,

Je tiens d'abord à vous remercier pour le temps que vous nous avez accordé lors de votre entrevue du jeudi 19 mars dernier avec Philippe et moi. Nous avons beaucoup apprécié la qualité de nos échanges.

Après mûre réflexion, nous avons décidé de poursuivre le processus avec une autre candidature dont le profil correspond davantage aux besoins actuels de l'équipe, notamment en matière de consolidation multi-entités.

Ce fut une décision difficile. Si vous le souhaitez, je peux vous offrir une courte rétroaction téléphonique (15 minutes) la semaine prochaine; répondez simplement à ce courriel en m'indiquant vos disponibilités.

Nous conserverons votre dossier pour d'éventuelles ouvertures et vous souhaitons le meilleur des succès dans vos démarches.

Cordialement,

Mélanie Roussel, CRHA
Conseillère principale, ressources humaines
Groupe Comptable Saint-Laurent inc.
2000, boul. René-Lévesque Ouest, Montréal (Québec)
514 555-0177

{SIG_DISCLAIMER_FR}
"""
    eml = outlook_mail(cid, sent, mr, [(OWNER_NAME, OWNER)], subject, text)
    lab = label([], 'medium', 'negative/rejection-fr',
                'French rejection that refers to a past interview ("votre entrevue du jeudi 19 mars dernier") and offers '
                'an unscheduled 15-minute feedback call. No interview to come.')
    return cid, {'01-suivi-entrevue-refus.eml': eml}, lab


@case
def c20():
    cid = 'b150-20-inspection-professionnelle-entrevue'
    sent = at(ET, 2026, 4, 30, 11, 26, 9, 'Thursday')
    st = at(ET, 2026, 5, 19, 9, 30, weekday='Tuesday')
    en = at(ET, 2026, 5, 19, 11, 0)
    at(ET, 2026, 5, 11, weekday='Monday')
    hv = ('Hélène Vachon', 'helene.vachon@ordrecpa-inspection.example')
    dossier = '2026-INS-0457'
    subject = f'Inspection professionnelle 2026 – entrevue d\'ouverture – dossier {dossier}'
    text = f"""Bonjour Madame Gauthier-Roy,

Dans le cadre du programme de surveillance générale de l'exercice de la profession, vous avez été sélectionnée pour une inspection professionnelle en 2026 (dossier {dossier}), à titre de CPA titulaire d'un permis de comptabilité publique.

Je vous confirme la tenue de l'entrevue d'ouverture le mardi 19 mai 2026 à 9 h 30 (heure de l'Est), par Teams. Elle durera environ 90 minutes. Nous passerons en revue votre questionnaire d'auto-évaluation, vos activités de formation continue (UFC) et les dossiers de missions que vous aurez sélectionnés.

Je vous ai transmis une invitation dans votre agenda.

Veuillez déposer les documents demandés sur le portail sécurisé au plus tard le lundi 11 mai.

Hélène Vachon, CPA
Inspectrice, Direction de l'inspection professionnelle
514 555-0109
"""
    eml = outlook_mail(cid, sent, hv, [(OWNER_NAME, OWNER)], subject, text)
    gid = b32hex(cid + 'gid', 26)
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{digits(cid + "etag", 16)}"',
        'id': gid,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid='
                    + base64.b64encode(f'{gid} {OWNER}'.encode()).decode().rstrip('='),
        'created': gstamp(sent - timedelta(minutes=6)),
        'updated': gstamp(sent - timedelta(minutes=5)),
        'summary': f'Inspection professionnelle – entrevue d\'ouverture (dossier {dossier})',
        'description': 'Entrevue d\'ouverture de l\'inspection professionnelle 2026. Lien Teams : '
                       + teams_url(cid),
        'location': 'Microsoft Teams',
        'creator': {'email': hv[1], 'displayName': hv[0]},
        'organizer': {'email': hv[1], 'displayName': hv[0]},
        'start': {'dateTime': gdt(st), 'timeZone': 'America/Toronto'},
        'end': {'dateTime': gdt(en), 'timeZone': 'America/Toronto'},
        'iCalUID': exchange_uid(cid),
        'sequence': 0,
        'attendees': [
            {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'needsAction'},
            {'email': hv[1], 'displayName': hv[0], 'organizer': True, 'responseStatus': 'accepted'},
        ],
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    lab = label([], 'hard', 'negative/professional-inspection',
                'Professional-practice inspection "entrevue d\'ouverture" with an inspector (mail + Calendar API event). '
                'A regulatory review of the owner\'s practice, not a hiring conversation.')
    return cid, {'01-inspection-entrevue-ouverture.eml': eml,
                 '02-inspection-entrevue-ouverture.gcal.json':
                     (json.dumps(ev, indent=2, ensure_ascii=False) + '\n').encode('utf-8')}, lab


@case
def c21():
    cid = 'b150-21-calendly-simulation-entrevue'
    sent = at(ET, 2026, 4, 10, 18, 3, 27, 'Friday')
    st = at(ET, 2026, 4, 16, 19, 0, weekday='Thursday')
    en = st + timedelta(hours=1)
    ml = ('Mathieu Lévesque', 'mathieu@coachingboreal.example')
    cal = ('Calendly', 'notifications@calendly.com')
    ev_name = 'Simulation d\'entrevue – Big 4 / cabinets comptables (60 min)'
    inv = uuid_from(cid + 'inv')
    zoom = f'https://us06web.zoom.us/j/8{digits(cid, 10)}'
    subject = f'Confirmed: {ev_name} with {ml[0]} on Thursday, April 16, 2026'
    text = f"""Hi {OWNER_NAME},

Your {ev_name} with {ml[0]} at 7:00pm (Eastern Time - US & Canada) on Thursday, April 16, 2026 is scheduled.

Event Type:
{ev_name}

Event Date/Time:
7:00pm - 8:00pm (Eastern Time - US & Canada) on Thursday, April 16, 2026

Location:
{zoom}

Payment:
95,00 $ CAD (paid by card)

Description:
Séance de pratique d'entrevue comportementale et technique, avec rétroaction écrite dans les 48 heures. Idéal avant une entrevue en cabinet : méthode STAR, questions de cas en certification et en fiscalité. Coaching Carrière Boréal n'est ni un employeur ni une agence de placement.

Questions:
Quel type de poste visez-vous?
Directrice / Senior Manager en cabinet, services-conseils ou fiscalité.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{inv}
Reschedule: https://calendly.com/reschedulings/{inv}

Powered by Calendly.com
"""
    ics_text = ical(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//Calendly Scheduling//EN',
                     'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT', f'DTSTAMP:{ics_utc(sent)}',
                     f'UID:{inv}@calendly.com', f'DTSTART:{ics_utc(st)}', f'DTEND:{ics_utc(en)}',
                     f'SUMMARY:{esc(ev_name + " between " + ml[0] + " and " + OWNER_NAME)}',
                     f'DESCRIPTION:{esc("Event Name: " + ev_name + chr(10) + "Location: " + zoom)}',
                     f'LOCATION:{zoom}', f'ORGANIZER;CN={ml[0]}:mailto:{ml[1]}',
                     f'ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}',
                     'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    root = multi('mixed', hx(cid + 'mx', 60), [
        multi('alternative', hx(cid + 'al', 60), [leaf('text/plain', text, 'quoted-printable'),
                                                  leaf('text/html', to_html(text, 'Helvetica, Arial, sans-serif', '15px'),
                                                       'quoted-printable')]),
        attachment('text/calendar; charset="utf-8"; method=REQUEST', 'invite.ics', ics_text)])
    h = base_headers(sent.astimezone(UTC), cal, [(OWNER_NAME, OWNER)], subject,
                     f'<{alnum(cid + "m", 22)}@geopod-ismtpd-{digits(cid, 2)}>', cid, 'o1.sg.calendly.com',
                     '198.51.100.140', reply_to=ml, return_path=f'bounces+{digits(cid + "r", 7)}@em.calendly.com',
                     extra=[('X-Entity-ID', alnum(cid + 'ent', 22))])
    lab = label([], 'hard', 'negative/mock-interview',
                'Paid mock interview ("simulation d\'entrevue") booked through Calendly with a career coach who states '
                'he is not an employer. Same Calendly template as a real recruiter screen.')
    return cid, {'01-calendly-confirmed-simulation.eml': message(h, root)}, lab


@case
def c22():
    cid = 'b150-22-workday-offer-orientation'
    sent = at(ET, 2026, 4, 16, 14, 22, 40, 'Thursday')
    at(ET, 2026, 4, 24, weekday='Friday')
    st = at(ET, 2026, 5, 4, 8, 30, weekday='Monday')
    en = at(ET, 2026, 5, 4, 12, 0)
    wd = ('Laurentian Rail Logistics', 'laurentianrail@myworkday.com')
    role = 'Senior Accountant, Revenue & Billing'
    subject = f'Your Offer from Laurentian Rail Logistics - {role} (R-26-1183)'
    text = f"""Hello Émilie,

Congratulations! Thank you for the time you spent with our team during the interview process. We are delighted to offer you the position of {role} at Laurentian Rail Logistics Inc.

Your offer letter is available in Workday. Please review and respond by Friday, April 24, 2026 at 5:00 PM EDT:
https://wd3.myworkday.com/laurentianrail/d/inst/{digits(cid, 6)}$1234/rel-task/2997$8801.htmld

Proposed start date: Monday, May 4, 2026
New hire orientation: 8:30 AM - 12:00 PM, 1100, rue De La Gauchetière Ouest, 15th floor, Montréal (a tentative calendar hold is attached for your convenience)

If you have questions about your offer, please contact Amélie Fortin, Talent Acquisition Partner, at amelie.fortin@laurentianrail.example.

Welcome aboard!
Laurentian Rail Logistics - Talent Acquisition

This message was sent from an unmonitored mailbox. Please do not reply.
"""
    ics_text = ical([
        'BEGIN:VCALENDAR', 'PRODID:-//Workday Inc.//Onboarding//EN', 'VERSION:2.0', 'METHOD:PUBLISH',
        'BEGIN:VEVENT', f'UID:ONBOARD-{hx(cid, 20, True)}@myworkday.com', f'DTSTAMP:{ics_utc(sent)}',
        f'DTSTART:{ics_utc(st)}', f'DTEND:{ics_utc(en)}',
        f'SUMMARY:{esc("New Hire Orientation - Laurentian Rail Logistics (tentative - pending offer acceptance)")}',
        f'DESCRIPTION:{esc("Day 1 orientation for new hires. Bring photo ID and a void cheque for payroll.")}',
        f'LOCATION:{esc("1100, rue De La Gauchetière Ouest, 15th floor, Montréal")}',
        f'ORGANIZER;CN=Laurentian Rail Logistics:mailto:{wd[1]}', 'STATUS:TENTATIVE', 'TRANSP:OPAQUE',
        'END:VEVENT', 'END:VCALENDAR'])
    root = multi('mixed', f'----=_Part_{digits(cid, 7)}_{digits(cid + "b", 9)}.{digits(cid + "c", 13)}', [
        multi('alternative', f'----=_Part_{digits(cid + "d", 7)}_{digits(cid + "e", 9)}.{digits(cid + "f", 13)}', [
            leaf('text/plain', text), leaf('text/html', to_html(text, 'Helvetica, Arial, sans-serif', '14px'))]),
        attachment('text/calendar; charset="UTF-8"; method=PUBLISH', 'Orientation.ics', ics_text)])
    h = base_headers(sent.astimezone(UTC), wd, [(OWNER_NAME, OWNER)], subject,
                     f'<{digits(cid + "m", 9)}.{digits(cid + "n", 5)}.{digits(cid + "o", 13)}.JavaMail.wdprod@wd3-prod-mail>',
                     cid, 'mail-out3.myworkday.com', '198.51.100.23', return_path='bounce-wd3@myworkday.com',
                     extra=[('X-Workday-Tenant', 'laurentianrail'), ('Auto-Submitted', 'auto-generated')])
    lab = label([], 'medium', 'negative/offer-onboarding',
                'Workday offer notification with a first-day orientation hold (.ics). Offers and onboarding events '
                'are not interviews; "during the interview process" refers to the past.')
    return cid, {'01-workday-offer.eml': message(h, root)}, lab


# ==============================================================================================
def main():
    for old in sorted(HERE.glob('b150-*')):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        cid, files, lab = fn()
        assert cid.startswith(f'b150-{i:02d}-'), cid
        d = HERE / cid
        d.mkdir()
        for name, data in sorted(files.items()):
            assert name[:3] in {f'{k:02d}-' for k in range(1, 10)}, name
            (d / name).write_bytes(data)
        labels[cid] = lab
    with open(HERE / 'labels.yaml', 'w', encoding='utf-8') as f:
        f.write('# blind150 labels (generated by make_cases.py; schema: shared eval README)\n')
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    npos = sum(1 for v in labels.values() if v['interview'])
    nint = sum(len(v['interviews']) for v in labels.values())
    ncan = sum(1 for v in labels.values() for x in v['interviews'] if x['status'] == 'cancelled')
    print(f'{len(labels)} cases, {npos} positive, {len(labels) - npos} negative, '
          f'{nint} interviews ({nint - ncan} scheduled, {ncan} cancelled)')


if __name__ == '__main__':
    main()
