#!/usr/bin/env python3
"""Deterministic generator for the blind46 set (SHORT, SLOPPY AND MOBILE).

Rewrites every case folder and labels.yaml.  stdlib + PyYAML + zoneinfo only.
All people, companies and domains are invented (.example / example.com / mail.example).
"""
import hashlib
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
CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def wk(d, name):
    assert d.strftime('%a') == name, (d, d.strftime('%a'), name)
    return d


def _h(*parts):
    return hashlib.sha1('|'.join(str(p) for p in parts).encode()).hexdigest()


def mid(case, n, domain):
    return '<%s.%s@%s>' % (_h(case, n)[:20].upper(), _h(n, case)[:8], domain)


# ---------------------------------------------------------------- iCalendar
def fold(line):
    out, cur = [], b''
    for ch in line:
        b = ch.encode('utf-8')
        lim = 75 if not out else 74
        if len(cur) + len(b) > lim:
            out.append(cur)
            cur = b''
        cur += b
    out.append(cur)
    return '\r\n '.join(x.decode('utf-8') for x in out)


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def z(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def loc(d):
    return d.strftime('%Y%m%dT%H%M%S')


def ics(lines):
    return '\r\n'.join(fold(x) for x in lines) + '\r\n'


VTZ = {
    'Australia/Sydney': [
        'BEGIN:VTIMEZONE', 'TZID:Australia/Sydney', 'X-LIC-LOCATION:Australia/Sydney',
        'BEGIN:STANDARD', 'TZOFFSETFROM:+1100', 'TZOFFSETTO:+1000', 'TZNAME:AEST',
        'DTSTART:19700405T030000', 'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+1000', 'TZOFFSETTO:+1100', 'TZNAME:AEDT',
        'DTSTART:19701004T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU', 'END:DAYLIGHT',
        'END:VTIMEZONE'],
    'GMT Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
        'END:VTIMEZONE'],
    'Europe/London': [
        'BEGIN:VTIMEZONE', 'TZID:Europe/London', 'X-LIC-LOCATION:Europe/London',
        'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'TZNAME:BST',
        'DTSTART:19700329T010000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
        'BEGIN:STANDARD', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'TZNAME:GMT',
        'DTSTART:19701025T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
        'END:VTIMEZONE'],
}


def google_ics(method, uid, start, end, stamp, organizer, attendees, summary, desc, seq=0,
               status='CONFIRMED', tzid=None, meet=None):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', 'METHOD:' + method]
    if tzid:
        L += VTZ[tzid]
    L.append('BEGIN:VEVENT')
    if tzid:
        L += ['DTSTART;TZID=%s:%s' % (tzid, loc(start)), 'DTEND;TZID=%s:%s' % (tzid, loc(end))]
    else:
        L += ['DTSTART:' + z(start), 'DTEND:' + z(end)]
    L += ['DTSTAMP:' + z(stamp), 'ORGANIZER;CN=%s:mailto:%s' % organizer, 'UID:' + uid]
    for name, addr, ps in attendees:
        L.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s;'
                 'X-NUM-GUESTS=0:mailto:%s' % (ps, name, addr))
    if meet:
        L.append('X-GOOGLE-CONFERENCE:' + meet)
    L += ['CREATED:' + z(stamp), 'DESCRIPTION:' + esc(desc), 'LAST-MODIFIED:' + z(stamp),
          'LOCATION:', 'SEQUENCE:%d' % seq, 'STATUS:' + status, 'SUMMARY:' + esc(summary),
          'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ics(L)


# ---------------------------------------------------------------- e-mail
def mail(case, n, owner, frm, to, subject, date, text=None, html=None, cc=None, reply_to=None,
         irt=None, refs=None, cte='quoted-printable', extra=(), msgid=None, sender=None):
    m = EmailMessage()
    m['Delivered-To'] = owner
    dom = frm.split('@')[-1].rstrip('>')
    m['Received'] = ('from mx.%s (mx.%s [192.0.2.%d]) by mx.mail.example with ESMTPS id %s for <%s>; %s'
                     % (dom, dom, 10 + n, _h(case, n, 'r')[:12], owner, format_datetime(date + timedelta(seconds=2))))
    if sender:
        m['Sender'] = sender
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    m['Message-ID'] = msgid or mid(case, n, dom)
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = refs or irt
    for k, v in extra:
        m[k] = v
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype='html', cte='quoted-printable')
    else:
        m.set_content(html, subtype='html', cte=cte)
    return m


def add(case, fname, obj):
    if isinstance(obj, EmailMessage):
        for i, part in enumerate(obj.walk()):
            if part.is_multipart():
                part.set_boundary('00000000%s' % _h(case, fname, i)[:20])
        data = obj.as_bytes()
    elif isinstance(obj, str):
        data = obj.encode('utf-8')
    else:
        data = obj
    CASES.setdefault(case, []).append((fname, data))


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def on_wrote(d, who):
    return 'On %s, %s wrote:' % (d.strftime('%a, %b %-d, %Y at %-I:%M %p'), who)


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': interviewers, 'followup_recipients': recipients, 'kind': kind}


def label(case, user, interviews, difficulty, category, notes):
    LABELS[case] = {'user': user, 'interview': bool(interviews), 'interviews': interviews,
                    'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


def p(text):
    """very small text -> html helper"""
    import html as _h
    paras = text.strip('\n').split('\n\n')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">' + ''.join('<div>%s</div><div><br></div>' % _h.escape(x).replace('\n', '<br>')
                                        for x in paras) + '</div></body></html>')


IPHONE = '\n\nSent from my iPhone'
ANDROID = '\n\nGet Outlook for Android'


# ================================================================ positives
def c01():
    c = 'b46-01-hm-can-u-chat-thurs-2p-et'
    own = 'nadia.ferreira@example.com'
    greg = 'greg@brightwell-analytics.example'
    d1 = wk(T(2026, 3, 2, 8, 12, 'America/New_York'), 'Mon')
    t1 = ("hey Nadia - greg here, i run data eng at brightwell. saw ur app for the data engineer spot, "
          "really liked the dbt + airflow stuff on ur github\n\ncan u chat thurs 2p ET? 30 min, ill call ur cell\n\n-g" + IPHONE)
    m1 = mail(c, 1, own, 'Greg Halloran <%s>' % greg, 'Nadia Ferreira <%s>' % own, 'ur application', d1, t1)
    add(c, '01-greg-ur-application.eml', m1)
    d2 = T(2026, 3, 2, 9, 40, 'America/New_York')
    t2 = ("Hi Greg,\n\nThursday at 2pm ET works great. My cell is (617) 555-0148.\n\nLooking forward to it!\nNadia\n\n"
          + on_wrote(d1, 'Greg Halloran <%s>' % greg) + '\n' + quote(t1))
    m2 = mail(c, 2, own, 'Nadia Ferreira <%s>' % own, 'Greg Halloran <%s>' % greg, 'Re: ur application', d2, t2,
              irt=m1['Message-ID'], cte='7bit')
    add(c, '02-re-ur-application.eml', m2)
    d3 = T(2026, 3, 2, 9, 52, 'America/New_York')
    t3 = "\U0001F44D talk thurs" + IPHONE + '\n\n' + on_wrote(d2, 'Nadia Ferreira <%s>' % own) + '\n' + quote(t2)
    m3 = mail(c, 3, own, 'Greg Halloran <%s>' % greg, 'Nadia Ferreira <%s>' % own, 'Re: ur application', d3, t3,
              irt=m2['Message-ID'], refs=m1['Message-ID'] + ' ' + m2['Message-ID'])
    add(c, '03-greg-thumbs-up.eml', m3)
    s = wk(T(2026, 3, 5, 14, 0, 'America/New_York'), 'Thu')
    label(c, own, [iv('Brightwell Analytics', 'Data Engineer', s, s + timedelta(minutes=30), 'scheduled',
                      [greg], [greg], 'hiring_manager')], 'medium', 'positive/mobile-hm-no-interview-word',
          'Hiring manager types from his phone "can u chat thurs 2p ET? 30 min"; never says interview. '
          'Thursday resolved against Mon 2 Mar. Company only in the domain (brightwell-analytics).')


def c02():
    c = 'b46-02-recruiter-mon-1030a-pt-across-us-dst'
    own = 'tomas.reyes@mail.example'
    bree = 'bree.c@quillonhealth.example'
    d1 = wk(T(2026, 3, 6, 16, 5, 'America/Los_Angeles'), 'Fri')
    t1 = ("Hi Tomas!\n\nbree from quillon recruiting. lets grab 30 min mon 1030a PT for a quick intro call on the "
          "Sr Product Manager (Care Nav) role - ill call u at the # on ur resume. lmk if that doesnt work\n\n"
          "Bree Castellano\nTalent Partner | Quillon Health\n" + ANDROID)
    m1 = mail(c, 1, own, 'Bree Castellano <%s>' % bree, own, 'Sr PM - Quillon', d1, t1, html=p(t1))
    add(c, '01-bree-sr-pm-quillon.eml', m1)
    d2 = T(2026, 3, 7, 10, 31, 'America/Los_Angeles')
    t2 = "mon 10:30 works, thanks Bree. talk then" + IPHONE + '\n\n' + on_wrote(d1, 'Bree Castellano <%s>' % bree) + '\n' + quote(t1)
    m2 = mail(c, 2, own, 'Tomas Reyes <%s>' % own, 'Bree Castellano <%s>' % bree, 'Re: Sr PM - Quillon', d2, t2,
              irt=m1['Message-ID'])
    add(c, '02-re-sr-pm-quillon.eml', m2)
    s = wk(T(2026, 3, 9, 10, 30, 'America/Los_Angeles'), 'Mon')
    assert s.utcoffset() == timedelta(hours=-7) and d1.utcoffset() == timedelta(hours=-8)
    label(c, own, [iv('Quillon Health', 'Sr Product Manager (Care Nav)', s, s + timedelta(minutes=30), 'scheduled',
                      [bree], [bree], 'phone_screen')], 'medium', 'positive/mobile-recruiter-dst-edge',
          'Recruiter (Outlook for Android) proposes "mon 1030a PT" on Fri 6 Mar (PST); Monday 9 Mar is after the '
          'US DST switch so the call is at -07:00.')


def c03():
    c = 'b46-03-top-posted-thurs-14h-cet-moved'
    own = 'owen.marsh@example.com'
    lena = 'lena.hoffmann@fernweh-mobility.example'
    dana = 'dana.okonkwo@fernweh-mobility.example'
    L = 'Lena Hoffmann <%s>' % lena
    O = 'Owen Marsh <%s>' % own
    sig = ("Lena Hoffmann\nTalent Acquisition | Fernweh Mobility GmbH\nTorstraße 118, 10119 Berlin\n"
           "+49 30 5550 1882")
    subj = 'Fernweh Mobility - next step (Senior Android Engineer)'
    d1 = wk(T(2026, 3, 16, 10, 2, 'Europe/Berlin'), 'Mon')
    t1 = ("Hi Owen,\n\nthanks for the good conversation last week! The next step for the Senior Android Engineer "
          "role is a 45-minute technical interview with Dana Okonkwo, our Engineering Lead (Kotlin, some live "
          "coding on a shared screen).\n\nCould you do Tue 24 March 15:00 CET or Wed 25 March 11:00 CET?\n\n"
          "Best,\n" + sig)
    m1 = mail(c, 1, own, L, O, subj, d1, t1, html=p(t1))
    add(c, '01-lena-next-step.eml', m1)
    d2 = T(2026, 3, 16, 8, 47, 'America/New_York')
    t2 = ("Hi Lena,\n\nWed 25th at 11 CET works for me (that's 6am here in NY, no problem).\n\nThanks,\nOwen\n\n"
          + on_wrote(d1, L) + '\n' + quote(t1))
    m2 = mail(c, 2, own, O, L, 'Re: ' + subj, d2, t2, irt=m1['Message-ID'])
    add(c, '02-owen-wed-works.eml', m2)
    d3 = T(2026, 3, 16, 14, 20, 'Europe/Berlin')
    t3 = ("Perfect, confirmed for Wed 25 March 11:00 CET with Dana. Video link follows.\n\nBest,\nLena\n\n"
          + on_wrote(d2, O) + '\n' + quote(t2))
    r3 = m1['Message-ID'] + ' ' + m2['Message-ID']
    m3 = mail(c, 3, own, L, O, 'Re: ' + subj, d3, t3, irt=m2['Message-ID'], refs=r3)
    add(c, '03-lena-confirmed-wed.eml', m3)
    d4 = wk(T(2026, 3, 23, 17, 55, 'Europe/Berlin'), 'Mon')
    t4 = ("Hi Owen, sorry - Dana has a clash on wed now :( can we do thurs 14h CET instead? same 45 min, same link. "
          "dana is cc'd\n\nLena\n\nVon meinem iPhone gesendet\n\n" + on_wrote(d3, L) + '\n' + quote(t3))
    r4 = r3 + ' ' + m3['Message-ID']
    m4 = mail(c, 4, own, L, O, 'Re: ' + subj, d4, t4, cc='Dana Okonkwo <%s>' % dana, irt=m3['Message-ID'], refs=r4)
    add(c, '04-lena-can-we-do-thurs.eml', m4)
    d5 = T(2026, 3, 23, 13, 9, 'America/New_York')
    t5 = ("thurs 14h works \U0001F44D (9am my time)" + IPHONE + '\n\n' + on_wrote(d4, L) + '\n' + quote(t4))
    m5 = mail(c, 5, own, O, L, 'Re: ' + subj, d5, t5, cc='Dana Okonkwo <%s>' % dana, irt=m4['Message-ID'],
              refs=r4 + ' ' + m4['Message-ID'])
    add(c, '05-owen-thurs-works.eml', m5)
    s = wk(T(2026, 3, 26, 14, 0, 'Europe/Berlin'), 'Thu')
    assert s.utcoffset() == timedelta(hours=1)
    assert s.astimezone(ZoneInfo('America/New_York')).hour == 9
    label(c, own, [iv('Fernweh Mobility', 'Senior Android Engineer', s, s + timedelta(minutes=45), 'scheduled',
                      [dana], [dana], 'technical')], 'hard', 'positive/top-posted-reschedule',
          'Wed 25 Mar 11:00 CET confirmed, then a top-posted phone reply moves it to "thurs 14h CET" (Thu 26 Mar, '
          'still CET, EU DST starts 29 Mar; NY already on EDT). Interviewer Dana cc\'d.')


def c04():
    c = 'b46-04-auto-translated-second-interview-jst'
    own = 'sofia.alvarez@example.com'
    fuj = 'r.fujimoto@hoshizora-robotics.example'
    aoki = 't.aoki@hoshizora-robotics.example'
    d1 = wk(T(2026, 4, 8, 14, 30, 'Asia/Tokyo'), 'Wed')
    t1 = ("Sofia Alvarez Sama\n\nThank you for your hard work always.\n"
          "This is Fujimoto of the personnel department of Hoshizora Robotics.\n\n"
          "As a result of the previous interview, we would like to ask you to proceed to the second interview.\n"
          "The second interview will be carried out by the manager of the Robot Control Development Department, "
          "Mr. Aoki (CC).\n\n"
          "■Position: Robot control software engineer (mid-career recruitment)\n"
          "■Date and time: April 14 (Fire) 10:00 to 11:00 (Japan time)\n"
          "  * In Singapore it becomes 9:00 to 10:00.\n"
          "■Method: Microsoft Teams (URL will be sent separately)\n\n"
          "Please reply whether it is possible to attend or not.\n"
          "If the schedule does not fit, please tell us the candidate date.\n\n"
          "Thank you for your consideration.\n\n"
          "--\n星空ロボティクス株式会社 人事部 採用担当\n藤本 亮太 (Ryota Fujimoto)\n"
          "〒150-0002 東京都渋谷区渋谷2-0-0\nTEL: 03-5555-0192\n"
          "(This e-mail was machine translated. 本メールは機械翻訳されています。)")
    m1 = mail(c, 1, own, '藤本 亮太 <%s>' % fuj,
              'Sofia Alvarez <%s>' % own, '[Hoshizora Robotics] Regarding the guidance of the 2nd interview', d1, t1,
              cc='Takeshi Aoki <%s>' % aoki, cte='base64')
    add(c, '01-hoshizora-2nd-interview-guidance.eml', m1)
    d2 = T(2026, 4, 8, 14, 2, 'Asia/Singapore')
    t2 = ("Dear Fujimoto-san,\n\nthank you! I can attend on April 14, 10:00 JST.\n\nBest regards,\nSofia" + IPHONE +
          '\n\n' + on_wrote(d1, fuj) + '\n' + quote(t1))
    m2 = mail(c, 2, own, 'Sofia Alvarez <%s>' % own, fuj, 'Re: [Hoshizora Robotics] Regarding the guidance of the 2nd interview',
              d2, t2, cc='Takeshi Aoki <%s>' % aoki, irt=m1['Message-ID'], cte='base64')
    add(c, '02-sofia-can-attend.eml', m2)
    s = wk(T(2026, 4, 14, 10, 0, 'Asia/Tokyo'), 'Tue')
    assert s.astimezone(ZoneInfo('Asia/Singapore')).hour == 9
    label(c, own, [iv('Hoshizora Robotics', 'Robot control software engineer', s, s + timedelta(hours=1), 'scheduled',
                      [aoki], [aoki], 'hiring_manager')], 'hard', 'positive/auto-translated',
          'Machine-translated Japanese HR mail: "April 14 (Fire) 10:00 to 11:00 (Japan time)" (Fire = Tuesday). '
          'Base64 bodies; interviewer (department manager) is cc\'d. Sofia (Singapore) '
          'confirms from her phone.')


def c05():
    c = 'b46-05-slotpilot-booking-sydney-after-dst-end'
    own = 'jess.tran@example.com'
    aaron = 'aaron.pike@kookaburrapay.example'
    mel = 'mel.grant@kookaburrapay.example'
    A = 'Aaron Pike <%s>' % aaron
    d1 = wk(T(2026, 4, 2, 16, 40, 'Australia/Sydney'), 'Thu')
    t1 = ("hey jess,\n\nmel (our eng mgr) is keen to chat re the platform engineer role \U0001F64C grab a 30 min slot "
          "in her cal here whenever suits: https://slotpilot.example/kookaburra-pay/mel-grant-30\n\ncheers\nAaron\n\n"
          "Aaron Pike | Talent | Kookaburra Pay\nLevel 4, 60 Harrington St, The Rocks NSW 2000 | 0412 555 019" + IPHONE)
    m1 = mail(c, 1, own, A, 'jess.tran@example.com', 'platform eng @ kookaburra', d1, t1)
    add(c, '01-aaron-grab-a-slot.eml', m1)
    d2 = T(2026, 4, 2, 21, 14, 'Australia/Sydney')
    s = wk(T(2026, 4, 7, 11, 30, 'Australia/Sydney'), 'Tue')
    e = s + timedelta(minutes=30)
    assert s.utcoffset() == timedelta(hours=10) and d2.utcoffset() == timedelta(hours=11)
    uid = 'sp-%s@slotpilot.example' % _h(c, 'uid')[:16]
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//SlotPilot//Booking 4.2//EN', 'VERSION:2.0', 'METHOD:REQUEST']
              + VTZ['Australia/Sydney'] +
              ['BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + z(d2),
               'DTSTART;TZID=Australia/Sydney:' + loc(s), 'DTEND;TZID=Australia/Sydney:' + loc(e),
               'SUMMARY:Jess Tran <> Melissa Grant (Kookaburra Pay)',
               'DESCRIPTION:' + esc('Platform Engineer - chat with the hiring manager.\nGoogle Meet: https://meet.example/kpy-rtd-qwe\n\nNeed to make changes? https://slotpilot.example/b/' + _h(c)[:10]),
               'ORGANIZER;CN=Melissa Grant:mailto:' + mel,
               'ATTENDEE;CN=Melissa Grant;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:' + mel,
               'ATTENDEE;CN=Jess Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:' + own,
               'LOCATION:https://meet.example/kpy-rtd-qwe', 'SEQUENCE:0', 'STATUS:CONFIRMED',
               'END:VEVENT', 'END:VCALENDAR'])
    t2 = ("Hi Jess,\n\nYour booking is confirmed.\n\nWhat: 30 Minute Meeting - Melissa Grant\n"
          "When: Tue 7 Apr 2026, 11:30am - 12:00pm (AEST - Australia/Sydney)\n"
          "Who: Melissa Grant (host), Jess Tran\nWhere: https://meet.example/kpy-rtd-qwe\n\n"
          "Your answers:\nWhat would you like to chat about? platform engineer role (via Aaron)\n\n"
          "Reschedule or cancel: https://slotpilot.example/b/" + _h(c)[:10] + "\n\n-- \nSent by SlotPilot - scheduling made easy. "
          "You received this because you booked a meeting.")
    m2 = mail(c, 2, own, 'SlotPilot <no-reply@slotpilot.example>', own,
              'Confirmed: 30 Minute Meeting with Melissa Grant on Tue 7 Apr 2026', d2, t2, html=p(t2),
              reply_to='Melissa Grant <%s>' % mel)
    m2.add_attachment(cal.encode(), maintype='text', subtype='calendar', filename='invite.ics', params={'method': 'REQUEST'})
    add(c, '02-slotpilot-confirmed.eml', m2)
    d3 = T(2026, 4, 3, 8, 3, 'Australia/Sydney')
    t3 = ("saw u booked tues 11.30 w/ mel - nice one. shes great, v chill, mostly wants to hear how u think about "
          "infra. good luck!!" + IPHONE + '\n\n' + on_wrote(d1, A) + '\n' + quote(t1))
    m3 = mail(c, 3, own, A, own, 'Re: platform eng @ kookaburra', d3, t3, irt=m1['Message-ID'])
    add(c, '03-aaron-saw-u-booked.eml', m3)
    label(c, own, [iv('Kookaburra Pay', 'Platform Engineer', s, e, 'scheduled', [mel], [mel], 'hiring_manager')],
          'hard', 'positive/scheduling-vendor-dst-edge',
          'Scheduling-link booking (invented vendor SlotPilot, no-reply sender, .ics with VTIMEZONE) booked during '
          'AEDT for Tue 7 Apr, after Sydney DST ends on 5 Apr -> +10:00. Generic booking title; role only in '
          'the recruiter\'s mobile mail.')


def c06():
    c = 'b46-06-screen-thu-312-430p-pst-cancelled'
    own = 'devon.price@mail.example'
    kr = 'kristy@tidewatergames.example'
    K = 'Kristy Nguyen <%s>' % kr
    d1 = wk(T(2026, 3, 9, 11, 20, 'America/Los_Angeles'), 'Mon')
    t1 = ("Hi Devon - quick 20 min phone screen for the QA Lead role? Thu 3/12 @ 4:30p PST work? ill call u\n\n"
          "Kristy\nTidewater Games | Recruiting")
    m1 = mail(c, 1, own, K, own, 'QA Lead - Tidewater', d1, t1, html=p(t1))
    add(c, '01-kristy-phone-screen.eml', m1)
    d2 = T(2026, 3, 9, 12, 2, 'America/Los_Angeles')
    t2 = "yep thursday 4:30 works!" + IPHONE + '\n\n' + on_wrote(d1, K) + '\n' + quote(t1)
    m2 = mail(c, 2, own, 'Devon Price <%s>' % own, K, 'Re: QA Lead - Tidewater', d2, t2, irt=m1['Message-ID'])
    add(c, '02-devon-yep.eml', m2)
    d3 = wk(T(2026, 3, 11, 18, 2, 'America/Los_Angeles'), 'Wed')
    t3 = ("ugh so sorry devon - need to cancel our call tmrw, the QA lead req just got put on hold \U0001F615 "
          "ill reach back out if it reopens" + IPHONE + '\n\n' + on_wrote(d2, 'Devon Price <%s>' % own) + '\n' + quote(t2))
    m3 = mail(c, 3, own, K, own, 'Re: QA Lead - Tidewater', d3, t3, irt=m2['Message-ID'],
              refs=m1['Message-ID'] + ' ' + m2['Message-ID'])
    add(c, '03-kristy-need-to-cancel.eml', m3)
    s = wk(T(2026, 3, 12, 16, 30, 'America/Los_Angeles'), 'Thu')
    assert s.utcoffset() == timedelta(hours=-7)
    label(c, own, [iv('Tidewater Games', 'QA Lead', s, s + timedelta(minutes=20), 'cancelled', [kr], [kr],
                      'phone_screen')], 'hard', 'positive/cancel-by-email',
          '"Thu 3/12 @ 4:30p PST" - colloquial PST after the 8 Mar DST switch; resolved as Pacific wall time '
          '(PDT, -07:00). Cancelled the evening before ("need to cancel our call tmrw").')


def c07():
    c = 'b46-07-gcal-cancel-sick-kid-then-rebook'
    own = 'amara.obi@example.com'
    ro = 'rohan@pellucidlabs.example'
    R = 'Rohan Desai <%s>' % ro
    gsend = 'Google Calendar <calendar-notification@google.com>'
    desc = ("2nd stage for the Staff Product Designer role - portfolio walk-through with me, 45 min. "
            "No prep needed beyond 2 projects you'd like to show.")
    att = [('Rohan Desai', ro, 'ACCEPTED'), (own, own, 'NEEDS-ACTION')]

    def invite(n, fname, d, uid, s, summary, method='REQUEST', seq=0, status='CONFIRMED', prefix='Invitation'):
        e = s + timedelta(minutes=45)
        zn = s.tzname()
        when = '%s %s - %s (%s)' % (s.strftime('%a %-d %b %Y'), s.strftime('%H:%M'), e.strftime('%H:%M'), zn)
        cal = google_ics(method, uid, s, e, d, ('Rohan Desai', ro), att, summary, desc, seq=seq, status=status,
                         meet='https://meet.example/pcl-amrb-xyz')
        if method == 'CANCEL':
            body = ('This event has been cancelled.\n\n%s\n%s\nLondon time\n\nOrganiser\nRohan Desai\n%s\n\n'
                    'Invitation from Google Calendar' % (summary, when, ro))
        else:
            body = ('%s\n%s\nLondon time\n\nJoin with Google Meet\nhttps://meet.example/pcl-amrb-xyz\n\nOrganiser\n'
                    'Rohan Desai\n%s\n\nGuests\nRohan Desai - organiser\n%s\n\n%s\n\nInvitation from Google Calendar'
                    % (summary, when, ro, own, desc))
        m = mail(c, n, own, R, own, '%s: %s @ %s (%s)' % (prefix, summary, when, own), d, body, html=p(body),
                 reply_to=R, sender=gsend, msgid='<calendar-%s@google.com>' % _h(c, n)[:32])
        m.add_alternative(cal.encode(), maintype='text', subtype='calendar', params={'method': method, 'charset': 'UTF-8'}, cte='base64')
        m.add_attachment(cal.encode(), maintype='application', subtype='ics', filename='invite.ics')
        add(c, fname, m)

    uid1 = '%s@google.com' % _h(c, 'u1')[:26]
    uid2 = '%s@google.com' % _h(c, 'u2')[:26]
    s1 = wk(T(2026, 3, 27, 15, 0, 'Europe/London'), 'Fri')
    s2 = wk(T(2026, 4, 2, 15, 0, 'Europe/London'), 'Thu')
    assert s1.utcoffset() == timedelta(0) and s2.utcoffset() == timedelta(hours=1)
    invite(1, '01-invitation-amara-rohan.eml', T(2026, 3, 24, 11, 5, 'Europe/London'), uid1, s1,
           'Amara / Rohan - chat re Staff Designer')
    d2 = T(2026, 3, 27, 7, 40, 'Europe/London')
    t2 = ("amara so sorry - kiddo is sick, have to cancel today. will resend for next wk, really sorry!!\n\nR\n\n"
          "sent from my phone, pls excuse brevity")
    add(c, '02-rohan-so-sorry.eml', mail(c, 2, own, R, own, 'today', d2, t2))
    invite(3, '03-cancelled-event.eml', T(2026, 3, 27, 7, 42, 'Europe/London'), uid1, s1,
           'Amara / Rohan - chat re Staff Designer', method='CANCEL', seq=1, status='CANCELLED',
           prefix='Cancelled event')
    invite(4, '04-invitation-rebooked.eml', T(2026, 3, 28, 19, 15, 'Europe/London'), uid2, s2,
           'Amara / Rohan - chat re Staff Designer (take 2)')
    label(c, own, [
        iv('Pellucid Labs', 'Staff Product Designer', s1, s1 + timedelta(minutes=45), 'cancelled', [ro], [ro], 'hiring_manager'),
        iv('Pellucid Labs', 'Staff Product Designer', s2, s2 + timedelta(minutes=45), 'scheduled', [ro], [ro], 'hiring_manager')],
        'hard', 'positive/cancel-and-rebook',
        'Google invite Fri 27 Mar 15:00 GMT cancelled the same morning (phone mail + Google cancel, same UID); '
        'new invite with a NEW UID for Thu 2 Apr 15:00 BST (UK DST starts 29 Mar) -> two entries.')


def c08():
    c = 'b46-08-two-cos-teams-london-and-voice-to-text'
    own = 'hana.kowalski@example.com'
    gem = 'gemma.pratt@marlowfinch.example'
    oli = 'oliver.kemp@marlowfinch.example'
    ruth = 'ruth.adeyemi@marlowfinch.example'
    tom = 'tom.becker@larkspursupply.example'
    # (a) Exchange / Teams invite, London, Windows TZID
    d1 = T(2026, 4, 9, 10, 12, 'Europe/London')
    s1 = wk(T(2026, 4, 16, 15, 0, 'Europe/London'), 'Thu')
    e1 = s1 + timedelta(hours=1)
    assert s1.utcoffset() == timedelta(hours=1)
    subj = 'Technical interview - Hana Kowalski - Data Analyst (Risk)'
    body = ("When: Thursday, April 16, 2026 3:00 PM-4:00 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Hana,\n\n"
            "As discussed, here is your technical interview for the Data Analyst (Risk) position. You will meet "
            "Oliver Kemp (Head of Risk Analytics) and Ruth Adeyemi (Senior Analyst). Expect SQL and a short case "
            "discussion. I'm just organising so won't be joining.\n\n"
            "That's 9am your time in Chicago - shout if that's too early.\n\n"
            "Kind regards,\nGemma Pratt\nResourcing Coordinator | Marlow & Finch\n"
            "20 Eastcheap, London EC3M 1EB | +44 20 5550 7731\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.example/l/meetup-join/19%3ameeting_" + _h(c)[:24] + ">\n"
            "Meeting ID: 318 552 907 114\nPasscode: Hk7fQ2\n"
            "________________________________________________________________________________")
    cal = ics(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
              + VTZ['GMT Standard Time'] +
              ['BEGIN:VEVENT', 'ORGANIZER;CN=Gemma Pratt:mailto:' + gem,
               'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hana Kowalski:mailto:' + own,
               'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Kemp:mailto:' + oli,
               'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ruth Adeyemi:mailto:' + ruth,
               'DESCRIPTION;LANGUAGE=en-GB:' + esc(body.split('*~*~*~*~*~*~*~*~*~*\n\n', 1)[1]),
               'UID:040000008200E00074C5B7101A82E00800000000' + _h(c, 'uid')[:32].upper(),
               'SUMMARY;LANGUAGE=en-GB:' + subj,
               'DTSTART;TZID=GMT Standard Time:' + loc(s1), 'DTEND;TZID=GMT Standard Time:' + loc(e1),
               'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + z(d1), 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
               'SEQUENCE:0', 'LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting',
               'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
               'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
               'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
               'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
               'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
               'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    m1 = mail(c, 1, own, 'Gemma Pratt <%s>' % gem,
              'Hana Kowalski <%s>, Oliver Kemp <%s>, Ruth Adeyemi <%s>' % (own, oli, ruth), subj, d1, body,
              html=p(body), extra=[('Thread-Topic', subj), ('Content-class', 'urn:content-classes:calendarmessage'),
                                   ('X-MS-Has-Attach', ''), ('Accept-Language', 'en-GB')],
              msgid='<LO2P265MB%s@LO2P265MB%s.GBRP265.PROD.OUTLOOK.EXAMPLE>' % (_h(c, 1)[:16].upper(), _h(c, 2)[:4].upper()))
    m1.add_alternative(cal.encode(), maintype='text', subtype='calendar', params={'method': 'REQUEST', 'charset': 'UTF-8'}, cte='base64')
    add(c, '01-teams-technical-interview.eml', m1)
    # (b) voice-to-text recruiter mail
    d2 = wk(T(2026, 4, 10, 17, 48, 'America/Chicago'), 'Fri')
    t2 = ("Hi Hannah this is Tom from Larkspur supply we'd love to set up a quick call with you Wednesday at two "
          "thirty pm central to talk about the operations analyst roll. Does that work question mark\n\nTom" + IPHONE)
    m2 = mail(c, 2, own, 'Tom Becker <%s>' % tom, own, 'Larkspur', d2, t2)
    add(c, '02-tom-larkspur.eml', m2)
    d3 = T(2026, 4, 10, 19, 5, 'America/Chicago')
    t3 = ("Hi Tom,\n\nWednesday at 2:30 central works for me - talk then!\n\nHana\n\n"
          + on_wrote(d2, 'Tom Becker <%s>' % tom) + '\n' + quote(t2))
    add(c, '03-re-larkspur.eml', mail(c, 3, own, 'Hana Kowalski <%s>' % own, 'Tom Becker <%s>' % tom,
                                      'Re: Larkspur', d3, t3, irt=m2['Message-ID']))
    s2 = wk(T(2026, 4, 15, 14, 30, 'America/Chicago'), 'Wed')
    label(c, own, [
        iv('Marlow & Finch', 'Data Analyst (Risk)', s1, e1, 'scheduled', [oli, ruth], [oli, ruth], 'technical'),
        iv('Larkspur Supply', 'Operations Analyst', s2, None, 'scheduled', [tom], [tom], 'phone_screen')],
        'hard', 'positive/two-interviews',
        'Two companies: Exchange/Teams invite with Windows TZID "GMT Standard Time" and a "(UTC+00:00)" label '
        'for Thu 16 Apr 15:00 (= BST, +01:00); plus a voice-to-text mail ("two thirty pm central", "roll", '
        '"question mark") for Wed 15 Apr 14:30 CDT, no duration.')


def c09():
    c = 'b46-09-onsite-itinerary-html-only-emoji'
    own = 'marcus.bell@example.com'
    jo = 'jolene.park@cinderslate.example'
    ppl = [('9:30a', '10:15a', 'coding (bring ur laptop)', 'Sam Whitfield', 'sam.whitfield@cinderslate.example'),
           ('10:15a', '11:00a', 'system design', 'Ana Lucía Ortega', 'ana.ortega@cinderslate.example'),
           ('11:00a', '11:45a', 'lunch w/ the team \U0001F32E (not an interview, promise)', '', ''),
           ('11:45a', '12:30p', 'behavioral / values', 'Deepa Raman', 'deepa.raman@cinderslate.example'),
           ('12:30p', '1:15p', 'hiring mgr', 'Carl Jensen', 'carl.jensen@cinderslate.example'),
           ('1:30p', '2:15p', 'product sense', 'Yuki Sato', 'yuki.sato@cinderslate.example')]
    rows = ''.join('<tr><td style="padding:2px 8px">%s&ndash;%s</td><td style="padding:2px 8px">%s</td>'
                   '<td style="padding:2px 8px">%s%s</td></tr>'
                   % (a, b, what, n, (' &lt;<a href="mailto:%s">%s</a>&gt;' % (e, e)) if e else '')
                   for a, b, what, n, e in ppl)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:-apple-system,Helvetica,sans-serif;font-size:15px">'
            '<div>Marcus!! ur onsite is locked in for fri 4/24 \U0001F389\U0001F389</div><div><br></div>'
            '<div>9:30a-2:15p PT at our Pioneer Sq office, 312 Occidental Ave S, Suite 400, Seattle. '
            'check in w/ the front desk on 4 and ask for me. schedule below, 15 min break after Carl:</div>'
            '<div><br></div><table style="border-collapse:collapse">%s</table><div><br></div>'
            '<div>its for the Senior Backend Engineer role obvs. wear whatever, we\'re super casual</div>'
            '<div><br></div><div>jolene<br>recruiting @ Cinder &amp; Slate<br>c: 206-555-0133</div>'
            '<div><br></div><div>Sent from my iPhone</div></div></body></html>' % rows)
    d1 = wk(T(2026, 4, 14, 15, 22, 'America/Los_Angeles'), 'Tue')
    m1 = mail(c, 1, own, 'Jolene Park <%s>' % jo, 'Marcus Bell <%s>' % own, 'ur onsite!! \U0001F389', d1, None, html=html,
              cc=', '.join(e for *_, e in ppl if e))
    add(c, '01-jolene-ur-onsite.eml', m1)
    d2 = T(2026, 4, 14, 15, 40, 'America/Los_Angeles')
    t2 = "amazing, see u fri! \U0001F64F" + IPHONE + '\n\n' + on_wrote(d1, 'Jolene Park <%s>' % jo) + '\n> Marcus!! ur onsite is locked in for fri 4/24'
    add(c, '02-marcus-see-u-fri.eml', mail(c, 2, own, 'Marcus Bell <%s>' % own, 'Jolene Park <%s>' % jo,
                                           'Re: ur onsite!! \U0001F389', d2, t2, irt=m1['Message-ID']))
    s = wk(T(2026, 4, 24, 9, 30, 'America/Los_Angeles'), 'Fri')
    e = T(2026, 4, 24, 14, 15, 'America/Los_Angeles')
    ivs = [x[4] for x in ppl if x[4]]
    label(c, own, [iv('Cinder & Slate', 'Senior Backend Engineer', s, e, 'scheduled', ivs, ivs, 'onsite')],
          'medium', 'positive/onsite-html-only',
          'HTML-only, emoji-heavy recruiter mail from a phone; itinerary 9:30a-2:15p PT with lunch and a break -> '
          'one onsite with five interviewers (recruiter is not an interviewer).')


def c10():
    c = 'b46-10-founder-tmrw-5pm-ur-time-lisbon-ics'
    own = 'rui.matos@example.com'
    noor = 'noor@gridlark.example'
    N = 'Noor Haddad <%s>' % noor
    d1 = wk(T(2026, 3, 30, 6, 15, 'America/New_York'), 'Mon')
    t1 = ("hey rui - noor, cofounder @ gridlark. loved ur note re the founding eng role\n\nlets grab 30 min tmrw "
          "to chat? 5pm ur time work? ur in lisbon right. its the first step in our process, after that a tech "
          "round w my cofounder\n\nnoor\n\nsent from my iphone, pls excuse typos")
    m1 = mail(c, 1, own, N, own, 'gridlark x rui', d1, t1)
    add(c, '01-noor-grab-30-min.eml', m1)
    d2 = T(2026, 3, 30, 11, 58, 'Europe/Lisbon')
    t2 = "5pm works \U0001F64F talk tmrw\n\nRui\n\n" + on_wrote(d1, N) + '\n' + quote(t1)
    add(c, '02-rui-5pm-works.eml', mail(c, 2, own, 'Rui Matos <%s>' % own, N, 'Re: gridlark x rui', d2, t2,
                                        irt=m1['Message-ID']))
    s = wk(T(2026, 3, 31, 17, 0, 'Europe/Lisbon'), 'Tue')
    e = s + timedelta(minutes=30)
    assert s.utcoffset() == timedelta(hours=1)
    stamp = T(2026, 3, 30, 7, 20, 'America/New_York')
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apple Inc.//iPhone OS 19.3//EN', 'METHOD:REQUEST',
               'CALSCALE:GREGORIAN', 'BEGIN:VEVENT', 'UID:' + _h(c, 'uid')[:8].upper() + '-4C1E-9A77-' + _h(c)[:12].upper(),
               'DTSTAMP:' + z(stamp), 'CREATED:' + z(stamp), 'LAST-MODIFIED:' + z(stamp),
               'DTSTART:' + z(s), 'DTEND:' + z(e), 'SUMMARY:rui <> noor (gridlark)',
               'DESCRIPTION:' + esc('founding eng chat\nhttps://meet.example/grd-noor-rui'),
               'LOCATION:https://meet.example/grd-noor-rui',
               'ORGANIZER;CN=Noor Haddad:mailto:' + noor,
               'ATTENDEE;CN=Noor Haddad;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:' + noor,
               'ATTENDEE;CN=Rui Matos;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:' + own,
               'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    add(c, '03-rui-noor-gridlark.ics', cal)
    label(c, own, [iv('Gridlark', 'Founding Engineer', s, e, 'scheduled', [noor], [noor], 'hiring_manager')],
          'medium', 'positive/founder-chat-relative-date',
          'Cofounder in New York: "lets grab 30 min tmrw ... 5pm ur time" (Lisbon, WEST +01:00 since 29 Mar), '
          'explicitly first process step; standalone iPhone .ics in UTC confirms 16:00Z.')


def c11():
    c = 'b46-11-intervew-pushed-to-thurs-fwd-from-hm'
    own = 'leah.goldberg@example.com'
    mb = 'marco.bianchi@halcyonassay.example'
    kofi = 'kofi.mensah@halcyonassay.example'
    M = 'Marco Bianchi <%s>' % mb
    L = 'Leah Goldberg <%s>' % own
    d1 = wk(T(2026, 3, 12, 13, 4, 'America/New_York'), 'Thu')
    t1 = ("Hi Leah - intervew w/ Kofi (Dir. of Automation) set for wed 3/18 @ 11a ET, 45 min on zoom. kofi cc'd.\n"
          "link: https://halcyonassay.zoom.example/j/88412390571\n\nits for the Lab Automation Engineer role - "
          "expect questions on liquid handlers + python\n\nMarco\n\nMarco Bianchi | Talent Acquisition\n"
          "Halcyon Assay | 1 Kendall Sq, Bldg 600, Cambridge MA | 617-555-0162")
    m1 = mail(c, 1, own, M, L, 'Leah G - next step', d1, t1, cc='Kofi Mensah <%s>' % kofi, html=p(t1))
    add(c, '01-marco-intervew-set.eml', m1)
    d0 = wk(T(2026, 3, 16, 8, 2, 'America/New_York'), 'Mon')
    d2 = T(2026, 3, 16, 8, 31, 'America/New_York')
    fwd = ("________________________________\nFrom: Kofi Mensah <%s>\nSent: Monday, March 16, 2026 8:02 AM\n"
           "To: Marco Bianchi <%s>\nSubject: RE: Leah G - next step\n\nMarco - got pulled into the audit wed, can "
           "we move Leah to thurs, same time? sorry\nK" % (kofi, mb))
    t2 = ("fyi see below - can we push to thurs same time? (3/19, 11a ET) sorry!!\n\nGet Outlook for iOS\n" + fwd)
    m2 = mail(c, 2, own, M, L, 'FW: Leah G - next step', d2, t2, cc='Kofi Mensah <%s>' % kofi)
    add(c, '02-marco-fw-push-to-thurs.eml', m2)
    d3 = T(2026, 3, 16, 9, 10, 'America/New_York')
    t3 = "thurs 3/19 11am ET works, thanks!" + IPHONE + '\n\n' + on_wrote(d2, M) + '\n' + quote(t2)
    m3 = mail(c, 3, own, L, M, 'Re: FW: Leah G - next step', d3, t3, cc='Kofi Mensah <%s>' % kofi,
              irt=m2['Message-ID'])
    add(c, '03-leah-thurs-works.eml', m3)
    d4 = T(2026, 3, 16, 9, 26, 'America/New_York')
    t4 = "done \u2705 same zoom\n\nGet Outlook for iOS\n\n" + on_wrote(d3, L) + '\n' + quote(t3)
    add(c, '04-marco-done.eml', mail(c, 4, own, M, L, 'Re: FW: Leah G - next step', d4, t4,
                                     cc='Kofi Mensah <%s>' % kofi, irt=m3['Message-ID'],
                                     refs=m2['Message-ID'] + ' ' + m3['Message-ID']))
    s = wk(T(2026, 3, 19, 11, 0, 'America/New_York'), 'Thu')
    assert s.utcoffset() == timedelta(hours=-4)
    label(c, own, [iv('Halcyon Assay', 'Lab Automation Engineer', s, s + timedelta(minutes=45), 'scheduled',
                      [kofi], [kofi], 'technical')], 'medium', 'positive/reschedule-forwarded',
          'Typo "intervew" set for Wed 3/18 11a ET, then a forwarded note from the interviewer moves it to '
          '"thurs same time" -> Thu 19 Mar 11:00 EDT, 45 min kept.')


def c12():
    c = 'b46-12-kennenlerngespraech-donnerstag-14-uhr'
    own = 'elif.yilmaz@mail.example'
    kv = 'k.vogel@nordlicht-logistik.example'
    jw = 'jonas.weber@nordlicht-logistik.example'
    K = 'Katrin Vogel <%s>' % kv
    E = 'Elif Yilmaz <%s>' % own
    J = 'Jonas Weber <%s>' % jw
    d1 = wk(T(2026, 4, 20, 8, 47, 'Europe/Berlin'), 'Mon')
    t1 = ("Hallo Elif,\n\ndanke für deine Bewerbung als Werkstudentin Data Analytics! Passt dir Donnerstag "
          "14:00 Uhr für ein kurzes Kennenlerngespräch (ca. 30 Min, per Teams) mit unserem Teamlead Jonas? "
          "Ich bin selbst nicht dabei, hab Jonas aber in CC gesetzt.\n\nVG Katrin\n\n"
          "Katrin Vogel | People & Culture\nNordlicht Logistik GmbH | Am Sandtorkai 50, 20457 Hamburg\n"
          "Tel. +49 40 5550 3310\n\nOutlook für Android herunterladen")
    m1 = mail(c, 1, own, K, E, 'Deine Bewerbung - Werkstudentin Data Analytics', d1, t1, cc=J, cte='base64')
    add(c, '01-katrin-kennenlernen.eml', m1)
    d2 = T(2026, 4, 20, 9, 30, 'Europe/Berlin')
    t2 = ("Hallo Katrin,\n\nDonnerstag 14 Uhr passt super, danke!\n\nLG Elif\n\nVon meinem iPhone gesendet\n\n"
          "Am 20.04.2026 um 08:47 schrieb Katrin Vogel <%s>:\n" % kv + quote(t1))
    m2 = mail(c, 2, own, E, K, 'AW: Deine Bewerbung - Werkstudentin Data Analytics', d2, t2, cc=J,
              irt=m1['Message-ID'], cte='base64')
    add(c, '02-elif-passt.eml', m2)
    d3 = T(2026, 4, 20, 10, 5, 'Europe/Berlin')
    t3 = ("Hi Elif, freu mich! Link kommt gleich per Einladung. Bis Do \U0001F44B\nJonas\n\n"
          "Von meinem iPhone gesendet")
    add(c, '03-jonas-freu-mich.eml', mail(c, 3, own, J, E, 'AW: Deine Bewerbung - Werkstudentin Data Analytics',
                                          d3, t3, cc=K, irt=m2['Message-ID'],
                                          refs=m1['Message-ID'] + ' ' + m2['Message-ID'], cte='base64'))
    s = wk(T(2026, 4, 23, 14, 0, 'Europe/Berlin'), 'Thu')
    assert s.utcoffset() == timedelta(hours=2)
    label(c, own, [iv('Nordlicht Logistik', 'Werkstudentin Data Analytics', s, s + timedelta(minutes=30),
                      'scheduled', [jw], [jw], 'hiring_manager')], 'medium', 'positive/german-mobile',
          'German, base64: "Donnerstag 14:00 Uhr ... Kennenlerngespräch (ca. 30 Min)" with the team lead '
          '(cc); recruiter not attending. Thursday after Mon 20 Apr = 23 Apr, CEST.')


def c13():
    c = 'b46-13-added-u-to-my-cal-gcal-json-sao-paulo'
    own = 'beatriz.costa@example.com'
    ana = 'ana.ribeiro@cobaltledger.example'
    A = 'Ana Ribeiro <%s>' % ana
    d1 = wk(T(2026, 5, 4, 19, 12, 'Europe/Lisbon'), 'Mon')
    t1 = ("oi bia! added u to my cal for thurs 1030 ur time - its the 2nd rd for the product designer role, "
          "mostly portfolio + how u work w eng. 45 min. see u there\n\nAna\n\nEnviado do meu iPhone")
    add(c, '01-ana-added-u-to-my-cal.eml', mail(c, 1, own, A, own, '2nd rd', d1, t1))
    s = wk(T(2026, 5, 7, 10, 30, 'America/Sao_Paulo'), 'Thu')
    e = s + timedelta(minutes=45)
    assert s.utcoffset() == timedelta(hours=-3)
    ev = {
        'kind': 'calendar#event', 'etag': '"%s"' % str(int(_h(c, 'etag')[:12], 16))[:16],
        'id': _h(c, 'id')[:26], 'status': 'confirmed',
        'htmlLink': 'https://calendar.example/event?eid=' + _h(c, 'eid')[:40],
        'created': '2026-05-04T18:09:41.000Z', 'updated': '2026-05-04T18:10:02.118Z',
        'summary': 'Bia x Ana \u2014 2nd rd',
        'description': 'portfolio + eng collab. no slides needed \U0001F642',
        'creator': {'email': ana, 'displayName': 'Ana Ribeiro'},
        'organizer': {'email': ana, 'displayName': 'Ana Ribeiro'},
        'start': {'dateTime': iso(s), 'timeZone': 'America/Sao_Paulo'},
        'end': {'dateTime': iso(e), 'timeZone': 'America/Sao_Paulo'},
        'iCalUID': _h(c, 'id')[:26] + '@google.com', 'sequence': 0,
        'attendees': [{'email': ana, 'displayName': 'Ana Ribeiro', 'organizer': True, 'responseStatus': 'accepted'},
                      {'email': own, 'self': True, 'responseStatus': 'needsAction'}],
        'hangoutLink': 'https://meet.example/cbl-bia-ana',
        'reminders': {'useDefault': True}, 'eventType': 'default'}
    add(c, '02-bia-x-ana.gcal.json', json.dumps(ev, indent=2, ensure_ascii=False) + '\n')
    label(c, own, [iv('Cobalt Ledger', 'Product Designer', s, e, 'scheduled', [ana], [ana], 'hiring_manager')],
          'medium', 'positive/gcal-json-plus-mobile-mail',
          'Mobile note from Lisbon-based Ana ("thurs 1030 ur time", 45 min, 2nd rd) plus the Calendar API event '
          'in America/Sao_Paulo (-03:00, no DST); one interview. Company only in the domain.')


# ================================================================ negatives
def thread(c, own, msgs, subj):
    """msgs: list of (fname, from, to, date, text). plain reply chain."""
    prev = None
    refs = []
    for i, (fname, frm, to, d, text) in enumerate(msgs, 1):
        body = text
        if prev is not None:
            body = text + '\n\n' + on_wrote(prev[1], prev[0]) + '\n' + quote(prev[2])
        m = mail(c, i, own, frm, to, subj if i == 1 else 'Re: ' + subj, d, body,
                 irt=refs[-1] if refs else None, refs=' '.join(refs) if refs else None)
        refs.append(m['Message-ID'])
        prev = (frm, d, body)
        add(c, fname, m)


def n14():
    c = 'b46-14-friend-coffee-thurs-2p-not-interview'
    own = 'sam.okoro@example.com'
    F = 'Priscilla Lane <priscilla.lane@mail.example>'
    S = 'Sam Okoro <%s>' % own
    thread(c, own, [
        ('01-pris-coffee.eml', F, S, T(2026, 3, 10, 12, 3, 'America/Chicago'),
         "lets grab coffee thurs 2p? the place on 3rd w the good croissants. i can give u the scoop on my team before "
         "u apply for that senior data scientist role - def not an interview lol, just coffee \u2615" + IPHONE),
        ('02-sam-yesss.eml', S, F, T(2026, 3, 10, 12, 20, 'America/Chicago'),
         "yesss thurs 2 \U0001F44D will bring questions. is the hiring mgr nice"),
        ('03-pris-fwd-resume.eml', F, S, T(2026, 3, 10, 12, 41, 'America/Chicago'),
         "shes great. also fwd me ur resume and ill put in a referral so the recruiter reaches out to schedule "
         "a screen w u" + IPHONE)], 'coffee thurs?')
    label(c, own, [], 'hard', 'negative/friend-coffee',
          'Friend coffee ("def not an interview") about a role; referral promised, no screen booked.')


def n15():
    c = 'b46-15-landlord-viewing-applicant-chat'
    own = 'yusuf.demir@example.com'
    B = 'Brenda Kowal <brenda@harborviewrentals.example>'
    Y = 'Yusuf Demir <%s>' % own
    thread(c, own, [
        ('01-brenda-viewing.eml', B, Y, T(2026, 4, 15, 18, 44, 'America/Los_Angeles'),
         "hi yusuf, can u do a viewing sat 11a for the 2br on Alder St? theres a few other applicants coming so i "
         "do a quick 10 min chat w each one after to go over the application. bring proof of income + 2 references. "
         "txt me at 503-555-0176 if ur running late\n\nBrenda\nHarborview Rentals\n1420 SE Alder St, Portland OR"
         + IPHONE),
        ('02-yusuf-sat-works.eml', Y, B, T(2026, 4, 15, 19, 2, 'America/Los_Angeles'),
         "sat 11 works, see u there. i'll have my offer letter from the new job as proof of income"),
        ('03-brenda-great.eml', B, Y, T(2026, 4, 15, 19, 30, 'America/Los_Angeles'), "great \U0001F44D" + IPHONE)],
        'viewing sat')
    label(c, own, [], 'hard', 'negative/landlord-viewing',
          'Apartment viewing with a short "chat w each applicant"; not a job interview.')


def n16():
    c = 'b46-16-dentist-text-to-email-reminder'
    own = 'chloe.martin@example.com'
    gw = 'Text Message <sms-4155550190@txt.mailgate.example>'
    d1 = T(2026, 3, 10, 9, 0, 'America/Los_Angeles')
    t1 = ("Bayside Dental: Reminder - appt w/ Dr. Osei Thu 3/12 @ 4:30p (cleaning, 60 min). Reply C to confirm, "
          "R to reschedule. 2201 Irving St, SF. Msg&data rates may apply. STOP to opt out")
    add(c, '01-sms-reminder.eml', mail(c, 1, own, gw, own, 'Text Message from (415) 555-0190', d1, t1, cte='7bit'))
    d2 = T(2026, 3, 10, 9, 14, 'America/Los_Angeles')
    t2 = "Bayside Dental: Thanks Chloe! Your appt is confirmed for Thu 3/12 4:30p. See you then \U0001F9B7"
    add(c, '02-sms-confirmed.eml', mail(c, 2, own, gw, own, 'Text Message from (415) 555-0190', d2, t2))
    label(c, own, [], 'medium', 'negative/dentist-sms',
          'SMS-to-email dentist reminder in the same "Thu 3/12 @ 4:30p" style as the screen in case 06.')


def n17():
    c = 'b46-17-sales-rep-quick-call-interview-software'
    own = 'diego.santos@example.com'
    ty = 'Tyler Brandt <tyler@screenwise.example>'
    sig = ("\n\nTyler Brandt | AE, Screenwise\nm: 628-555-0111 | 88 Howard St, Ste 900, San Francisco CA\n"
           "Book time w me: https://screenwise.example/meet/tyler")
    d1 = T(2026, 4, 6, 10, 2, 'America/Los_Angeles')
    t1 = ("hey diego - saw ur hiring for 3 eng roles \U0001F440 quick call thurs? 15 min, i'll show how Screenwise "
          "auto-schedules candidate interviews and scores the phone screens for u. does 2p PT work?" + sig)
    m1 = mail(c, 1, own, ty, own, 'quick call?', d1, t1, html=p(t1))
    add(c, '01-tyler-quick-call.eml', m1)
    d2 = T(2026, 4, 8, 8, 15, 'America/Los_Angeles')
    t2 = ("bumping this \U0001F446 still free thurs 2p? happy to do 10 min if ur slammed" + sig + '\n\n'
          + on_wrote(d1, ty) + '\n' + quote(t1))
    add(c, '02-tyler-bump.eml', mail(c, 2, own, ty, own, 'Re: quick call?', d2, t2, html=p(t2),
                                     irt=m1['Message-ID']))
    label(c, own, [], 'hard', 'negative/sales-quick-call',
          'Cold sales pitch for interview-scheduling software; "quick call thurs 2p PT", never accepted, user not a candidate.')


def n18():
    c = 'b46-18-dating-app-drinks-fri-8ish'
    own = 'ben.hartley@example.com'
    K = 'Kindling <noreply@kindling.example>'
    d1 = T(2026, 4, 16, 21, 4, 'America/New_York')
    t1 = ("Clara sent you a message \U0001F525\n\n\"haha ok this is starting to feel like a job interview \U0001F602 "
          "what's ur 5 yr plan. jk. drinks fri 8ish? the wine bar on 5th\"\n\nReply in the app: "
          "https://kindling.example/m/" + _h(c)[:12] + "\n\nYou're getting this because message alerts are on. "
          "Manage notifications in Settings.")
    add(c, '01-kindling-new-message.eml', mail(c, 1, own, K, own, 'Clara sent you a message', d1, t1, html=p(t1)))
    d2 = T(2026, 4, 16, 21, 30, 'America/New_York')
    t2 = ("Clara sent you a message\n\n\"perfect see u fri at 8 then \U0001F377\"\n\nReply in the app: "
          "https://kindling.example/m/" + _h(c)[:12])
    add(c, '02-kindling-see-u-fri.eml', mail(c, 2, own, K, own, 'Clara sent you a message', d2, t2, html=p(t2)))
    label(c, own, [], 'medium', 'negative/date',
          'Dating-app notifications: a date ("feels like a job interview" joke), fri 8ish.')


def n19():
    c = 'b46-19-user-sits-in-on-candidate-intervew'
    own = 'grace.liu@example.com'
    mo = 'manny.ortiz@verdantsys.example'
    M = 'Manny Ortiz <%s>' % mo
    G = 'Grace Liu <%s>' % own
    d1 = wk(T(2026, 4, 1, 17, 50, 'America/Denver'), 'Wed')
    t1 = ("can u sit in on the candidate intervew tmrw 2p? need a 2nd opinion on the backend guy, he's strong on "
          "paper. ill send the invite" + IPHONE)
    m1 = mail(c, 1, own, M, G, 'tmrw', d1, t1)
    add(c, '01-manny-sit-in.eml', m1)
    d2 = T(2026, 4, 1, 18, 3, 'America/Denver')
    t2 = "sure, ill be there. send me his resume?" + IPHONE + '\n\n' + on_wrote(d1, M) + '\n' + quote(t1)
    add(c, '02-grace-sure.eml', mail(c, 2, own, G, M, 'Re: tmrw', d2, t2, irt=m1['Message-ID']))
    s = T(2026, 4, 2, 14, 0, 'America/Denver')
    e = s + timedelta(hours=1)
    d3 = T(2026, 4, 1, 18, 20, 'America/Denver')
    summ = 'Interview: Victor Almeida - Backend Engineer (panel)'
    desc = ('Interviewers: Manny Ortiz, Grace Liu\nCandidate: Victor Almeida (joins via Zoom link from HireLoop)\n'
            'Please submit your scorecard in HireLoop within 24h.')
    cal = google_ics('REQUEST', _h(c, 'uid')[:26] + '@google.com', s, e, d3, ('Manny Ortiz', mo),
                     [('Manny Ortiz', mo, 'ACCEPTED'), ('Grace Liu', own, 'NEEDS-ACTION')], summ, desc)
    when = 'Thu Apr 2, 2026 2pm - 3pm (MDT)'
    body = ('%s\n%s\nMountain Time - Denver\n\nOrganizer\nManny Ortiz\n%s\n\nGuests\nManny Ortiz - organizer\n%s\n\n%s'
            '\n\nInvitation from Google Calendar' % (summ, when, mo, own, desc))
    m3 = mail(c, 3, own, M, own, 'Invitation: %s @ %s (%s)' % (summ, when, own), d3, body, html=p(body),
              reply_to=M, sender='Google Calendar <calendar-notification@google.com>',
              msgid='<calendar-%s@google.com>' % _h(c, 3)[:32])
    m3.add_alternative(cal.encode(), maintype='text', subtype='calendar', params={'method': 'REQUEST', 'charset': 'UTF-8'}, cte='base64')
    m3.add_attachment(cal.encode(), maintype='application', subtype='ics', filename='invite.ics')
    add(c, '03-invitation-candidate-interview.eml', m3)
    label(c, own, [], 'hard', 'negative/user-is-interviewer',
          'Colleague asks the owner to sit in on a candidate interview; Google invite names her as interviewer.')


def n20():
    c = 'b46-20-availability-request-never-booked'
    own = 'tariq.aziz@mail.example'
    H = 'Holly Dunne <holly@amberlineinsurance.example>'
    Tq = 'Tariq Aziz <%s>' % own
    thread(c, own, [
        ('01-holly-set-up-a-call.eml', H, Tq, T(2026, 4, 17, 15, 12, 'America/New_York'),
         "hi tariq! would love to set up a call w/ our hiring mgr for the claims analyst role. send me a few times "
         "that work next wk?\n\nHolly Dunne | Recruiter | Amberline Insurance | 860-555-0147" + IPHONE),
        ('02-tariq-times.eml', Tq, H, T(2026, 4, 17, 16, 0, 'America/New_York'),
         "sure - tues after 2 or wed am (ET) works, or thurs anytime"),
        ('03-holly-will-circle-back.eml', H, Tq, T(2026, 4, 17, 16, 22, 'America/New_York'),
         "perfect ty, will check w/ her and circle back \U0001F64F" + IPHONE)], 'claims analyst - next steps')
    label(c, own, [], 'hard', 'negative/availability-request',
          'Recruiter asks for availability, candidate offers windows, nothing booked.')


def n21():
    c = 'b46-21-podcast-intervew-record-thurs-3p'
    own = 'keisha.monroe@example.com'
    D = 'Dev Malhotra <dev@shippingfastpod.example>'
    K = 'Keisha Monroe <%s>' % own
    thread(c, own, [
        ('01-dev-record-the-intervew.eml', D, K, T(2026, 4, 20, 11, 5, 'America/New_York'),
         "hey keisha! can we record the intervew for the pod thurs 3p ET? 30 min on zoom, super casual - we'll talk "
         "about ur DataConf talk + how u hire for ur team. episode drops in may\n\nDev\nShipping Fast (the podcast)"
         + IPHONE),
        ('02-keisha-thurs-3-works.eml', K, D, T(2026, 4, 20, 12, 40, 'America/New_York'),
         "thurs 3 works! do u need a headshot?"),
        ('03-dev-yes-pls.eml', D, K, T(2026, 4, 20, 12, 55, 'America/New_York'),
         "yes pls + a 2 line bio. zoom link: https://zoom.example/j/5550182 \U0001F399\uFE0F" + IPHONE)],
        'shipping fast pod')
    label(c, own, [], 'hard', 'negative/podcast',
          'Podcast "intervew" recording thurs 3p ET; press/podcast interviews are not job interviews.')


def n22():
    c = 'b46-22-mock-intervew-tmrw-6p-bootcamp-peer'
    own = 'lucas.moreau@example.com'
    ife = 'ife.adebayo@mail.example'
    I = 'Ife Adebayo <%s>' % ife
    Lc = 'Lucas Moreau <%s>' % own
    d1 = T(2026, 3, 3, 21, 14, 'America/Toronto')
    t1 = ("mock intervew tmrw 6p? ill grill u on system design \U0001F608 then u do me. 45 min on meet, pretend im "
          "the HM at some big tech co lol" + IPHONE)
    m1 = mail(c, 1, own, I, Lc, 'mock tmrw', d1, t1)
    add(c, '01-ife-mock-tmrw.eml', m1)
    d2 = T(2026, 3, 3, 21, 30, 'America/Toronto')
    t2 = "bet. 6p \U0001F91D" + '\n\n' + on_wrote(d1, I) + '\n' + quote(t1)
    add(c, '02-lucas-bet.eml', mail(c, 2, own, Lc, I, 'Re: mock tmrw', d2, t2, irt=m1['Message-ID']))
    s = T(2026, 3, 4, 18, 0, 'America/Toronto')
    d3 = T(2026, 3, 3, 21, 40, 'America/Toronto')
    summ = 'Mock interview practice (Lucas <> Ife) - system design'
    cal = google_ics('REQUEST', _h(c, 'uid')[:26] + '@google.com', s, s + timedelta(minutes=45), d3,
                     ('Ife Adebayo', ife), [('Ife Adebayo', ife, 'ACCEPTED'), ('Lucas Moreau', own, 'NEEDS-ACTION')],
                     summ, 'bootcamp peer practice - swap after 45', meet='https://meet.example/ife-luc-mck')
    when = 'Wed Mar 4, 2026 6pm - 6:45pm (EST)'
    body = ('%s\n%s\nEastern Time - Toronto\n\nJoin with Google Meet\nhttps://meet.example/ife-luc-mck\n\n'
            'Organizer\nIfe Adebayo\n%s\n\nbootcamp peer practice - swap after 45\n\nInvitation from Google Calendar'
            % (summ, when, ife))
    m3 = mail(c, 3, own, I, own, 'Invitation: %s @ %s (%s)' % (summ, when, own), d3, body, html=p(body),
              reply_to=I, sender='Google Calendar <calendar-notification@google.com>',
              msgid='<calendar-%s@google.com>' % _h(c, 3)[:32])
    m3.add_alternative(cal.encode(), maintype='text', subtype='calendar', params={'method': 'REQUEST', 'charset': 'UTF-8'}, cte='base64')
    m3.add_attachment(cal.encode(), maintype='application', subtype='ics', filename='invite.ics')
    add(c, '03-invitation-mock.eml', m3)
    label(c, own, [], 'hard', 'negative/mock-interview',
          'Peer mock interview practice with a Google invite; mock/coaching sessions are not job interviews.')


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22):
        f()
    for d in HERE.iterdir():
        if d.is_dir() and d.name.startswith('b46-'):
            shutil.rmtree(d)
    for case, items in CASES.items():
        (HERE / case).mkdir()
        for fname, data in items:
            (HERE / case / fname).write_bytes(data)
    with open(HERE / 'labels.yaml', 'w', encoding='utf-8') as fh:
        fh.write('# blind46 labels (SHORT, SLOPPY AND MOBILE). Generated by make_cases.py - do not edit by hand.\n')
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)
    print('wrote %d cases, %d interviews' % (len(CASES), sum(len(v['interviews']) for v in LABELS.values())))


if __name__ == '__main__':
    main()
