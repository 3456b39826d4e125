#!/usr/bin/env python3
"""Regenerate the blind248 evaluation cases (written blind, synthetic).

Theme: a Helsinki-based game developer (Sanni Heikkilä) applying to studios in
Helsinki, Espoo, Oslo, Stockholm and to a remote US studio.  Finnish, Norwegian
Bokmål and English mail; Teamtailor and Recruitee ATS mail, Google Calendar
invites, Exchange invites, a standalone .ics and Calendar API events.

Standard library + PyYAML + zoneinfo only.  Deterministic: running it twice
produces byte-identical output (fixed dates, ids and boundaries).
"""
import base64
import hashlib
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
PREFIX = 'b248'

OWNER = 'sanni.heikkila@example.com'
OWNER_NAME = 'Sanni Heikkilä'
OWNER_PHONE = '+358 40 555 0142'

HEL = ZoneInfo('Europe/Helsinki')
OSL = ZoneInfo('Europe/Oslo')
STO = ZoneInfo('Europe/Stockholm')
LAX = ZoneInfo('America/Los_Angeles')
UTC = timezone.utc

# ----------------------------------------------------------------------------
# time helpers
# ----------------------------------------------------------------------------
WEEKDAYS = {
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'fi': ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
    'no': ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
}
FI_WD_ABBR = ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su']
NO_WD_ABBR = ['man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn']
EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
EN_MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
            'September', 'October', 'November', 'December']
FI_MONTH_GEN = ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta',
                'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta']
NO_MONTH = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september',
            'oktober', 'november', 'desember']
NO_MON = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des']


def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that the weekday named in the text is right; return the name."""
    for lang, names in WEEKDAYS.items():
        if name.lower() == names[dt.weekday()].lower():
            return name
    raise AssertionError('%s is not a %s' % (dt.isoformat(), name))


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local_stamp(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def tok(seed, n=16):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def tok_b32(seed, n=26):
    raw = hashlib.sha256(seed.encode('utf-8')).digest()
    return base64.b32encode(raw).decode('ascii').lower().rstrip('=')[:n]


# ----------------------------------------------------------------------------
# MIME helpers (messages are written by hand so every byte is deterministic)
# ----------------------------------------------------------------------------

def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset='utf-8')


def hdr(text):
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        return Header(text, 'utf-8').encode(maxlinelen=76)


def enc_body(data, cte):
    if isinstance(data, str):
        data = data.encode('utf-8')
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    return data.decode('utf-8')


def leaf(ctype, text, cte='quoted-printable', charset='UTF-8', params='', extra=()):
    head = 'Content-Type: %s' % ctype
    if charset:
        head += '; charset="%s"' % charset
    head += params
    lines = [head, 'Content-Transfer-Encoding: %s' % cte] + list(extra)
    body = enc_body(text, cte)
    if not body.endswith('\n'):
        body += '\n'
    return '\n'.join(lines) + '\n\n' + body


def multi(sub, boundary, parts, preamble=''):
    out = 'Content-Type: multipart/%s; boundary="%s"\n\n' % (sub, boundary)
    if preamble:
        out += preamble + '\n'
    for p in parts:
        out += '--%s\n%s\n' % (boundary, p)
    out += '--%s--\n' % boundary
    return out


def gboundary(seed):
    return '000000000000' + tok(seed, 12)


def received(host, ip, dt, seed):
    return ('Received: from %s (%s [%s])\n'
            '        by mx1.example.com (Postfix) with ESMTPS id %s\n'
            '        for <%s>; %s' % (host, host, ip, tok(seed, 10).upper(), OWNER,
                                      rfc((dt + timedelta(seconds=2)).astimezone(HEL))))


def message(*, date, frm, to, subject, msgid, body, host, ip, return_path, reply_to=None, cc=None,
            in_reply_to=None, references=None, extra=(), delivered_to=OWNER):
    h = ['Delivered-To: %s' % delivered_to,
         received(host, ip, date, msgid),
         'Return-Path: <%s>' % return_path]
    h += list(extra)
    h += ['Date: %s' % rfc(date),
          'From: %s' % frm,
          'To: %s' % to]
    if cc:
        h.append('Cc: %s' % cc)
    if reply_to:
        h.append('Reply-To: %s' % reply_to)
    h.append('Subject: %s' % hdr(subject))
    h.append('Message-ID: %s' % msgid)
    if in_reply_to:
        h.append('In-Reply-To: %s' % in_reply_to)
    if references:
        h.append('References: %s' % references)
    h.append('MIME-Version: 1.0')
    return '\n'.join(h) + '\n' + body


def text_to_html(text, font='Arial,Helvetica,sans-serif'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(html.escape(l, quote=False) for l in p.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>\n'
            % (font, '\n'.join(out)))


def gmail_html(new_text, quote_header=None, quoted_html=None):
    body = '<div dir="ltr">' + '<br>'.join(
        html.escape(l, quote=False) if l else '' for l in new_text.strip('\n').split('\n')) + '</div>'
    if quote_header:
        body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
                 'solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                 % (html.escape(quote_header, quote=False), quoted_html))
    return body + '\n'


def quote(text):
    return '\n'.join(('>' + (' ' + l if l and not l.startswith('>') else l)) for l in text.strip('\n').split('\n'))


# ----------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------

def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    out, cur, size, limit = [], '', 0, 75
    for ch in line:
        b = len(ch.encode('utf-8'))
        if size + b > limit:
            out.append(cur)
            cur, size, limit = ' ', 1, 75
        cur += ch
        size += b
    out.append(cur)
    return '\r\n'.join(out)


def ics(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def cn(name):
    if any(c in name for c in ':;,'):
        return '"%s"' % name
    return name


def attendee(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp='TRUE', cutype='INDIVIDUAL',
             google=False):
    if google:
        return ('ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s'
                % (cutype, role, partstat, rsvp, cn(name or email), email))
    return ('ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s'
            % (cutype, role, partstat, rsvp, cn(name or email), email))


def vtz_olson(tzid):
    """VTIMEZONE as ATS vendors export it (Olson TZID, yearly rules)."""
    rules = {
        'Europe/Helsinki': ('+0200', '+0300', 'EET', 'EEST', '19700329T030000', '19701025T040000'),
        'Europe/Oslo': ('+0100', '+0200', 'CET', 'CEST', '19700329T020000', '19701025T030000'),
        'Europe/Stockholm': ('+0100', '+0200', 'CET', 'CEST', '19700329T020000', '19701025T030000'),
    }
    std, dst, stdn, dstn, dstart_d, dstart_s = rules[tzid]
    return ['BEGIN:VTIMEZONE', 'TZID:%s' % tzid, 'X-LIC-LOCATION:%s' % tzid,
            'BEGIN:DAYLIGHT', 'TZOFFSETFROM:%s' % std, 'TZOFFSETTO:%s' % dst, 'TZNAME:%s' % dstn,
            'DTSTART:%s' % dstart_d, 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', 'TZOFFSETFROM:%s' % dst, 'TZOFFSETTO:%s' % std, 'TZNAME:%s' % stdn,
            'DTSTART:%s' % dstart_s, 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
            'END:VTIMEZONE']


def vtz_windows(tzid):
    """VTIMEZONE as Exchange/Outlook writes it (Windows TZID)."""
    rules = {
        'W. Europe Standard Time': ('+0100', '+0200', '030000', '020000'),
        'FLE Standard Time': ('+0200', '+0300', '040000', '030000'),
    }
    std, dst, std_at, dst_at = rules[tzid]
    return ['BEGIN:VTIMEZONE', 'TZID:%s' % tzid,
            'BEGIN:STANDARD', 'DTSTART:16010101T%s' % std_at, 'TZOFFSETFROM:%s' % dst,
            'TZOFFSETTO:%s' % std, 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T%s' % dst_at, 'TZOFFSETFROM:%s' % std,
            'TZOFFSETTO:%s' % dst, 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
            'END:VTIMEZONE']


# ----------------------------------------------------------------------------
# Google Calendar invitation e-mail
# ----------------------------------------------------------------------------
GC = {
    'en': dict(invitation='Invitation', updated='Updated invitation', canceled='Canceled event',
               join='Join with Google Meet', organizer='Organizer', guests='Guests', org_word='organizer',
               view='View all guest info', reply='Reply for %s and view more details',
               footer='Invitation from Google Calendar', why='You are receiving this email because you are '
               'an attendee on the event.', fwd='Forwarding this invitation could allow any recipient to '
               'send a response to the organizer, be added to the guest list, invite others regardless of '
               'their own invitation status, or modify your RSVP. Learn more',
               changed='This event has been updated', changed_what='Changed: time',
               optional='optional'),
    'fi': dict(invitation='Kutsu', updated='Päivitetty kutsu', canceled='Peruttu tapahtuma',
               join='Liity Google Meetillä', organizer='Järjestäjä', guests='Vieraat', org_word='järjestäjä',
               view='Näytä kaikkien vieraiden tiedot', reply='Vastaa osoitteelle %s ja katso lisätietoja',
               footer='Google Kalenterin kutsu', why='Saat tämän sähköpostiviestin, koska olet tapahtuman '
               'osallistuja.', fwd='Tämän kutsun edelleenlähettäminen voi antaa vastaanottajalle '
               'mahdollisuuden vastata järjestäjälle, lisätä itsensä vieraslistalle, kutsua muita tai '
               'muuttaa vastaustasi. Lue lisää',
               changed='Tätä tapahtumaa on muutettu', changed_what='Muutettu: aika', optional='valinnainen'),
    'no': dict(invitation='Invitasjon', updated='Oppdatert invitasjon', canceled='Avlyst aktivitet',
               join='Bli med i Google Meet', organizer='Arrangør', guests='Gjester', org_word='arrangør',
               view='Se all gjesteinformasjon', reply='Svar for %s og se flere detaljer',
               footer='Invitasjon fra Google Kalender', why='Du mottar denne e-posten fordi du er gjest på '
               'aktiviteten.', fwd='Hvis du videresender denne invitasjonen, kan mottakerne svare '
               'arrangøren, bli lagt til på gjestelisten, invitere andre eller endre svaret ditt. Finn ut mer',
               changed='Denne aktiviteten er oppdatert', changed_what='Endret: tidspunkt',
               optional='valgfri'),
}


def en_time(dt):
    h12 = dt.hour % 12 or 12
    ap = 'am' if dt.hour < 12 else 'pm'
    return ('%d%s' % (h12, ap)) if dt.minute == 0 else ('%d:%02d%s' % (h12, dt.minute, ap))


def gc_when(lang, start, end):
    """(subject fragment, body line) the way Google renders them."""
    if lang == 'en':
        subj = '%s %s %d, %d %s - %s (%s)' % (WEEKDAYS['en'][start.weekday()][:3], EN_MON[start.month - 1],
                                              start.day, start.year, en_time(start), en_time(end),
                                              start.tzname())
        body = '%s %s %d, %d \u22c5 %s \u2013 %s' % (WEEKDAYS['en'][start.weekday()], EN_MON[start.month - 1],
                                                   start.day, start.year, en_time(start), en_time(end))
    elif lang == 'fi':
        subj = '%s %d.%d.%d %d.%02d - %d.%02d (%s)' % (FI_WD_ABBR[start.weekday()], start.day, start.month,
                                                     start.year, start.hour, start.minute, end.hour,
                                                     end.minute, start.tzname())
        body = '%s %d. %s %d \u22c5 %d.%02d\u2013%d.%02d' % (WEEKDAYS['fi'][start.weekday()], start.day,
                                                            FI_MONTH_GEN[start.month - 1], start.year,
                                                            start.hour, start.minute, end.hour, end.minute)
    else:
        subj = '%s. %d. %s. %d %02d:%02d - %02d:%02d (%s)' % (NO_WD_ABBR[start.weekday()], start.day,
                                                            NO_MON[start.month - 1], start.year, start.hour,
                                                            start.minute, end.hour, end.minute,
                                                            start.tzname())
        body = '%s %d. %s %d \u22c5 %02d:%02d\u2013%02d:%02d' % (WEEKDAYS['no'][start.weekday()], start.day,
                                                                NO_MONTH[start.month - 1], start.year,
                                                                start.hour, start.minute, end.hour,
                                                                end.minute)
    return subj, body


def google_invite(*, lang, organizer, guests, title, start, end, tz_line, description, sent, uid_seed,
                  seq=0, updated=False, meet=None, location='', created=None, method='REQUEST'):
    L = GC[lang]
    org_name, org_email = organizer
    uid = tok_b32(uid_seed, 26) + '@google.com'
    eid = base64.urlsafe_b64encode(('%s %s' % (uid.split('@')[0], OWNER)).encode()).decode().rstrip('=')
    view = 'https://calendar.google.com/calendar/event?action=VIEW&eid=%s' % eid
    subj_when, body_when = gc_when(lang, start, end)
    if method == 'CANCEL':
        kind = L['canceled']
    else:
        kind = L['updated'] if updated else L['invitation']
    subject = '%s: %s @ %s (%s)' % (kind, title, subj_when, OWNER)

    txt = []
    if updated:
        txt += [L['changed'], L['changed_what'], '']
    txt += [title, body_when, tz_line, '']
    if location:
        txt += [location, '']
    if meet:
        txt += [L['join'], meet, '']
    txt += [L['organizer'], org_name, org_email, '', L['guests'], '%s - %s' % (org_name, L['org_word']),
            org_email]
    for g in guests:
        if g[1] == org_email:
            continue
        txt += [g[0]] if g[0] and g[0] != g[1] else []
        txt += [g[1]]
    txt += ['%s %s' % (L['view'], view), '']
    if description:
        txt += [description.strip('\n'), '']
    txt += [L['reply'] % OWNER + ' ' + view, '', '', '~~//~~',
            '%s: https://calendar.google.com/calendar/' % L['footer'], '', L['why'], '',
            L['fwd'] + ' https://support.google.com/calendar/answer/37135#forwarding']
    plain = '\n'.join(txt) + '\n'
    html_body = text_to_html(plain, font='Roboto,Helvetica,Arial,sans-serif')

    desc_ics = description.strip('\n')
    if meet:
        desc_ics += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
                     '\n%s: %s\n\nPlease do not edit this section.\n'
                     '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
                     % (L['join'], meet))
    created = created or sent
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', 'METHOD:%s' % method, 'BEGIN:VEVENT',
           'DTSTART:%s' % zstamp(start), 'DTEND:%s' % zstamp(end), 'DTSTAMP:%s' % zstamp(sent),
           'ORGANIZER;CN=%s:mailto:%s' % (cn(org_name), org_email), 'UID:%s' % uid]
    for g in guests:
        name, email, partstat = g[0], g[1], g[2]
        role = g[3] if len(g) > 3 else 'REQ-PARTICIPANT'
        cal.append(attendee(name or email, email, partstat, role=role, google=True))
    if meet:
        cal.append('X-GOOGLE-CONFERENCE:%s' % meet)
    cal += ['CREATED:%s' % zstamp(created), 'DESCRIPTION:%s' % ics_escape(desc_ics),
            'LAST-MODIFIED:%s' % zstamp(sent), 'LOCATION:%s' % ics_escape(location),
            'SEQUENCE:%d' % seq, 'STATUS:%s' % ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED'),
            'SUMMARY:%s' % ics_escape(title), 'TRANSP:OPAQUE']
    if method != 'CANCEL':
        cal += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                'TRIGGER:-P0DT0H10M0S', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    ical = ics(cal)

    b_mixed = gboundary(uid_seed + 'mixed%d' % seq)
    b_alt = gboundary(uid_seed + 'alt%d' % seq)
    alt = multi('alternative', b_alt, [
        leaf('text/plain', plain, 'base64', params='; format=flowed; delsp=yes'),
        leaf('text/html', html_body, 'quoted-printable'),
        leaf('text/calendar', ical, 'base64', params='; method=%s' % method),
    ])
    att_name = 'invite.ics'
    body = multi('mixed', b_mixed, [
        alt,
        leaf('application/ics', ical, 'base64', charset=None, params='; name="%s"' % att_name,
             extra=['Content-Disposition: attachment; filename="%s"' % att_name]),
    ])
    msgid = '<calendar-%s-%s-%s-%s-%s@google.com>' % (tok(uid_seed + str(seq), 8), tok(uid_seed + 'b' + str(seq), 4),
                                                  tok(uid_seed + 'c' + str(seq), 4),
                                                  tok(uid_seed + 'd' + str(seq), 4),
                                                  tok(uid_seed + 'e' + str(seq), 12))
    return message(date=sent, frm=addr(org_name, org_email), to=OWNER, subject=subject, msgid=msgid,
                   body=body, host='mail-sor-f41.google.com', ip='209.85.220.41',
                   return_path='%s@calendar-server.bounces.google.com' % tok_b32(uid_seed + 'rp' + str(seq), 20),
                   reply_to=addr(org_name, org_email),
                   extra=['Sender: Google Calendar <calendar-notification@google.com>'])


# ----------------------------------------------------------------------------
# generic senders
# ----------------------------------------------------------------------------

def human_mail(*, date, frm_name, frm_email, subject, text, msgid, host, ip, quote_header=None, quoted=None,
               in_reply_to=None, references=None, cc=None, cte='quoted-printable', mailer=None, to=None):
    """A person writing from a Gmail-like/Workspace client: multipart/alternative."""
    full = text.strip('\n') + '\n'
    qhtml = None
    if quote_header:
        full += '\n' + quote_header + '\n' + quote(quoted) + '\n'
        qhtml = '<br>'.join(html.escape(l, quote=False) for l in quoted.strip('\n').split('\n'))
    hbody = gmail_html(text, quote_header, qhtml)
    b = gboundary(msgid + 'alt')
    body = multi('alternative', b, [leaf('text/plain', full, cte), leaf('text/html', hbody, 'quoted-printable')])
    extra = []
    if mailer:
        extra.append(mailer)
    return message(date=date, frm=addr(frm_name, frm_email), to=to or addr(OWNER_NAME, OWNER), subject=subject,
                   msgid=msgid, body=body, host=host, ip=ip, return_path=frm_email, cc=cc,
                   in_reply_to=in_reply_to, references=references, extra=extra)


def ats_mail(*, vendor, date, frm_name, frm_email, subject, text, msgid, reply_to=None, ics_text=None,
             ics_name='invite.ics', ics_method='REQUEST', html_text=None):
    """Teamtailor / Recruitee style notification: text + HTML, optional .ics attachment."""
    if vendor == 'teamtailor':
        host, ip, rp = 'o12.email.teamtailor.com', '198.51.100.23', 'bounces+%s@email.teamtailor.com' % tok(msgid, 8)
        extra = ['X-Mailer: Teamtailor', 'Auto-Submitted: auto-generated',
                 'List-Unsubscribe: <https://app.teamtailor.com/unsubscribe/%s>' % tok(msgid + 'u', 20)]
    else:
        host, ip, rp = 'mta-12.mail.recruitee.com', '198.51.100.77', 'bounce-%s@mail.recruitee.com' % tok(msgid, 10)
        extra = ['X-Mailer: Recruitee', 'Auto-Submitted: auto-generated']
    hbody = html_text or text_to_html(text)
    alt = multi('alternative', 'alt_' + tok(msgid + 'a', 24), [leaf('text/plain', text, 'quoted-printable'),
                                                              leaf('text/html', hbody, 'quoted-printable')])
    if ics_text:
        body = multi('mixed', 'mix_' + tok(msgid + 'm', 24), [
            alt,
            leaf('text/calendar', ics_text, 'base64', params='; method=%s; name="%s"' % (ics_method, ics_name),
                 extra=['Content-Disposition: attachment; filename="%s"' % ics_name]),
        ])
    else:
        body = alt
    return message(date=date, frm=addr(frm_name, frm_email), to=addr(OWNER_NAME, OWNER), subject=subject,
                   msgid=msgid, body=body, host=host, ip=ip, return_path=rp, reply_to=reply_to, extra=extra)


def outlook_invite(*, date, org_name, org_email, subject, text, tzid, start, end, uid, seq, method, msgid,
                   location, attendees, host, ip, importance=None, thread_seed='', lang='en-US'):
    """Exchange Online meeting request/cancellation: multipart/alternative with text/calendar."""
    tzw = vtz_windows(tzid)
    cal = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    cal += tzw
    cal += ['BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % (cn(org_name), org_email)]
    for a in attendees:
        cal.append(attendee(a[0], a[1], a[2], role=a[3] if len(a) > 3 else 'REQ-PARTICIPANT'))
    cal += ['DESCRIPTION;LANGUAGE=%s:%s' % (lang, ics_escape(text.strip('\n'))),
            'UID:%s' % uid,
            'SUMMARY;LANGUAGE=%s:%s' % (lang, ics_escape(subject.split(': ', 1)[-1] if method == 'CANCEL'
                                                     else subject)),
            'DTSTART;TZID=%s:%s' % (tzid, local_stamp(start)),
            'DTEND;TZID=%s:%s' % (tzid, local_stamp(end)),
            'CLASS:PUBLIC', 'PRIORITY:%d' % (1 if method == 'CANCEL' else 5),
            'DTSTAMP:%s' % zstamp(date), 'TRANSP:%s' % ('TRANSPARENT' if method == 'CANCEL' else 'OPAQUE'),
            'STATUS:%s' % ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED'),
            'SEQUENCE:%d' % seq, 'LOCATION;LANGUAGE=%s:%s' % (lang, ics_escape(location)),
            'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq,
            'X-MICROSOFT-CDO-OWNERAPPTID:%d' % (int(tok(uid, 7), 16)),
            'X-MICROSOFT-CDO-BUSYSTATUS:%s' % ('FREE' if method == 'CANCEL' else 'TENTATIVE'),
            'X-MICROSOFT-CDO-INTENDEDSTATUS:%s' % ('FREE' if method == 'CANCEL' else 'BUSY'),
            'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
            'X-MICROSOFT-CDO-IMPORTANCE:%d' % (2 if method == 'CANCEL' else 1),
            'X-MICROSOFT-CDO-INSTTYPE:0',
            'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
            'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
            'X-MICROSOFT-LOCATIONDISPLAYNAME:%s' % ics_escape(location)]
    if method != 'CANCEL':
        cal += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
                'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    ical = ics(cal)
    hbody = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
             '<body>\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
             'font-size: 12pt;">\n' + '<br>\n'.join(html.escape(l, quote=False) for l in text.strip('\n').split('\n'))
             + '\n</div>\n</body>\n</html>\n')
    b = '_000_%s_' % tok(msgid + 'b', 32).upper()
    body = multi('alternative', b, [
        leaf('text/plain', text, 'quoted-printable'),
        leaf('text/html', hbody, 'quoted-printable'),
        leaf('text/calendar', ical, 'base64', params='; method=%s' % method),
    ])
    tindex = base64.b64encode(bytes.fromhex(tok(thread_seed or uid, 44))).decode()
    extra = ['Thread-Topic: %s' % hdr(subject.split(': ', 1)[-1] if method == 'CANCEL' else subject),
             'Thread-Index: %s' % tindex,
             'Content-Language: %s' % lang,
             'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:',
             'X-MS-Exchange-Organization-SCL: 1']
    if importance:
        extra.append('Importance: %s' % importance)
    return message(date=date, frm=addr(org_name, org_email), to=addr(OWNER_NAME, OWNER), subject=subject,
                   msgid=msgid, body=body, host=host, ip=ip, return_path=org_email, extra=extra)


def gcal_event(**fields):
    return json.dumps(fields, indent=2, ensure_ascii=False) + '\n'


# ----------------------------------------------------------------------------
# case registry
# ----------------------------------------------------------------------------
CASES = []   # (case_id, {filename: content}, label)


def case(num, slug, files, label):
    cid = '%s-%02d-%s' % (PREFIX, num, slug)
    CASES.append((cid, files, label))


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers),
            'followup_recipients': list(recipients), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


# ============================================================================
# POSITIVE CASES
# ============================================================================

def c01():
    """Teamtailor (Finnish): application receipt, then technical interview invite with .ics."""
    dom = 'revontuligames.example'
    laura = ('Laura Nieminen', 'laura.nieminen@' + dom)
    mikko = ('Mikko Salo', 'mikko.salo@' + dom)
    role = 'Gameplay Programmer (Unreal Engine)'
    d1 = T(HEL, 2026, 9, 28, 9, 12, 41)
    wd(d1, 'maanantai')
    m1 = ats_mail(vendor='teamtailor', date=d1, frm_name='Revontuli Games', frm_email='no-reply@teamtailor.com',
                  subject='Kiitos hakemuksestasi – %s' % role,
                  msgid='<%s@teamtailor.com>' % tok('c01m1', 24),
                  text=('Hei Sanni,\n\n'
                        'kiitos hakemuksestasi Revontuli Gamesin %s -tehtävään! Olemme vastaanottaneet '
                        'hakemuksesi, ja käymme hakemuksia läpi lokakuun alkupuolella.\n\n'
                        'Otamme sinuun yhteyttä, kun valintaprosessi etenee. Voit tarkastella hakemustasi ja '
                        'päivittää tietojasi täällä:\n'
                        'https://revontuligames.teamtailor.com/connect/applications/%s\n\n'
                        'Aurinkoisin terveisin\n'
                        'Revontuli Gamesin rekrytiimi\n\n'
                        '--\n'
                        'Tämä viesti on lähetetty automaattisesti, eikä siihen voi vastata.\n' % (role, tok('c01app', 10))))
    d2 = T(HEL, 2026, 10, 7, 14, 3, 12)
    wd(d2, 'keskiviikko')
    s = T(HEL, 2026, 10, 13, 14, 0)
    e = T(HEL, 2026, 10, 13, 15, 0)
    wd(s, 'tiistai')
    assert s.utcoffset() == timedelta(hours=3)
    meet = 'https://meet.google.com/rvg-kqtd-mwa'
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Teamtailor//Interview//EN', 'CALSCALE:GREGORIAN',
               'METHOD:REQUEST'] + vtz_olson('Europe/Helsinki') + [
        'BEGIN:VEVENT', 'UID:tt-interview-%s@teamtailor.com' % tok('c01uid', 20), 'SEQUENCE:0',
        'DTSTAMP:%s' % zstamp(d2),
        'DTSTART;TZID=Europe/Helsinki:%s' % local_stamp(s), 'DTEND;TZID=Europe/Helsinki:%s' % local_stamp(e),
        'SUMMARY:%s' % ics_escape('Tekninen haastattelu: Sanni Heikkilä / %s' % role),
        'DESCRIPTION:%s' % ics_escape('Tekninen haastattelu – Revontuli Games\n\nHaastattelija: Mikko Salo '
                                      '(Lead Gameplay Programmer)\nGoogle Meet: %s' % meet),
        'LOCATION:%s' % meet,
        'ORGANIZER;CN=%s:mailto:%s' % laura,
        attendee(mikko[0], mikko[1], 'ACCEPTED', rsvp='FALSE'),
        attendee(OWNER_NAME, OWNER, 'NEEDS-ACTION'),
        'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    m2 = ats_mail(vendor='teamtailor', date=d2, frm_name='Laura Nieminen | Revontuli Games',
                  frm_email='no-reply@teamtailor.com',
                  reply_to='reply+%s@inbound.teamtailor.com' % tok('c01reply', 18),
                  subject='Haastattelukutsu: %s – Revontuli Games' % role,
                  msgid='<%s@teamtailor.com>' % tok('c01m2', 24), ics_text=cal, ics_name='haastattelu.ics',
                  text=('Hei Sanni,\n\n'
                        'kiitos hakemuksestasi! Hakemuksesi ja portfoliosi herättivät kiinnostuksemme, ja '
                        'haluaisimme kutsua sinut tekniseen haastatteluun.\n\n'
                        'Aika: %s 13.10.2026 klo 14.00–15.00 (Suomen aikaa)\n'
                        'Paikka: Google Meet – %s\n'
                        'Haastattelija: Mikko Salo, Lead Gameplay Programmer\n\n'
                        'Haastattelussa käydään läpi Unreal-kokemustasi ja portfoliosi gameplay-projekteja, ja '
                        'lopuksi katsomme yhdessä lyhyen koodinpätkän. Etukäteen ei tarvitse valmistella mitään.\n\n'
                        'Kalenterikutsu on tämän viestin liitteenä. Jos aika ei sovi, vastaa tähän viestiin, niin '
                        'etsitään uusi.\n\n'
                        'Ystävällisin terveisin\n'
                        'Laura Nieminen\n'
                        'Talent Acquisition Partner\n'
                        'Revontuli Games Oy\n'
                        'laura.nieminen@revontuligames.example | +358 50 555 0187\n'
                        'Keilaniementie 4, 02150 Espoo\n' % (wd(s, 'tiistai') + 'na', meet)))
    case(1, 'teamtailor-tekninen-haastattelu',
         {'01-kiitos-hakemuksestasi.eml': m1, '02-haastattelukutsu-revontuli.eml': m2},
         label([iv('Revontuli Games', role, s, e, 'scheduled', [mikko[1]], [mikko[1]], 'technical')],
               'easy', 'positive/ats-email-with-ics',
               'Teamtailor receipt ("Kiitos hakemuksestasi") then a Finnish invite "tiistaina 13.10.2026 klo '
               '14.00-15.00" with a Europe/Helsinki .ics (EEST, +03:00). Laura only coordinates; Mikko '
               'conducts. Reply-To is a Teamtailor inbound token, not a person.'))


def c02():
    """Recruitee (English), Stockholm hiring manager, CEST before the EU change."""
    dom = 'ljusglimt.example'
    oskar = ('Oskar Lind', 'oskar.lind@' + dom)
    elin = ('Elin Berg', 'elin.berg@' + dom)
    role = 'Technical Designer'
    d = T(STO, 2026, 10, 13, 16, 40, 5)
    s = T(STO, 2026, 10, 21, 10, 0)
    e = T(STO, 2026, 10, 21, 11, 0)
    assert s.utcoffset() == timedelta(hours=2)
    assert s.astimezone(HEL).hour == 11
    teams = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0' % tok_b32('c02teams', 40)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Recruitee//Interview Scheduler//EN',
               'METHOD:REQUEST'] + vtz_olson('Europe/Stockholm') + [
        'BEGIN:VEVENT', 'UID:recruitee-event-%s@recruitee.com' % tok('c02uid', 16),
        'DTSTAMP:%s' % zstamp(d), 'SEQUENCE:0',
        'DTSTART;TZID=Europe/Stockholm:%s' % local_stamp(s), 'DTEND;TZID=Europe/Stockholm:%s' % local_stamp(e),
        'SUMMARY:%s' % ics_escape('Interview: Sanni Heikkilä – Technical Designer (Ljusglimt Studios)'),
        'DESCRIPTION:%s' % ics_escape('Hiring manager interview with Elin Berg (Design Director).\n\n'
                                      'Microsoft Teams: %s' % teams),
        'LOCATION:Microsoft Teams',
        'ORGANIZER;CN=%s:mailto:%s' % oskar,
        attendee(elin[0], elin[1], 'ACCEPTED'),
        attendee(OWNER_NAME, OWNER, 'NEEDS-ACTION'),
        'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    txt = ('Hi Sanni,\n\n'
           'Thanks for taking the time to talk with us. We would like to invite you to an interview with Elin '
           'Berg, our Design Director and the hiring manager for the Technical Designer role.\n\n'
           'Date: %s, 21 October 2026\n'
           'Time: 10:00 – 11:00 (CEST, Stockholm time)\n'
           'Location: Microsoft Teams (link in the calendar invite)\n'
           'Interviewer: Elin Berg, Design Director\n\n'
           'Elin mostly wants to hear how you have built tools and pipelines for designers, so feel free to '
           'share your screen and show something from Kuurakko.\n\n'
           'A calendar invitation (.ics) is attached. In Helsinki it should show up as 11:00.\n\n'
           'Best,\n'
           'Oskar Lind\n'
           'Talent Acquisition, Ljusglimt Studios AB\n'
           'oskar.lind@ljusglimt.example\n'
           'Götgatan 22, 118 46 Stockholm\n\n'
           '--\n'
           'Sent with Recruitee\n' % wd(s, 'Wednesday'))
    m = ats_mail(vendor='recruitee', date=d, frm_name='Oskar Lind (Ljusglimt Studios)',
                 frm_email='ljusglimt-studios@mail.recruitee.com',
                 reply_to='ljusglimt-studios+c%s@inbound.recruitee.com' % tok('c02r', 12),
                 subject='Interview scheduled – Technical Designer at Ljusglimt Studios',
                 msgid='<%s.%s@mail.recruitee.com>' % (tok('c02m', 20), tok('c02m2', 8)), ics_text=cal,
                 ics_name='interview.ics', text=txt)
    case(2, 'recruitee-stockholm-cest',
         {'01-interview-scheduled-ljusglimt.eml': m},
         label([iv('Ljusglimt Studios', role, s, e, 'scheduled', [elin[1]], [elin[1]], 'hiring_manager')],
               'medium', 'positive/ats-email-with-ics',
               'Recruitee confirmation in Stockholm time (CEST, +02:00, before the 25 Oct EU change); text also '
               'says 11:00 in Helsinki, the label uses the Stockholm instant (same instant). Oskar coordinates.'))


def c03():
    """Norwegian thread, phone screen confirmed with a relative weekday."""
    dom = 'fjordlys.example'
    ingrid = ('Ingrid Solberg', 'ingrid.solberg@' + dom)
    role = 'Gameplay-programmerer (Unity)'
    d1 = T(OSL, 2026, 10, 8, 13, 15, 22)
    wd(d1, 'torsdag')
    o1 = T(OSL, 2026, 10, 14, 10, 0)
    o2 = T(OSL, 2026, 10, 15, 13, 0)
    sig = ('Vennlig hilsen\n'
           'Ingrid Solberg\n'
           'Rekrutterer | Fjordlys Spill AS\n'
           '+47 900 55 123\n'
           'Schweigaards gate 34, 0191 Oslo\n')
    t1 = ('Hei Sanni!\n\n'
          'Takk for søknaden din på stillingen som gameplay-programmerer (Unity) hos oss i Fjordlys Spill. Vi '
          'likte porteføljen din veldig godt – spesielt Kuurakko!\n\n'
          'Jeg vil gjerne ta et kort telefonintervju med deg for å bli litt bedre kjent, høre om erfaringen din '
          'og fortelle mer om teamet og prosjektet vi jobber med. Det tar ca. 30 minutter.\n\n'
          'Passer et av disse tidspunktene?\n'
          '– %s 14. oktober kl. 10:00\n'
          '– %s 15. oktober kl. 13:00\n\n'
          '(Begge tidspunktene er norsk tid.)\n\n' % (wd(o1, 'onsdag'), wd(o2, 'torsdag'))) + sig
    id1 = '<CAF%s@mail.gmail.com>' % tok_b32('c03m1', 40).upper()
    m1 = human_mail(date=d1, frm_name=ingrid[0], frm_email=ingrid[1],
                    subject='Gameplay-programmerer hos Fjordlys – første samtale?', text=t1, msgid=id1,
                    host='mail-sor-f69.google.com', ip='209.85.220.69')
    d_s = T(HEL, 2026, 10, 8, 15, 6, 40)
    id_s = '<CAK%s@mail.gmail.com>' % tok_b32('c03sanni', 40).upper()
    sanni = ('Hi Ingrid,\n\n'
             'Thank you, great to hear from you! Wednesday at 10:00 your time works well for me (that is 11:00 '
             'here in Helsinki), and you can call me on %s.\n\n'
             'Best regards,\n'
             'Sanni\n\n'
             'On Thu, 8 Oct 2026 at 14:15, Ingrid Solberg <%s> wrote:\n' % (OWNER_PHONE, ingrid[1])
             + quote(t1) + '\n')
    assert d1.astimezone(HEL).strftime('%H:%M') == '14:15'
    d2 = T(OSL, 2026, 10, 9, 8, 47, 3)
    wd(d2, 'fredag')
    assert d_s.astimezone(OSL).strftime('%H:%M') == '14:06'
    t2 = ('Hei igjen, Sanni!\n\n'
          'Supert, da sier vi onsdag kl. 10:00 norsk tid. Jeg ringer deg på %s. Hvis noe skulle komme i '
          'veien, er det bare å svare på denne e-posten.\n\n'
          'Snakkes på onsdag!\n\n'
          'Ingrid\n' % OWNER_PHONE)
    m2 = human_mail(date=d2, frm_name=ingrid[0], frm_email=ingrid[1],
                    subject='Re: Gameplay-programmerer hos Fjordlys – første samtale?', text=t2,
                    msgid='<CAF%s@mail.gmail.com>' % tok_b32('c03m2', 40).upper(),
                    host='mail-sor-f69.google.com', ip='209.85.220.69',
                    quote_header='tor. 8. okt. 2026 kl. 14:06 skrev Sanni Heikkilä <%s>:' % OWNER,
                    quoted=sanni, in_reply_to=id_s, references='%s %s' % (id1, id_s))
    # "onsdag" in the 9 Oct message = the next Wednesday = 14 Oct
    s = o1
    assert (s.date() - d2.date()).days == 5
    e = s + timedelta(minutes=30)
    case(3, 'norsk-telefonintervju-trad',
         {'01-forste-samtale-fjordlys.eml': m1, '02-re-forste-samtale-fjordlys.eml': m2},
         label([iv('Fjordlys Spill', role, s, e, 'scheduled', [ingrid[1]], [ingrid[1]], 'phone_screen')],
               'medium', 'positive/thread-propose-confirm',
               'Norwegian Bokmål thread: recruiter offers onsdag 14. oktober kl. 10:00 or torsdag 15. oktober kl. '
               '13:00; the candidate picks Wednesday (quoted, also "11:00 here in Helsinki"); the recruiter '
               'confirms "onsdag kl. 10:00 norsk tid" (CEST +02:00). "ca. 30 minutter" -> end 10:30. The '
               'recruiter conducts the screen.'))


def c04():
    """Google Calendar (Finnish) invite, e-mail asking to move it, updated invite across EU DST end."""
    dom = 'hiisi-interactive.example'
    petri = ('Petri Laine', 'petri.laine@' + dom)
    role = 'Senior Gameplay Programmer'
    title = 'Haastattelu: Sanni Heikkilä – %s' % role
    meet = 'https://meet.google.com/hsi-pkvz-ueo'
    desc = ('Hei Sanni! Tässä kutsu haastatteluun. Juttelemme kokemuksestasi, Hiisin tiimistä ja siitä, '
            'millaista gameplay-kehitystä meillä tehdään. Olen itse rekrytoiva esihenkilö tähän rooliin.\n\n'
            'Petri Laine\nHead of Engineering, Hiisi Interactive')
    d1 = T(HEL, 2026, 10, 16, 11, 2, 9)
    s1 = T(HEL, 2026, 10, 22, 15, 0)
    e1 = T(HEL, 2026, 10, 22, 16, 0)
    wd(s1, 'torstai')
    guests = [(petri[0], petri[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION')]
    m1 = google_invite(lang='fi', organizer=petri, guests=guests, title=title, start=s1, end=e1,
                       tz_line='Itä-Euroopan aika - Helsinki', description=desc, sent=d1, uid_seed='c04event',
                       meet=meet)
    d2 = T(HEL, 2026, 10, 20, 9, 18, 30)
    wd(d2, 'tiistai')
    s = T(HEL, 2026, 10, 27, 15, 0)
    e = T(HEL, 2026, 10, 27, 16, 0)
    wd(s, 'tiistai')
    assert s1.utcoffset() == timedelta(hours=3) and s.utcoffset() == timedelta(hours=2)
    t2 = ('Hei Sanni,\n\n'
          'pahoittelut lyhyellä varoitusajalla – torstaille osui päällekkäin julkaisukatselmointi, jota en '
          'pysty siirtämään. Sopisiko, että siirretään haastattelu ensi viikon tiistaille 27.10. samaan '
          'kellonaikaan eli klo 15.00?\n\n'
          'Huom. kellot siirtyvät sunnuntaina talviaikaan, mutta tarkoitan siis klo 15.00 Suomen aikaa. '
          'Päivitän kalenterikutsun heti, kun vahvistat.\n\n'
          'Terveisin\n'
          'Petri\n\n'
          '--\n'
          'Petri Laine\n'
          'Head of Engineering | Hiisi Interactive Oy\n'
          '%s | +358 45 555 0121\n' % petri[1])
    m2 = human_mail(date=d2, frm_name=petri[0], frm_email=petri[1], subject='Haastattelun siirto torstailta?',
                    text=t2, msgid='<CAH%s@mail.gmail.com>' % tok_b32('c04m2', 40).upper(),
                    host='mail-sor-f73.google.com', ip='209.85.220.73')
    d3 = T(HEL, 2026, 10, 20, 10, 41, 55)
    desc3 = desc.replace('Olen itse', 'Päivitys: siirretty tiistaille 27.10. samaan aikaan, kuten sovimme. '
                         'Olen itse')
    m3 = google_invite(lang='fi', organizer=petri, guests=[(petri[0], petri[1], 'ACCEPTED'),
                                                           (OWNER_NAME, OWNER, 'ACCEPTED')],
                       title=title, start=s, end=e, tz_line='Itä-Euroopan aika - Helsinki', description=desc3,
                       sent=d3, uid_seed='c04event', seq=1, updated=True, meet=meet, created=d1)
    case(4, 'google-siirto-yli-talviajan',
         {'01-kutsu-haastattelu-hiisi.eml': m1, '02-haastattelun-siirto.eml': m2,
          '03-paivitetty-kutsu-hiisi.eml': m3},
         label([iv('Hiisi Interactive', role, s, e, 'scheduled', [petri[1]], [petri[1]], 'hiring_manager')],
               'hard', 'positive/reschedule',
               'Finnish Google invite for to 22.10. 15.00 EEST (12:00Z), hiring manager asks to move to "ensi '
               'viikon tiistaille 27.10. samaan kellonaikaan", updated invite SEQUENCE:1 at 15.00 EET (13:00Z). '
               'Same wall-clock time but the UTC offset changes (+03:00 -> +02:00) because the EU change is on '
               '25 Oct.'))


def c05():
    """Exchange invite with Windows TZID, then METHOD:CANCEL."""
    dom = 'skargardgames.example'
    johan = ('Johan Ekström', 'johan.ekstrom@' + dom)
    role = 'Engine Programmer'
    subject = 'Interview: Engine Programmer – Sanni Heikkilä'
    uid = ('040000008200E00074C5B7101A82E00800000000%s00000000000000001000000%s'
           % (tok('c05uid1', 16).upper(), tok('c05uid2', 32).upper()))
    s = T(STO, 2026, 10, 29, 13, 0)
    e = T(STO, 2026, 10, 29, 14, 0)
    wd(s, 'Thursday')
    assert s.utcoffset() == timedelta(hours=1) and s.astimezone(HEL).hour == 14
    teams = ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22'
             '%%3a%%22%s%%22%%7d' % (tok_b32('c05teams', 44), tok('c05tid', 32)))
    d1 = T(STO, 2026, 10, 21, 10, 22, 47)
    t1 = ('Hi Sanni,\n\n'
          'As discussed with Karin, here is the invite for our interview on Thursday 29 October at 13:00 '
          'Stockholm time (14:00 in Helsinki). I would like to hear about your engine and tools work, and tell '
          'you more about the team and what we are building.\n\n'
          'Best regards,\n'
          'Johan Ekström\n'
          'Engineering Manager, Skärgård Games AB\n\n'
          '________________________________________________________________________________\n'
          'Microsoft Teams meeting\n'
          'Join on your computer, mobile app or room device\n'
          'Click here to join the meeting<%s>\n'
          'Meeting ID: 372 918 446 105\n'
          'Passcode: Xq7mR2\n'
          '________________________________________________________________________________\n' % teams)
    hosts = dict(host='mail-gv3swe01on2112.outbound.protection.outlook.com', ip='40.107.22.112')
    m1 = outlook_invite(date=d1, org_name=johan[0], org_email=johan[1], subject=subject, text=t1,
                        tzid='W. Europe Standard Time', start=s, end=e, uid=uid, seq=0, method='REQUEST',
                        msgid='<GV3P280MB0123%s@GV3P280MB0123.SWEP280.PROD.OUTLOOK.COM>' % tok('c05m1', 20).upper(),
                        location='Microsoft Teams Meeting',
                        attendees=[(OWNER_NAME, OWNER, 'NEEDS-ACTION')], thread_seed='c05thread', **hosts)
    d2 = T(STO, 2026, 10, 26, 9, 5, 13)
    wd(d2, 'Monday')
    assert d2.utcoffset() == timedelta(hours=1)
    t2 = ('Hi Sanni,\n\n'
          'I am sorry to do this, but I have to cancel our interview on Thursday. After last week\'s budget '
          'review we have put the Engine Programmer opening on hold until further notice, and it would not be '
          'fair to take your time before we know more.\n\n'
          'Karin will keep your application on file and get in touch if the role reopens. Again, apologies.\n\n'
          'Best regards,\n'
          'Johan\n')
    m2 = outlook_invite(date=d2, org_name=johan[0], org_email=johan[1], subject='Canceled: ' + subject, text=t2,
                        tzid='W. Europe Standard Time', start=s, end=e, uid=uid, seq=1, method='CANCEL',
                        msgid='<GV3P280MB0123%s@GV3P280MB0123.SWEP280.PROD.OUTLOOK.COM>' % tok('c05m2', 20).upper(),
                        location='Microsoft Teams Meeting', importance='High',
                        attendees=[(OWNER_NAME, OWNER, 'NEEDS-ACTION')], thread_seed='c05thread', **hosts)
    case(5, 'outlook-peruttu-stockholm',
         {'01-interview-skargard.eml': m1, '02-canceled-interview-skargard.eml': m2},
         label([iv('Skärgård Games', role, s, e, 'cancelled', [johan[1]], [johan[1]], 'hiring_manager')],
               'medium', 'positive/cancellation',
               'Exchange request with TZID "W. Europe Standard Time" for Thu 29 Oct 13:00 (CET, +01:00: the EU '
               'change on 25 Oct has happened, so +02:00 would be wrong), then METHOD:CANCEL / STATUS:CANCELLED. '
               'Kept as cancelled at its last time; the organizer was also the interviewer.'))


def c06():
    """Remote US studio: recruiter screen (PDT, 9 h gap) and technical (PST, 10 h gap)."""
    dom = 'cascadiarift.example'
    megan = ('Megan Doyle', 'megan.doyle@' + dom)
    tomas = ('Tomás Rivera', 'tomas.rivera@' + dom)
    role = 'Senior Gameplay Engineer (Remote, EU)'
    s1 = T(LAX, 2026, 10, 29, 9, 0)
    e1 = T(LAX, 2026, 10, 29, 9, 30)
    s2 = T(LAX, 2026, 11, 5, 8, 0)
    e2 = T(LAX, 2026, 11, 5, 9, 0)
    wd(s1, 'Thursday')
    wd(s2, 'Thursday')
    assert s1.tzname() == 'PDT' and s2.tzname() == 'PST'
    assert s1.astimezone(HEL).hour == 18 and s2.astimezone(HEL).hour == 18
    assert s1.astimezone(HEL).tzname() == 'EET'
    sig = ('Cheers,\n'
           'Megan Doyle\n'
           'Senior Technical Recruiter | Cascadia Rift Games\n'
           'megan.doyle@cascadiarift.example\n'
           'Seattle, WA (Pacific Time)\n')
    d1 = T(LAX, 2026, 10, 19, 11, 20, 31)
    t1 = ('Hi Sanni,\n\n'
          'Thanks so much for applying to the %s role at Cascadia Rift! Our gameplay team loved '
          'your work on Kuurakko.\n\n'
          'I would love to set up a 30-minute intro call with you. I have grabbed Thursday, October 29 at 9:00 '
          'AM Pacific, which should be 6:00 PM for you in Helsinki. (Europe turns its clocks back a week before '
          'we do, so for that one week the gap is 9 hours instead of 10.) If that does not work, just reply and '
          'I will find another slot.\n\n'
          'You will get a Google Calendar invite from me in a minute.\n\n' % role) + sig
    id1 = '<CAJ%s@mail.gmail.com>' % tok_b32('c06m1', 40).upper()
    m1 = human_mail(date=d1, frm_name=megan[0], frm_email=megan[1],
                    subject='Cascadia Rift – next steps for Senior Gameplay Engineer', text=t1, msgid=id1,
                    host='mail-sor-f65.google.com', ip='209.85.220.65')
    d2 = T(LAX, 2026, 10, 19, 11, 24, 2)
    m2 = google_invite(lang='en', organizer=megan,
                       guests=[(megan[0], megan[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION')],
                       title='Cascadia Rift – Recruiter Screen (Sanni Heikkilä)', start=s1, end=e1,
                       tz_line='Pacific Time - Los Angeles',
                       description='Intro call with Megan (Recruiting) about the Senior Gameplay Engineer '
                                   '(Remote, EU) role. 6:00 PM Helsinki time.',
                       sent=d2, uid_seed='c06screen', meet='https://meet.google.com/cas-rtfq-wmn')
    d3 = T(LAX, 2026, 10, 30, 14, 5, 44)
    wd(d3, 'Friday')
    t3 = ('Hi Sanni,\n\n'
          'Thanks again for the great chat yesterday! I am happy to say we would like to move you forward to a '
          'technical interview with Tomás Rivera, our Lead Engine Programmer. It is 60 minutes: some C++ and '
          'gameplay-systems discussion, plus a short live exercise in a shared editor.\n\n'
          'I have booked Thursday, November 5, 8:00-9:00 AM Pacific. Heads-up: the US falls back on Sunday, '
          'Nov 1, so the gap is back to 10 hours and this will again be 6:00 PM in Helsinki.\n\n'
          'Invite coming from me; Tomás is on it.\n\n') + sig
    m3 = human_mail(date=d3, frm_name=megan[0], frm_email=megan[1],
                    subject='Re: Cascadia Rift – next steps for Senior Gameplay Engineer', text=t3,
                    msgid='<CAJ%s@mail.gmail.com>' % tok_b32('c06m3', 40).upper(),
                    host='mail-sor-f65.google.com', ip='209.85.220.65',
                    quote_header='On Mon, Oct 19, 2026 at 11:20 AM Megan Doyle <%s> wrote:' % megan[1],
                    quoted=t1, in_reply_to=id1, references=id1)
    d4 = T(LAX, 2026, 10, 30, 14, 9, 18)
    m4 = google_invite(lang='en', organizer=megan,
                       guests=[(megan[0], megan[1], 'ACCEPTED'), (tomas[0], tomas[1], 'ACCEPTED'),
                               (OWNER_NAME, OWNER, 'NEEDS-ACTION')],
                       title='Cascadia Rift – Technical Interview w/ Tomás Rivera (Sanni Heikkilä)', start=s2,
                       end=e2, tz_line='Pacific Time - Los Angeles',
                       description='Technical interview with Tomás Rivera (Lead Engine Programmer): C++ / '
                                   'gameplay systems + short live exercise. Megan is only scheduling and will '
                                   'not join.',
                       sent=d4, uid_seed='c06tech', meet='https://meet.google.com/cas-xnbd-pzo')
    case(6, 'us-remote-screen-ja-tekninen-dst',
         {'01-next-steps-cascadia.eml': m1, '02-invitation-recruiter-screen.eml': m2,
          '03-re-next-steps-cascadia.eml': m3, '04-invitation-technical-interview.eml': m4},
         label([iv('Cascadia Rift Games', role, s1, e1, 'scheduled', [megan[1]], [megan[1]], 'phone_screen'),
                iv('Cascadia Rift Games', role, s2, e2, 'scheduled', [tomas[1]], [tomas[1]], 'technical')],
               'hard', 'positive/two-interviews',
               'Two separate interviews with a remote US studio. Screen Thu 29 Oct 9:00 PDT (-07:00) = 18:00 EET '
               '(EU already on winter time, US not yet); technical Thu 5 Nov 8:00 PST (-08:00) = 18:00 EET after '
               'the US change on 1 Nov. Both are 16:00Z. Recruiter conducts the screen only.'))


def c07():
    """Onsite studio visit with an on-site game-design test, e-mail agenda + Google invite."""
    dom = 'tunturistudios.example'
    emilia = ('Emilia Korhonen', 'emilia.korhonen@' + dom)
    outi = ('Outi Rantanen', 'outi.rantanen@' + dom)
    antti = ('Antti Mäkelä', 'antti.makela@' + dom)
    role = 'Technical Game Designer'
    day = T(HEL, 2026, 11, 11)
    wd(day, 'keskiviikko')
    s = T(HEL, 2026, 11, 11, 10, 0)
    e = T(HEL, 2026, 11, 11, 13, 30)
    d1 = T(HEL, 2026, 11, 3, 13, 30, 16)
    wd(d1, 'tiistai')
    agenda = [('10.00–11.30', 'Pelisuunnittelutesti paikan päällä – Outi Rantanen (Lead Game Designer) antaa '
                              'lyhyen design-briefin, teet paperiprototyypin ja esittelet sen Outille.'),
              ('11.30–11.45', 'Studiokierros'),
              ('11.45–12.30', 'Lounas tiimin kanssa'),
              ('12.30–13.30', 'Haastattelu – Antti Mäkelä (Creative Director) ja Outi Rantanen')]
    intro = ('Hei Sanni,\n\n'
             'kiitos vielä mukavasta etähaastattelusta! Kuten Outi jo puhelimessa kertoi, haluaisimme kutsua '
             'sinut studiollemme viimeiseen vaiheeseen keskiviikkona 11.11.\n\n')
    outro = ('Tule aulaan noin klo 9.50, niin haen sinut ja annan vierailijakortin. Testiin ei tarvitse '
             'valmistautua etukäteen, kaikki tarvikkeet löytyvät meiltä. Jos sinulla on ruokavalioon liittyviä '
             'toiveita lounasta varten, kerrothan niistä.\n\n'
             'Osoite: Tunturi Studios Oy, Itämerenkatu 9 B, 6. krs, 00180 Helsinki\n\n'
             'Lähetän vielä kalenterikutsun koko päivälle.\n\n')
    sig = ('Terveisin\n'
           'Emilia Korhonen\n'
           'HR Coordinator | Tunturi Studios Oy\n'
           'emilia.korhonen@tunturistudios.example | +358 44 555 0193\n')
    plain = intro + 'Päivän ohjelma:\n' + ''.join('%s  %s\n' % a for a in agenda) + '\n' + outro + sig
    rows = ''.join('<tr><td style="padding:4px 12px 4px 0;white-space:nowrap">%s</td><td>%s</td></tr>'
                   % (html.escape(a[0]), html.escape(a[1])) for a in agenda)
    hbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div dir="ltr">' + '<br>'.join(html.escape(l) for l in intro.strip('\n').split('\n')) +
             '<br><br><b>Päivän ohjelma:</b><br><table style="border-collapse:collapse">' + rows + '</table><br>' +
             '<br>'.join(html.escape(l) for l in outro.strip('\n').split('\n')) + '<br><br>' +
             '<br>'.join(html.escape(l) for l in sig.strip('\n').split('\n')) + '</div></body></html>\n')
    msgid = '<CAG%s@mail.gmail.com>' % tok_b32('c07m1', 40).upper()
    b = gboundary('c07alt')
    body = multi('alternative', b, [leaf('text/plain', plain, 'quoted-printable'),
                                    leaf('text/html', hbody, 'quoted-printable')])
    m1 = message(date=d1, frm=addr(*emilia), to=addr(OWNER_NAME, OWNER),
                 subject='Studiovierailu ja pelisuunnittelutesti ke 11.11. – Tunturi Studios', msgid=msgid,
                 body=body, host='mail-sor-f41.google.com', ip='209.85.220.41', return_path=emilia[1],
                 cc=addr(*outi))
    d2 = T(HEL, 2026, 11, 3, 13, 36, 2)
    m2 = google_invite(lang='fi', organizer=emilia,
                       guests=[(emilia[0], emilia[1], 'ACCEPTED'), (outi[0], outi[1], 'ACCEPTED'),
                               (antti[0], antti[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION')],
                       title='Studiovierailu: Sanni Heikkilä (%s)' % role, start=s, end=e,
                       tz_line='Itä-Euroopan aika - Helsinki',
                       description='10.00 pelisuunnittelutesti (Outi), 11.30 studiokierros, 11.45 lounas, 12.30 '
                                   'haastattelu (Antti & Outi). Aulaan klo 9.50.',
                       location='Tunturi Studios Oy, Itämerenkatu 9 B, 00180 Helsinki', sent=d2,
                       uid_seed='c07visit')
    case(7, 'studiovierailu-pelisuunnittelutesti',
         {'01-studiovierailu-tunturi.eml': m1, '02-kutsu-studiovierailu.eml': m2},
         label([iv('Tunturi Studios', role, s, e, 'scheduled', [outi[1], antti[1]], [outi[1], antti[1]],
                   'onsite')],
               'hard', 'positive/onsite-loop',
               'Finnish studio visit ke 11.11.: live on-site game-design test presented to the lead designer, '
               'tour, lunch, interview with creative director; one onsite from the first session 10.00 to the '
               'last session end 13.30 (arrival "noin klo 9.50" is not a session). The on-site test is '
               'supervised and presented live, unlike a take-home. HR coordinator only schedules.'))


def c08():
    """Recruitee receipt + confirmation, and the same interview as a Calendar API event."""
    dom = 'lumisade.example'
    hanna = ('Hanna Virta', 'hanna.virta@' + dom)
    tuomas = ('Tuomas Lehto', 'tuomas.lehto@' + dom)
    role = 'Graphics Programmer'
    d1 = T(HEL, 2026, 9, 30, 18, 22, 7)
    m1 = ats_mail(vendor='recruitee', date=d1, frm_name='Lumisade Games', frm_email='lumisade-games@mail.recruitee.com',
                  subject='We have received your application – Graphics Programmer',
                  msgid='<%s.%s@mail.recruitee.com>' % (tok('c08m1', 20), tok('c08m1b', 8)),
                  text=('Hi Sanni,\n\n'
                        'Thank you for applying for the Graphics Programmer position at Lumisade Games. We have '
                        'received your application and our team will review it within the next two weeks.\n\n'
                        'If your profile matches what we are looking for, we will contact you to schedule an '
                        'interview.\n\n'
                        'Kind regards,\n'
                        'The Lumisade Games team\n'
                        'Otakaari 5, 02150 Espoo\n\n'
                        '--\n'
                        'Sent with Recruitee\n'))
    d2 = T(HEL, 2026, 10, 15, 10, 5, 39)
    s = T(HEL, 2026, 10, 19, 13, 0)
    e = T(HEL, 2026, 10, 19, 13, 45)
    meet = 'https://meet.google.com/lms-wxbq-tpe'
    t2 = ('Hi Sanni,\n\n'
          'Your interview with Lumisade Games is confirmed.\n\n'
          'Graphics Programmer – technical interview\n'
          '%s, 19 October 2026\n'
          '13:00 – 13:45 (EEST, Helsinki)\n'
          'Google Meet: %s\n\n'
          'You will be talking with Tuomas Lehto, our Rendering Lead. Expect questions about shaders, GPU '
          'profiling and the renderer work you mentioned in your application.\n\n'
          'Need to reschedule? Reply to this message and Hanna will help.\n\n'
          'Hanna Virta\n'
          'People & Culture, Lumisade Games Oy\n\n'
          '--\n'
          'Sent with Recruitee\n' % (wd(s, 'Monday'), meet))
    m2 = ats_mail(vendor='recruitee', date=d2, frm_name='Hanna Virta (Lumisade Games)',
                  frm_email='lumisade-games@mail.recruitee.com',
                  reply_to='lumisade-games+c%s@inbound.recruitee.com' % tok('c08r', 12),
                  subject='Interview confirmed: Graphics Programmer – Lumisade Games',
                  msgid='<%s.%s@mail.recruitee.com>' % (tok('c08m2', 20), tok('c08m2b', 8)), text=t2)
    eid = tok_b32('c08event', 26)
    ev = gcal_event(
        kind='calendar#event', etag='"%d"' % int(tok('c08etag', 13), 16),
        id=eid, status='confirmed',
        htmlLink='https://www.google.com/calendar/event?eid=%s' %
                 base64.urlsafe_b64encode(('%s %s' % (eid, OWNER)).encode()).decode().rstrip('='),
        created='2026-10-15T07:05:31.000Z', updated='2026-10-15T08:12:40.318Z',
        summary='Interview: Sanni Heikkilä – Graphics Programmer (Lumisade Games)',
        description='Technical interview with Tuomas Lehto (Rendering Lead).\n\nScheduled via Recruitee.',
        creator={'email': hanna[1], 'displayName': hanna[0]},
        organizer={'email': hanna[1], 'displayName': hanna[0]},
        start={'dateTime': '2026-10-19T13:00:00+03:00', 'timeZone': 'Europe/Helsinki'},
        end={'dateTime': '2026-10-19T13:45:00+03:00', 'timeZone': 'Europe/Helsinki'},
        iCalUID='%s@google.com' % eid, sequence=0,
        attendees=[{'email': hanna[1], 'displayName': hanna[0], 'organizer': True, 'responseStatus': 'accepted'},
                   {'email': tuomas[1], 'displayName': tuomas[0], 'responseStatus': 'accepted'},
                   {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
        hangoutLink=meet,
        conferenceData={'entryPoints': [{'entryPointType': 'video', 'uri': meet,
                                         'label': meet.replace('https://', '')}],
                        'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
                        'conferenceId': 'lms-wxbq-tpe'},
        reminders={'useDefault': True}, eventType='default')
    assert json.loads(ev)['start']['dateTime'] == iso(s)
    case(8, 'recruitee-ja-calendar-api-sama',
         {'01-application-received-lumisade.eml': m1, '02-interview-confirmed-lumisade.eml': m2,
          '03-interview-lumisade.gcal.json': ev},
         label([iv('Lumisade Games', role, s, e, 'scheduled', [tuomas[1]], [tuomas[1]], 'technical')],
               'medium', 'positive/dedupe',
               'Recruitee receipt, Recruitee confirmation (Mon 19 Oct 13:00-13:45 EEST) and the same interview as '
               'a Calendar API event: ONE interview. The interviewer\'s address is only in the API event; '
               'Hanna (organizer) only schedules.'))


def c09():
    """Standalone Teamtailor .ics with a group attendee."""
    dom = 'pohjantahti.example'
    kaisa = ('Kaisa Lindholm', 'kaisa.lindholm@' + dom)
    role = 'Tools Programmer'
    s = T(HEL, 2026, 11, 3, 9, 15)
    e = T(HEL, 2026, 11, 3, 10, 0)
    wd(s, 'tiistai')
    assert s.utcoffset() == timedelta(hours=2)
    teams = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0' % tok_b32('c09teams', 40)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Teamtailor//Interview//EN', 'CALSCALE:GREGORIAN',
               'METHOD:REQUEST'] + vtz_olson('Europe/Helsinki') + [
        'BEGIN:VEVENT', 'UID:tt-interview-%s@teamtailor.com' % tok('c09uid', 20), 'SEQUENCE:0',
        'DTSTAMP:20261027T082744Z',
        'DTSTART;TZID=Europe/Helsinki:%s' % local_stamp(s), 'DTEND;TZID=Europe/Helsinki:%s' % local_stamp(e),
        'SUMMARY:%s' % ics_escape('Haastattelu: Sanni Heikkilä – %s (Pohjantähti Pelit)' % role),
        'DESCRIPTION:%s' % ics_escape('Tekninen haastattelu: %s\n\nHaastattelija: Kaisa Lindholm (Tools Lead)\n'
                                      'Rekrytiimi on kopiona kalenterikutsussa.\n\nMicrosoft Teams: %s\n\n'
                                      'Ajanvaraus tehty Teamtailorissa.' % (role, teams)),
        'LOCATION:Microsoft Teams',
        'ORGANIZER;CN=%s:mailto:%s' % kaisa,
        attendee(kaisa[0], kaisa[1], 'ACCEPTED', rsvp='FALSE'),
        attendee('Pohjantähti rekrytointi', 'rekrytointi@' + dom, 'ACCEPTED', role='OPT-PARTICIPANT',
                 rsvp='FALSE', cutype='GROUP'),
        attendee(OWNER_NAME, OWNER, 'NEEDS-ACTION'),
        'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
        'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Haastattelu alkaa 30 minuutin kuluttua',
        'TRIGGER:-PT30M', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    case(9, 'teamtailor-ics-yksinaan',
         {'01-haastattelu-pohjantahti.ics': cal},
         label([iv('Pohjantähti Pelit', role, s, e, 'scheduled', [kaisa[1]], [kaisa[1]], 'technical')],
               'medium', 'positive/standalone-ics',
               'Only a Teamtailor .ics: ti 3.11. 09:15-10:00 Europe/Helsinki (EET, +02:00, after the EU change). '
               'A CUTYPE=GROUP recruiting mailbox is an optional attendee: not an interviewer and never a '
               'follow-up recipient.'))


def c10():
    """Finnish thread: 'ensi viikolla tiistaina klo 14.00' -> confirmed 'tiistaina klo 14.00'."""
    dom = 'routa.example'
    jari = ('Jari Kettunen', 'jari.kettunen@' + dom)
    role = 'Live Ops Programmer'
    d1 = T(HEL, 2026, 10, 14, 10, 31, 8)
    wd(d1, 'keskiviikko')
    t1 = ('Hei Sanni,\n\n'
          'kiitos hakemuksestasi %s -tehtävään! Portfoliosi ja erityisesti Kuurakon päivitysrytmi jäivät '
          'mieleen.\n\n'
          'Haluaisin jutella kanssasi tarkemmin tehtävästä ja tiimistämme. Sopisiko sinulle haastattelu '
          'toimistollamme Hakaniemessä ensi viikolla, joko tiistaina klo 14.00 tai keskiviikkona klo 9.00? '
          'Varaa aikaa noin tunti.\n\n'
          'Terveisin\n'
          'Jari Kettunen\n'
          'Studio Head | Routa Entertainment Oy\n'
          '%s\n'
          'Siltasaarenkatu 8, 00530 Helsinki\n' % (role, jari[1]))
    id1 = '<CAD%s@mail.gmail.com>' % tok_b32('c10m1', 40).upper()
    m1 = human_mail(date=d1, frm_name=jari[0], frm_email=jari[1], subject='Haastattelu: %s' % role, text=t1,
                    msgid=id1, host='mail-sor-f70.google.com', ip='209.85.220.70')
    d_s = T(HEL, 2026, 10, 14, 12, 2, 51)
    id_s = '<CAK%s@mail.gmail.com>' % tok_b32('c10sanni', 40).upper()
    sanni = ('Hei Jari,\n\n'
             'kiitos kutsusta! Tiistai klo 14.00 sopii minulle hyvin.\n\n'
             'Ystävällisin terveisin\n'
             'Sanni Heikkilä\n\n'
             'ke 14.10.2026 klo 10.31 Jari Kettunen <%s> kirjoitti:\n' % jari[1] + quote(t1) + '\n')
    d2 = T(HEL, 2026, 10, 15, 8, 15, 26)
    wd(d2, 'torstai')
    s = T(HEL, 2026, 10, 20, 14, 0)
    e = T(HEL, 2026, 10, 20, 15, 0)
    wd(s, 'tiistai')
    assert (s.date() - d1.date()).days == 6   # next week's Tuesday
    t2 = ('Hei Sanni,\n\n'
          'mahtavaa, sovitaan siis tiistai klo 14.00. Tule 3. kerrokseen ja soita minulle numeroon 040 555 0178, '
          'jos ulko-ovi on lukossa. Paikalla olen minä, ja juttelemme noin tunnin.\n\n'
          'Nähdään!\n'
          'Jari\n')
    m2 = human_mail(date=d2, frm_name=jari[0], frm_email=jari[1], subject='Re: Haastattelu: %s' % role, text=t2,
                    msgid='<CAD%s@mail.gmail.com>' % tok_b32('c10m2', 40).upper(),
                    host='mail-sor-f70.google.com', ip='209.85.220.70',
                    quote_header='ke 14.10.2026 klo 12.02 Sanni Heikkilä <%s> kirjoitti:' % OWNER, quoted=sanni,
                    in_reply_to=id_s, references='%s %s' % (id1, id_s))
    case(10, 'fi-trad-tiistaina-klo-14',
         {'01-haastattelu-routa.eml': m1, '02-re-haastattelu-routa.eml': m2},
         label([iv('Routa Entertainment', role, s, e, 'scheduled', [jari[1]], [jari[1]], 'hiring_manager')],
               'hard', 'positive/thread-propose-confirm',
               'Finnish thread with no explicit date in the confirmation: proposal (Wed 14 Oct) "ensi viikolla, '
               'joko tiistaina klo 14.00 tai keskiviikkona klo 9.00", candidate picks Tuesday, confirmation "tiistai '
               'klo 14.00" -> Tue 20 Oct 14:00 EEST. "noin tunti" -> end 15:00. Studio head interviews alone.'))


def c11():
    """Norwegian Google invitation for a technical interview the day after the EU change."""
    dom = 'trollskog.example'
    silje = ('Silje Haugen', 'silje.haugen@' + dom)
    henrik = ('Henrik Dahl', 'henrik.dahl@' + dom)
    role = 'Engine Programmer (C++)'
    s = T(OSL, 2026, 10, 26, 10, 0)
    e = T(OSL, 2026, 10, 26, 11, 30)
    wd(s, 'mandag')
    assert s.utcoffset() == timedelta(hours=1) and s.astimezone(HEL).hour == 11
    d1 = T(OSL, 2026, 10, 21, 15, 12, 40)
    t1 = ('Hei Sanni,\n\n'
          'takk for en hyggelig prat på telefon! Vi vil gjerne invitere deg videre til et teknisk intervju med '
          'Henrik Dahl, Lead Engine Programmer, for stillingen som %s.\n\n'
          'Tid: mandag 26. oktober kl. 10:00–11:30 (norsk tid)\n'
          'Sted: Google Meet (lenke i invitasjonen)\n\n'
          'Merk at vi går over til vintertid natt til søndag 25. oktober, så intervjuet blir kl. 11:00 hos deg i '
          'Helsingfors. Kalenderinvitasjonen kommer direkte fra Henrik.\n\n'
          'Lykke til!\n\n'
          'Med vennlig hilsen\n'
          'Silje Haugen\n'
          'Talent Partner | Trollskog Studio AS\n'
          '%s\n' % (role, silje[1]))
    m1 = human_mail(date=d1, frm_name=silje[0], frm_email=silje[1],
                    subject='Invitasjon til teknisk intervju – Trollskog Studio', text=t1,
                    msgid='<CAB%s@mail.gmail.com>' % tok_b32('c11m1', 40).upper(),
                    host='mail-sor-f69.google.com', ip='209.85.220.69')
    d2 = T(OSL, 2026, 10, 21, 15, 31, 5)
    m2 = google_invite(lang='no', organizer=henrik,
                       guests=[(henrik[0], henrik[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION')],
                       title='Teknisk intervju – Sanni Heikkilä (%s)' % role, start=s, end=e,
                       tz_line='Sentraleuropeisk tid - Oslo',
                       description='Hei Sanni! Vi snakker om motorarkitektur, minnehåndtering og ytelse i C++, og '
                                   'ser på litt kode sammen. Vel møtt!\nHenrik',
                       sent=d2, uid_seed='c11tech', meet='https://meet.google.com/trs-kmvd-aqe')
    case(11, 'norsk-google-invitasjon-vintertid',
         {'01-invitasjon-teknisk-intervju.eml': m1, '02-invitasjon-google-trollskog.eml': m2},
         label([iv('Trollskog Studio', role, s, e, 'scheduled', [henrik[1]], [henrik[1]], 'technical')],
               'medium', 'positive/dedupe',
               'Norwegian recruiter mail + Norwegian Google invitation for the same interview: mandag 26. oktober '
               'kl. 10:00-11:30 Oslo time, the day after the EU change, so CET (+01:00) = 11:00 EET. Silje '
               'only coordinates.'))


def c12():
    """CEO final chat, forwarded from the owner's old address."""
    dom = 'kaamoslabs.example'
    sofia = ('Sofia Grönroos', 'sofia.gronroos@' + dom)
    old = 's.heikkila@kotiposti.example'
    role = 'Lead Gameplay Programmer'
    d0 = T(HEL, 2026, 10, 26, 9, 40, 12)
    wd(d0, 'Monday')
    s = T(HEL, 2026, 10, 30, 11, 0)
    e = T(HEL, 2026, 10, 30, 11, 45)
    wd(s, 'Friday')
    orig = ('Hi Sanni,\n\n'
            'Great news: the team really enjoyed Thursday\'s session with you, and we would like you to meet me '
            'for the final step of the %s process. It is an informal conversation about Kaamos, '
            'where we are heading with our next title and what you are looking for. No prep needed.\n\n'
            'I have put us down for Friday 30 October at 11:00-11:45 at our office in Tapiola (Tapiontori 3 A, '
            'Espoo). If that does not work, let me know and we will find another time.\n\n'
            'Best,\n'
            'Sofia Grönroos\n'
            'CEO & Co-founder, Kaamos Labs Oy\n'
            '%s\n' % (role, sofia[1]))
    d1 = T(HEL, 2026, 10, 26, 20, 14, 33)
    fwd = ('Tallennan tämän tänne, vanha osoite ei synkkaa kalenteria. Pe klo 11 Tapiolassa!\n\n'
           '---------- Forwarded message ---------\n'
           'From: Sofia Grönroos <%s>\n'
           'Date: Mon, Oct 26, 2026 at 9:40 AM\n'
           'Subject: Kaamos Labs – final step\n'
           'To: Sanni Heikkilä <%s>\n\n' % (sofia[1], old)) + orig
    hbody = ('<div dir="ltr">Tallennan tämän tänne, vanha osoite ei synkkaa kalenteria. Pe klo 11 Tapiolassa!'
             '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message '
             '---------<br>From: <strong class="gmail_sendername" dir="auto">Sofia Grönroos</strong> <span dir='
             '"auto">&lt;<a href="mailto:%s">%s</a>&gt;</span><br>Date: Mon, Oct 26, 2026 at 9:40 AM<br>Subject: '
             'Kaamos Labs – final step<br>To: Sanni Heikkilä &lt;<a href="mailto:%s">%s</a>&gt;<br></div><br><br>'
             '<div dir="ltr">%s</div></div></div>\n'
             % (sofia[1], sofia[1], old, old,
                '<br>'.join(html.escape(l, quote=False) for l in orig.strip('\n').split('\n'))))
    msgid = '<CAP%s@mail.gmail.com>' % tok_b32('c12fwd', 40).upper()
    b = gboundary('c12alt')
    body = multi('alternative', b, [leaf('text/plain', fwd, 'base64'), leaf('text/html', hbody, 'base64')])
    m = message(date=d1, frm=addr(OWNER_NAME, old), to=OWNER, subject='Fwd: Kaamos Labs – final step', msgid=msgid,
                body=body, host='smtp.kotiposti.example', ip='203.0.113.45', return_path=old)
    case(12, 'fwd-ceo-loppukeskustelu',
         {'01-fwd-kaamos-final-step.eml': m},
         label([iv('Kaamos Labs', role, s, e, 'scheduled', [sofia[1]], [sofia[1]], 'hiring_manager')],
               'medium', 'positive/forwarded',
               'The owner forwards (base64 bodies) a CEO\'s final-step chat from her old address to herself: Fri 30 '
               'Oct 11:00-11:45 Helsinki time (EET). Final chat with the founder/CEO is an interview; the '
               'reference to "Thursday\'s session" is a past interview without a date or time. kind chosen as '
               'hiring_manager (CEO decides).'))


def c13():
    """Norwegian Recruitee confirmation with a UTC-only .ics, onsite in Oslo (single interviewer)."""
    dom = 'vindkast.example'
    marte = ('Marte Berg', 'marte.berg@' + dom)
    kari = ('Kari Nygaard', 'kari.nygaard@' + dom)
    role = 'Senior Unity-utvikler'
    d = T(OSL, 2026, 10, 28, 12, 10, 9)
    s = T(OSL, 2026, 11, 2, 14, 0)
    e = T(OSL, 2026, 11, 2, 15, 0)
    wd(s, 'mandag')
    assert zstamp(s) == '20261102T130000Z'
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Recruitee//Interview Scheduler//EN', 'METHOD:REQUEST',
               'BEGIN:VEVENT', 'UID:recruitee-event-%s@recruitee.com' % tok('c13uid', 16),
               'DTSTAMP:%s' % zstamp(d), 'SEQUENCE:0', 'DTSTART:%s' % zstamp(s), 'DTEND:%s' % zstamp(e),
               'SUMMARY:%s' % ics_escape('Intervju: Sanni Heikkilä – %s (Vindkast Games)' % role),
               'DESCRIPTION:%s' % ics_escape('Intervju med Kari Nygaard (studiosjef). Meld deg i resepsjonen i 2. '
                                             'etasje.'),
               'LOCATION:%s' % ics_escape('Vindkast Games, Thorvald Meyers gate 40, 0555 Oslo'),
               'ORGANIZER;CN=%s:mailto:%s' % marte,
               attendee(kari[0], kari[1], 'ACCEPTED'),
               attendee(OWNER_NAME, OWNER, 'NEEDS-ACTION'),
               'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    t = ('Hei Sanni,\n\n'
         'Intervjuet ditt med Vindkast Games er bekreftet.\n\n'
         'Stilling: %s\n'
         'Tid: %s 2. november 2026 kl. 14:00–15:00 (norsk tid)\n'
         'Sted: Vindkast Games, Thorvald Meyers gate 40, 0555 Oslo – meld deg i resepsjonen i 2. etasje\n'
         'Du møter: Kari Nygaard, studiosjef\n\n'
         'Vi dekker reisen din fra Helsingfors; send kvitteringene til meg etter besøket.\n\n'
         'Kalenderinvitasjonen ligger vedlagt.\n\n'
         'Vennlig hilsen\n'
         'Marte Berg\n'
         'HR-koordinator, Vindkast Games AS\n'
         'marte.berg@vindkast.example\n\n'
         '--\n'
         'Sendt med Recruitee\n' % (role, wd(s, 'mandag')))
    m = ats_mail(vendor='recruitee', date=d, frm_name='Marte Berg (Vindkast Games)',
                 frm_email='vindkast-games@mail.recruitee.com',
                 reply_to='vindkast-games+c%s@inbound.recruitee.com' % tok('c13r', 12),
                 subject='Intervju bekreftet: %s – Vindkast Games' % role,
                 msgid='<%s.%s@mail.recruitee.com>' % (tok('c13m', 20), tok('c13mb', 8)), ics_text=cal,
                 ics_name='intervju.ics', text=t)
    case(13, 'norsk-recruitee-ics-utc',
         {'01-intervju-bekreftet-vindkast.eml': m},
         label([iv('Vindkast Games', role, s, e, 'scheduled', [kari[1]], [kari[1]], 'hiring_manager')],
               'medium', 'positive/ats-email-with-ics',
               'Norwegian Recruitee confirmation "mandag 2. november 2026 kl. 14:00-15:00 (norsk tid)" (CET, '
               '+01:00) with an .ics in UTC only (13:00Z). In person with the studio head only, so not a '
               'loop/panel. Marte coordinates.'))


# ============================================================================
# NEGATIVE CASES (look-alikes)
# ============================================================================

def org_mail(*, date, frm_name, frm_email, subject, text, msgid, host, ip, return_path, reply_to=None,
             ics_text=None, ics_name='invite.ics', extra=(), cte='quoted-printable'):
    """Plain organisation/system mail (text + HTML, optional .ics attachment)."""
    alt = multi('alternative', '----=_Part_%s' % tok(msgid + 'a', 20),
                [leaf('text/plain', text, cte), leaf('text/html', text_to_html(text), cte)])
    if ics_text:
        body = multi('mixed', '----=_Part_%s' % tok(msgid + 'm', 20), [
            alt, leaf('text/calendar', ics_text, 'base64', params='; method=REQUEST; name="%s"' % ics_name,
                      extra=['Content-Disposition: attachment; filename="%s"' % ics_name])])
    else:
        body = alt
    return message(date=date, frm=addr(frm_name, frm_email), to=addr(OWNER_NAME, OWNER), subject=subject,
                   msgid=msgid, body=body, host=host, ip=ip, return_path=return_path, reply_to=reply_to,
                   extra=list(extra))


def c14():
    """Game jam kickoff (Google invite) with hiring and 'interview' vocabulary."""
    dom = 'syysjami.example'
    tiina = ('Tiina Voutilainen', 'tiina.voutilainen@' + dom)
    s = T(HEL, 2026, 11, 6, 18, 0)
    e = T(HEL, 2026, 11, 6, 20, 0)
    wd(s, 'perjantai')
    d = T(HEL, 2026, 11, 2, 12, 4, 51)
    desc = ('Tervetuloa Syysjamin kickoffiin! / Welcome to the Syysjami kickoff!\n\n'
            '18.00 teeman julkistus / theme reveal\n'
            '18.30 pitchit ja tiimien muodostus / pitches and team forming\n'
            '19.30 mentorien esittely / meet the mentors\n\n'
            'Pääsponsorimme Pixelkoski Oy rekrytoi parhaillaan – heidän rekrytoijansa ovat paikalla, joten ota '
            'portfolio mukaan! Jamin aikana striimitiimi haastattelee joukkueita lyhyesti livestriimiin.\n\n'
            'Jamit jatkuvat sunnuntaihin 8.11. klo 16 asti.')
    m = google_invite(lang='fi', organizer=tiina,
                      guests=[(tiina[0], tiina[1], 'ACCEPTED'),
                              ('Syysjami osallistujat', 'osallistujat@' + dom, 'NEEDS-ACTION'),
                              (OWNER_NAME, OWNER, 'NEEDS-ACTION')],
                      title='Syysjami 2026 – Kickoff & tiimien muodostus', start=s, end=e,
                      tz_line='Itä-Euroopan aika - Helsinki', description=desc,
                      location='Pasilan Pelipaja, Ratapihantie 11, 00520 Helsinki', sent=d, uid_seed='c14jam')
    case(14, 'game-jam-kickoff-kutsu', {'01-kutsu-syysjami-kickoff.eml': m},
         label([], 'medium', 'negative/event-invite',
               'Google invite to a game jam kickoff: a sponsor "rekrytoi" (is hiring) and the stream team '
               '"haastattelee joukkueita" (interviews teams) - no hiring conversation for the user.'))


def c15():
    """Kela phone appointment about unemployment benefit, with .ics."""
    d = T(HEL, 2026, 10, 14, 16, 45, 3)
    s = T(HEL, 2026, 10, 20, 9, 0)
    e = T(HEL, 2026, 10, 20, 9, 30)
    wd(s, 'tiistai')
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kela//Ajanvaraus//FI', 'METHOD:PUBLISH']
              + vtz_olson('Europe/Helsinki') + [
        'BEGIN:VEVENT', 'UID:ajanvaraus-%s@kela.example' % tok('c15uid', 12), 'DTSTAMP:%s' % zstamp(d),
        'DTSTART;TZID=Europe/Helsinki:%s' % local_stamp(s), 'DTEND;TZID=Europe/Helsinki:%s' % local_stamp(e),
        'SUMMARY:Kela puhelinaika: työttömyysturva',
        'DESCRIPTION:%s' % ics_escape('Kelan palveluneuvoja soittaa sinulle numeroon %s. Varausnumero K-%s.'
                                      % (OWNER_PHONE, tok('c15ref', 6).upper())),
        'LOCATION:Puhelinaika', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    t = ('Hei Sanni Heikkilä,\n\n'
         'ajanvarauksesi on vahvistettu.\n\n'
         'Palvelu: Puhelinaika – työttömyysturva (peruspäiväraha)\n'
         'Aika: tiistai 20.10.2026 klo 9.00–9.30\n'
         'Kelan palveluneuvoja soittaa sinulle numeroon %s.\n'
         'Varausnumero: K-%s\n\n'
         'Valmistaudu tapaamiseen: pidä käsillä tiedot työnhausta ja työhistoriastasi (esim. viimeisimmät '
         'palkkatodistukset ja työsopimus). Keskustelussa käydään läpi hakemuksesi ja mahdolliset '
         'lisäselvitykset.\n\n'
         'Jos et pääse, peru aika viimeistään edellisenä päivänä asiointipalvelussa.\n\n'
         'Ystävällisin terveisin\n'
         'Kela\n\n'
         'Tähän viestiin ei voi vastata.\n' % (OWNER_PHONE, tok('c15ref', 6).upper()))
    m = org_mail(date=d, frm_name='Kela', frm_email='ajanvaraus@kela.example',
                 subject='Ajanvaraus vahvistettu: puhelinaika 20.10.2026 klo 9.00', text=t,
                 msgid='<ajanvaraus.%s@kela.example>' % tok('c15m', 16), host='posti.kela.example',
                 ip='192.0.2.31', return_path='ajanvaraus@kela.example', ics_text=cal, ics_name='ajanvaraus.ics',
                 extra=['Auto-Submitted: auto-generated'])
    case(15, 'kela-puhelinaika', {'01-kela-ajanvaraus.eml': m},
         label([], 'medium', 'negative/appointment',
               'Kela (social insurance) phone appointment about unemployment benefit with an .ics: talks about '
               'job search and work history, but it is not a hiring conversation.'))


def c16():
    """Sauna society board meeting where the owner interviews volunteers."""
    dom = 'loylyseura.example'
    pekka = ('Pekka Rautio', 'pekka.rautio@' + dom)
    s = T(HEL, 2026, 11, 12, 18, 30)
    e = T(HEL, 2026, 11, 12, 20, 30)
    wd(s, 'torstai')
    d = T(HEL, 2026, 10, 29, 21, 10, 37)
    t = ('Hei hallitus,\n\n'
         'seuraava kokous pidetään saunalla torstaina 12.11. klo 18.30. Esityslista:\n\n'
         '1. Kokouksen avaus\n'
         '2. Edellisen kokouksen pöytäkirja\n'
         '3. Talous ja jäsenmaksut\n'
         '4. Kiukaan kunnostus\n'
         '5. Saunavastaavan haku: hakijoiden haastattelut (Sanni ja minä haastattelemme kaksi hakijaa klo 19.30 '
         'alkaen, 15 min/hakija)\n'
         '6. Pikkujoulusauna\n'
         '7. Muut asiat\n\n'
         'Sanni, pidäthän pöytäkirjaa. Haastattelukysymykset ovat jaetussa kansiossa.\n\n'
         'Löylyisin terveisin\n'
         'Pekka\n'
         'Löylyseura ry, puheenjohtaja\n')
    uid = ('040000008200E00074C5B7101A82E00800000000%s00000000000000001000000%s'
           % (tok('c16uid1', 16).upper(), tok('c16uid2', 32).upper()))
    m = outlook_invite(date=d, org_name=pekka[0], org_email=pekka[1],
                       subject='Löylyseuran hallituksen kokous 5/2026', text=t, tzid='FLE Standard Time', start=s,
                       end=e, uid=uid, seq=0, method='REQUEST',
                       msgid='<HE1P190MB0456%s@HE1P190MB0456.EURP190.PROD.OUTLOOK.COM>' % tok('c16m', 20).upper(),
                       location='Seuran sauna, Hernesaarenranta 7, Helsinki',
                       attendees=[(OWNER_NAME, OWNER, 'NEEDS-ACTION'),
                                  ('Mervi Koski', 'mervi.koski@' + dom, 'ACCEPTED'),
                                  ('Olli Salmi', 'olli.salmi@' + dom, 'NEEDS-ACTION')],
                       host='mail-he1eur04on2091.outbound.protection.outlook.com', ip='40.107.7.91',
                       thread_seed='c16thread', lang='fi-FI')
    case(16, 'saunaseuran-hallituksen-kokous', {'01-hallituksen-kokous-5-2026.eml': m},
         label([], 'hard', 'negative/user-is-interviewer',
               'Outlook invite (FLE Standard Time) to a sauna society board meeting; the agenda has volunteer '
               '"hakijoiden haastattelut" conducted by the user. Not a job interview, and the user is the '
               'interviewer.'))


def c17():
    """Podcast interview about the owner's indie game (e-mail + Google invite)."""
    dom = 'pixelpint.example'
    dana = ('Dana Whitfield', 'dana@' + dom)
    s = T(LAX, 2026, 11, 4, 9, 0)
    e = T(LAX, 2026, 11, 4, 10, 0)
    wd(s, 'Wednesday')
    assert s.astimezone(HEL).hour == 19
    d1 = T(LAX, 2026, 10, 27, 16, 2, 18)
    t1 = ('Hey Sanni!\n\n'
          'So excited you said yes. To confirm: we will record your interview for Pixel Pint episode 112 on '
          'Wednesday, November 4 at 9:00 AM Pacific (7:00 PM in Helsinki, if my math survives the time change). '
          'We will talk about how Kuurakko started as a jam game, the Steam launch, and what it is like being a '
          'solo dev in Finland.\n\n'
          'Recording is on Riverside, link in the invite. A decent mic and headphones are all you need.\n\n'
          'Cheers,\n'
          'Dana Whitfield\n'
          'Host, Pixel Pint Podcast\n')
    id1 = '<CAE%s@mail.gmail.com>' % tok_b32('c17m1', 40).upper()
    m1 = human_mail(date=d1, frm_name=dana[0], frm_email=dana[1], subject='Pixel Pint ep. 112 – you are booked!',
                    text=t1, msgid=id1, host='mail-sor-f54.google.com', ip='209.85.220.54')
    d2 = T(LAX, 2026, 10, 27, 16, 5, 40)
    m2 = google_invite(lang='en', organizer=dana,
                       guests=[(dana[0], dana[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION')],
                       title='Pixel Pint Podcast – Interview with Sanni Heikkilä (Kuurakko)', start=s, end=e,
                       tz_line='Pacific Time - Los Angeles',
                       description='Episode 112 recording. Riverside studio link: https://riverside.fm/studio/'
                                   'pixel-pint-%s' % tok('c17rv', 6),
                       location='Riverside (online)', sent=d2, uid_seed='c17pod')
    case(17, 'podcast-haastattelu-indiepeli', {'01-pixel-pint-booked.eml': m1, '02-invitation-pixel-pint.eml': m2},
         label([], 'medium', 'negative/podcast',
               'Podcast host books an "Interview with Sanni Heikkilä" about her indie game, with a Google invite. '
               'Press/podcast interviews are not job interviews.'))


def c18():
    """Teamtailor notification: the owner is added as interviewer for a summer trainee."""
    dom = 'kaarisilta.example'
    riikka = ('Riikka Saarinen', 'riikka.saarinen@' + dom)
    eetu = ('Eetu Mäkinen', 'eetu.makinen@opiskelijaposti.example')
    s = T(HEL, 2026, 11, 19, 12, 0)
    e = T(HEL, 2026, 11, 19, 12, 45)
    wd(s, 'torstai')
    d = T(HEL, 2026, 11, 10, 14, 27, 55)
    job = 'Kesäharjoittelija 2027 (pelikehitys)'
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Teamtailor//Interview//EN', 'CALSCALE:GREGORIAN',
               'METHOD:REQUEST'] + vtz_olson('Europe/Helsinki') + [
        'BEGIN:VEVENT', 'UID:tt-interview-%s@teamtailor.com' % tok('c18uid', 20), 'SEQUENCE:0',
        'DTSTAMP:%s' % zstamp(d),
        'DTSTART;TZID=Europe/Helsinki:%s' % local_stamp(s), 'DTEND;TZID=Europe/Helsinki:%s' % local_stamp(e),
        'SUMMARY:%s' % ics_escape('Haastattelu: Eetu Mäkinen – %s' % job),
        'DESCRIPTION:%s' % ics_escape('Haastattelijat: Riikka Saarinen, Sanni Heikkilä\nEhdokas: Eetu Mäkinen\n'
                                      'Microsoft Teams'),
        'LOCATION:Microsoft Teams',
        'ORGANIZER;CN=%s:mailto:%s' % riikka,
        attendee(OWNER_NAME, OWNER, 'NEEDS-ACTION'),
        attendee(eetu[0], eetu[1], 'ACCEPTED'),
        'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    t = ('Hei Sanni,\n\n'
         'Riikka Saarinen lisäsi sinut haastattelijaksi.\n\n'
         'Ehdokas: Eetu Mäkinen\n'
         'Työpaikka: %s – Kaarisilta Pelikoulu\n'
         'Aika: torstai 19.11.2026 klo 12.00–12.45\n'
         'Paikka: Microsoft Teams\n\n'
         'Tutustu ehdokkaan hakemukseen ja portfolioon etukäteen ja muista täyttää arviointilomake '
         '(scorecard) haastattelun jälkeen.\n\n'
         'Avaa ehdokasprofiili: https://app.teamtailor.com/companies/%s/candidates/%s\n\n'
         '--\n'
         'Teamtailor\n' % (job, tok('c18co', 8), tok('c18cand', 8)))
    m = ats_mail(vendor='teamtailor', date=d, frm_name='Teamtailor', frm_email='no-reply@teamtailor.com',
                 subject='Sinut on lisätty haastattelijaksi: Eetu Mäkinen – %s' % job,
                 msgid='<%s@teamtailor.com>' % tok('c18m', 24), ics_text=cal, ics_name='haastattelu.ics', text=t)
    case(18, 'kayttaja-haastattelee-kesaharjoittelijaa', {'01-lisatty-haastattelijaksi.eml': m},
         label([], 'hard', 'negative/user-is-interviewer',
               'Teamtailor interviewer notification with an .ics: the user (a part-time teacher at a game school) '
               'interviews a summer-trainee candidate. The user is the interviewer, not the candidate.'))


def c19():
    """TE-toimisto career coaching slot including job-interview practice."""
    dom = 'te-palvelut.example'
    marjo = ('Marjo Leinonen', 'marjo.leinonen@' + dom)
    s = T(HEL, 2026, 11, 9, 13, 0)
    e = T(HEL, 2026, 11, 9, 14, 0)
    wd(s, 'maanantai')
    d = T(HEL, 2026, 10, 30, 10, 15, 0)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//TE-palvelut//Ajanvaraus//FI', 'METHOD:REQUEST']
              + vtz_olson('Europe/Helsinki') + [
        'BEGIN:VEVENT', 'UID:te-%s@te-palvelut.example' % tok('c19uid', 14), 'DTSTAMP:%s' % zstamp(d),
        'DTSTART;TZID=Europe/Helsinki:%s' % local_stamp(s), 'DTEND;TZID=Europe/Helsinki:%s' % local_stamp(e),
        'SUMMARY:Uravalmennus: työhaastatteluun valmistautuminen',
        'DESCRIPTION:%s' % ics_escape('Ura- ja koulutussuunnittelu / uravalmennus. Asiantuntija Marjo Leinonen.'),
        'LOCATION:%s' % ics_escape('Helsingin TE-toimisto, Työpajankatu 14, 00580 Helsinki'),
        'ORGANIZER;CN=%s:mailto:%s' % marjo,
        attendee(OWNER_NAME, OWNER, 'NEEDS-ACTION'),
        'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    t = ('Hei Sanni,\n\n'
         'sinulle on varattu aika TE-toimiston uravalmennukseen.\n\n'
         'Aika: maanantai 9.11.2026 klo 13.00–14.00\n'
         'Paikka: Helsingin TE-toimisto, Työpajankatu 14, 00580 Helsinki (ilmoittaudu infopisteessä)\n'
         'Asiantuntija: Marjo Leinonen, uravalmentaja\n\n'
         'Tapaamisessa käydään läpi CV:si ja portfoliosi, ja harjoittelemme työhaastattelua peliala mielessä: '
         'teen sinulle harjoitushaastattelun ja annan palautetta. Ota mukaan työpaikkailmoitus, johon olet '
         'hakemassa.\n\n'
         'Jos aika ei sovi, vastaa tähän viestiin tai soita palvelunumeroon.\n\n'
         'Ystävällisin terveisin\n'
         'Marjo Leinonen\n'
         'Uravalmentaja, Helsingin TE-toimisto\n'
         '%s\n' % marjo[1])
    m = org_mail(date=d, frm_name=marjo[0], frm_email=marjo[1],
                 subject='Vahvistus: uravalmennusaika 9.11.2026 klo 13.00', text=t,
                 msgid='<%s@te-palvelut.example>' % tok('c19m', 24), host='smtp.te-palvelut.example',
                 ip='192.0.2.77', return_path=marjo[1], ics_text=cal, ics_name='tapaaminen.ics')
    case(19, 'te-toimisto-uravalmennus', {'01-uravalmennusaika-te-toimisto.eml': m},
         label([], 'hard', 'negative/mock-interview',
               'Employment office (TE-toimisto) career counselling slot with .ics; includes a practice job '
               'interview ("harjoitushaastattelu") - mock/coaching, not a hiring process step.'))


def c20():
    """Norwegian Recruitee self-scheduling request, nothing booked."""
    d = T(OSL, 2026, 11, 4, 11, 3, 27)
    wd(d, 'onsdag')
    a = T(OSL, 2026, 11, 10, 9, 0)
    b = T(OSL, 2026, 11, 10, 13, 0)
    c = T(OSL, 2026, 11, 11, 10, 0)
    t = ('Hei Sanni!\n\n'
         'Takk for søknaden til stillingen som Gameplay Programmer hos Isbryter Studio. Vi vil gjerne invitere '
         'deg til et første intervju (45 minutter, video).\n\n'
         'Velg et tidspunkt som passer deg via lenken under:\n'
         'https://app.recruitee.com/s/isbryter-studio/%s\n\n'
         'Ledige tider neste uke (norsk tid):\n'
         '- %s 10. november kl. 09:00 eller 13:00\n'
         '- %s 11. november kl. 10:00\n\n'
         'Lenken er gyldig i 5 dager. Når du har valgt et tidspunkt, får du en bekreftelse med '
         'kalenderinvitasjon.\n\n'
         'Vennlig hilsen\n'
         'Thea Lunde\n'
         'Rekruttering, Isbryter Studio AS\n\n'
         '--\n'
         'Sendt med Recruitee\n' % (tok('c20link', 22), wd(a, 'tirsdag'), wd(c, 'onsdag')))
    assert a.date() == b.date()
    m = ats_mail(vendor='recruitee', date=d, frm_name='Thea Lunde (Isbryter Studio)',
                 frm_email='isbryter-studio@mail.recruitee.com',
                 reply_to='isbryter-studio+c%s@inbound.recruitee.com' % tok('c20r', 12),
                 subject='Invitasjon til intervju – velg tidspunkt', text=t,
                 msgid='<%s.%s@mail.recruitee.com>' % (tok('c20m', 20), tok('c20mb', 8)))
    case(20, 'norsk-velg-intervjutid', {'01-invitasjon-velg-tidspunkt.eml': m},
         label([], 'hard', 'negative/availability-request',
               'Norwegian Recruitee "Invitasjon til intervju - velg tidspunkt" with a self-scheduling link and '
               'three open slots; no slot is booked in the mailbox, so no interview.'))


def c21():
    """Finnish Teamtailor rejection after an interview."""
    d = T(HEL, 2026, 10, 23, 15, 48, 20)
    wd(d, 'perjantai')
    past = T(HEL, 2026, 10, 20, 10, 0)
    wd(past, 'tiistai')
    t = ('Hei Sanni,\n\n'
         'kiitos hakemuksestasi Lakeus Gamesin Senior Gameplay Programmer -tehtävään ja kiitos, että kävit '
         'haastattelussa tiistaina 20.10. klo 10.00. Keskustelu kanssasi oli todella antoisa.\n\n'
         'Saimme paljon vahvoja hakemuksia, ja päätimme tällä kertaa jatkaa toisen hakijan kanssa, jonka '
         'kokemus konsolijulkaisuista vastasi tämänhetkisiä tarpeitamme hieman paremmin.\n\n'
         'Toivomme, että haet meille myös jatkossa. Säilytämme tietosi Teamtailorissa 12 kuukautta.\n\n'
         'Ystävällisin terveisin\n'
         'Henna Peltonen\n'
         'Lakeus Games Oy\n')
    m = ats_mail(vendor='teamtailor', date=d, frm_name='Henna Peltonen | Lakeus Games',
                 frm_email='no-reply@teamtailor.com',
                 reply_to='reply+%s@inbound.teamtailor.com' % tok('c21reply', 18),
                 subject='Kiitos hakemuksestasi – Senior Gameplay Programmer', text=t,
                 msgid='<%s@teamtailor.com>' % tok('c21m', 24))
    case(21, 'fi-hylkays-haastattelun-jalkeen', {'01-kiitos-hakemuksestasi-lakeus.eml': m},
         label([], 'medium', 'negative/rejection',
               'Finnish Teamtailor rejection that names the past interview ("tiistaina 20.10. klo 10.00"); '
               'rejections are not interviews.'))


def c22():
    """Take-home game design test (Recruitee) + the owner's own deadline event."""
    d = T(STO, 2026, 11, 2, 9, 30, 14)
    wd(d, 'Monday')
    dl = T(STO, 2026, 11, 8, 23, 59)
    wd(dl, 'Sunday')
    assert dl.astimezone(HEL).strftime('%H:%M') == '00:59'
    t = ('Hi Sanni,\n\n'
         'Thank you for your application for Game Designer at Vargtimmen Studio! As the next step we would like '
         'you to complete a short take-home game design test.\n\n'
         'Brief: design one new enemy archetype for our co-op roguelite, with a one-page pitch and a simple '
         'level-flow sketch. Please spend no more than 4 hours on it.\n\n'
         'Download the brief: https://app.recruitee.com/assessments/%s\n'
         'Deadline: Sunday 8 November 2026, 23:59 CET\n\n'
         'Once we have reviewed your submission, we will get back to you about a possible interview.\n\n'
         'Good luck!\n'
         'Vargtimmen Studio recruitment team\n\n'
         '--\n'
         'Sent with Recruitee\n' % tok('c22brief', 20))
    m = ats_mail(vendor='recruitee', date=d, frm_name='Vargtimmen Studio',
                 frm_email='vargtimmen-studio@mail.recruitee.com',
                 subject='Next step: game design test (take-home) – Game Designer', text=t,
                 msgid='<%s.%s@mail.recruitee.com>' % (tok('c22m', 20), tok('c22mb', 8)))
    eid = tok_b32('c22event', 26)
    ev = gcal_event(
        kind='calendar#event', etag='"%d"' % int(tok('c22etag', 13), 16), id=eid, status='confirmed',
        htmlLink='https://www.google.com/calendar/event?eid=%s' %
                 base64.urlsafe_b64encode(('%s %s' % (eid, OWNER)).encode()).decode().rstrip('='),
        created='2026-11-02T08:01:12.000Z', updated='2026-11-02T08:01:12.904Z',
        summary='DL: Vargtimmen design test (23:59 CET = 00:59 meillä!)',
        description='Palautus Recruiteen. Max 4 h työtä.',
        creator={'email': OWNER, 'self': True}, organizer={'email': OWNER, 'self': True},
        start={'date': '2026-11-08'}, end={'date': '2026-11-09'},
        transparency='transparent', iCalUID='%s@google.com' % eid, sequence=0,
        reminders={'useDefault': False, 'overrides': [{'method': 'popup', 'minutes': 1440}]},
        eventType='default')
    case(22, 'kotitehtava-pelisuunnittelutesti',
         {'01-next-step-design-test.eml': m, '02-dl-design-test.gcal.json': ev},
         label([], 'hard', 'negative/take-home-assessment',
               'Take-home game design test with a deadline (Recruitee) plus the user\'s own all-day reminder '
               'event in Calendar API form; an interview is only mentioned as a possible later step.'))


# ============================================================================
# output
# ============================================================================

def readme(n_pos, n_neg, n_sched, n_canc):
    return f"""# blind248: Helsinki game developer, Nordic + US studios (written blind)

Mailbox owner: **Sanni Heikkilä** <{OWNER}>, a Helsinki-based game developer (gameplay / engine / tools
programming, some technical design; author of the indie game *Kuurakko*) applying to studios in Helsinki, Espoo,
Oslo and Stockholm and to a remote US studio in Seattle. All people and companies are invented and use `.example`
domains; only vendor system senders (Google Calendar, Teamtailor, Recruitee, Outlook hosts) keep real product
domains.

This set was **written blind**: without reading the detector code, its tests or any other evaluation set (only
`/work/shared/eval/README.md` and two or three dev files for the file formats). Everything is regenerated
deterministically by `make_cases.py` (standard library + PyYAML + zoneinfo).

## What it stresses
- Languages: Finnish ("haastattelu", "tiistaina klo 14.00", "Kiitos hakemuksestasi"), Norwegian Bokmål
  ("intervju", "kl. 10:00", "norsk tid") and English.
- Vendors/formats: Teamtailor and Recruitee ATS mail (with and without .ics; tokenised inbound Reply-To
  addresses, no-reply senders), Google Calendar invitations in English, Finnish and Norwegian (UTC DTSTART),
  Exchange/Outlook requests and cancellations with Windows TZIDs (`W. Europe Standard Time`,
  `FLE Standard Time`), a standalone Teamtailor `.ics` with a `CUTYPE=GROUP` attendee, Calendar API
  `.gcal.json` events (timed and all-day), Gmail-style threads with quoted replies, a forwarded message with
  base64 bodies.
- Time zones and DST: EET/EEST (Helsinki), CET/CEST (Oslo, Stockholm) and Pacific time. EU clocks change on
  25 Oct 2026, US clocks on 1 Nov 2026: a reschedule keeps the same Helsinki wall time across the EU change
  (+03:00 -> +02:00); a Stockholm interview on 29 Oct is +01:00; a US screen on 29 Oct is PDT (-07:00, 9 h
  gap to Helsinki) while the follow-up on 5 Nov is PST (-08:00, 10 h gap); a Norwegian .ics carries only UTC.
- Relative dates ("på onsdag", "ensi viikolla tiistaina" then just "tiistai klo 14.00") resolved against the
  message Date.
- Final state: one reschedule (Google SEQUENCE 1 after an e-mail), one cancellation (Exchange METHOD:CANCEL),
  one case with two separate interviews, one onsite studio visit with an on-site game-design test (one onsite
  interview from the first session to the last), dedupe of mail + invite + API event.
- Follow-up recipients: coordinators who only schedule are not interviewers; interviewer addresses sometimes
  appear only in the invite or API event; no-reply, ATS inbound tokens and group addresses are never recipients.
- Hard look-alikes: game jam kickoff invite (sponsor hiring, "haastattelee joukkueita"), Kela phone
  appointment, sauna society board meeting where the user interviews volunteers, podcast "interview" about the
  user's indie game, the user interviewing a summer trainee (Teamtailor interviewer notification), TE-toimisto
  career coaching with a practice interview, Norwegian self-scheduling request with open slots, Finnish
  rejection naming the past interview, take-home design test with a deadline event.

## Counts
- {n_pos + n_neg} cases: {n_pos} positive, {n_neg} negative.
- {n_sched + n_canc} labelled interviews: {n_sched} scheduled, {n_canc} cancelled.

## Layout
`b248-NN-slug/NN-*.eml|.ics|.gcal.json` (sorted name order = arrival order) and `labels.yaml` (schema of
`/work/shared/eval/README.md`). Regenerate with `python make_cases.py`.
"""


def main():
    for c in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        c()
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX + '-') and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for cid, files, lab in CASES:
        folder = os.path.join(HERE, cid)
        os.makedirs(folder)
        names = sorted(files)
        assert [n[:2] for n in names] == ['%02d' % (i + 1) for i in range(len(names))], names
        for fname in names:
            data = files[fname]
            raw = data.encode('utf-8')
            if fname.endswith('.eml'):
                raw.decode('ascii')   # 7-bit clean messages
                assert ('Delivered-To: %s' % OWNER) in data
            with open(os.path.join(folder, fname), 'wb') as fh:
                fh.write(raw)
        labels[cid] = lab
    n_pos = sum(1 for l in labels.values() if l['interview'])
    n_neg = len(labels) - n_pos
    ivs = [i for l in labels.values() for i in l['interviews']]
    n_sched = sum(1 for i in ivs if i['status'] == 'scheduled')
    n_canc = sum(1 for i in ivs if i['status'] == 'cancelled')
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('# Labels for blind248 (written blind, synthetic). Schema: /work/shared/eval/README.md\n')
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(readme(n_pos, n_neg, n_sched, n_canc))
    print('%d cases (%d positive, %d negative), %d interviews (%d scheduled, %d cancelled)'
          % (len(labels), n_pos, n_neg, len(ivs), n_sched, n_canc))


if __name__ == '__main__':
    main()
