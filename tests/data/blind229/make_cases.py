#!/usr/bin/env python3
"""Regenerate the blind229 evaluation set (written blind).

Deterministic: every date, Message-ID, boundary and UID is fixed or derived from a
fixed seed, so running this twice produces byte-identical files.
Standard library + PyYAML only. Run:  python make_cases.py
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TPE = ZoneInfo("Asia/Taipei")
SGT = ZoneInfo("Asia/Singapore")
LA = ZoneInfo("America/Los_Angeles")
UTC = ZoneInfo("UTC")

OWNER = "yvonne.lin@example.com"
OWNER_ZH = "林怡君"
OWNER_EN = "Yvonne Lin"
OWNER_WORK = "yvonne.lin@chengxin-tech.example"   # current employer (auto-forwards to OWNER)

CASES = {}    # case id -> {filename: bytes}
LABELS = {}

# --------------------------------------------------------------------------- basics

def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def wd(dt, name):
    """Assert that dt (in its own zone) falls on weekday `name` (Mon..Sun)."""
    assert _WD[dt.weekday()] == name, (dt, name, _WD[dt.weekday()])
    return dt


def hx(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}|{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hx("d" + seed, n))


def letters(seed, n):
    alpha = "abcdefghijklmnopqrstuvwxyz"
    return "".join(alpha[int(hx("l" + seed, 2 * n)[2 * i:2 * i + 2], 16) % 26] for i in range(n))


def meet_code(seed):
    s = letters(seed, 10)
    return f"{s[:3]}-{s[3:7]}-{s[7:]}"


def enc(s):
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def A(name, email):
    if not name:
        return email
    if name.isascii():
        return formataddr((name, email))
    return formataddr((name, email), charset="utf-8")


def rfc(dt):
    return format_datetime(dt)


def ldt(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def zdt(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

# --------------------------------------------------------------------------- MIME

def leaf(ctype, text, cte="base64", disp=None, extra=()):
    raw = text.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
    else:
        assert text.isascii()
        body = text if text.endswith("\n") else text + "\n"
    h = [("Content-Type", ctype)]
    if disp:
        h.append(("Content-Disposition", disp))
    h.append(("Content-Transfer-Encoding", cte))
    h += list(extra)
    return (h, body)


def multi(subtype, boundary, parts):
    h = [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')]
    out = ""
    for ph, pb in parts:
        out += f"--{boundary}\n" + "".join(f"{k}: {v}\n" for k, v in ph) + "\n" + pb
    out += f"--{boundary}--\n"
    return (h, out)


def eml(headers, root):
    rh, rb = root
    s = "".join(f"{k}: {v}\n" for k, v in headers if v is not None)
    s += "MIME-Version: 1.0\n"
    s += "".join(f"{k}: {v}\n" for k, v in rh) + "\n" + rb
    assert s.isascii(), "non-ascii in message"
    return s.encode("ascii")


def gmail_boundary(seed):
    return "000000000000" + hx("gb" + seed, 16)


def outlook_boundary(seed):
    return "_000_" + hx("ob" + seed, 32).upper() + "prodoutlookcom_"


def html_gmail(text):
    paras = []
    for line in text.split("\n"):
        paras.append(html.escape(line) if line else "<br>")
    return '<div dir="ltr">' + "".join(f"<div>{p}</div>" for p in paras) + "</div>\n"


def html_outlook(text, font="Calibri"):
    body = "".join(
        f'<p class="MsoNormal">{html.escape(line) if line else "&nbsp;"}</p>\n' for line in text.split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<style>p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}</style></head>\n'
            f'<body lang="ZH-TW" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n{body}</div></body></html>\n')


def alt(seed, text, htm, cte="base64", style="gmail", charset="UTF-8"):
    b = gmail_boundary(seed) if style == "gmail" else outlook_boundary(seed)
    return multi("alternative", b, [
        leaf(f'text/plain; charset="{charset}"', text, cte),
        leaf(f'text/html; charset="{charset}"', htm, cte),
    ])


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

# --------------------------------------------------------------------------- iCalendar

def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ical(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ_EX_TAIPEI = [
    "BEGIN:VTIMEZONE", "TZID:Taipei Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_SINGAPORE = [
    "BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "X-LIC-LOCATION:Asia/Singapore",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:+08", "DTSTART:19700101T000000",
    "END:STANDARD", "END:VTIMEZONE",
]
VTZ_TAIPEI = [
    "BEGIN:VTIMEZONE", "TZID:Asia/Taipei", "X-LIC-LOCATION:Asia/Taipei",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "DTSTART:19700101T000000",
    "END:STANDARD", "END:VTIMEZONE",
]


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hx("uid" + seed, 72).upper()


def teams_block(seed, lang="en"):
    tid = hx("tid" + seed, 8) + "-" + hx("t2" + seed, 4) + "-4" + hx("t3" + seed, 3) + "-a" + hx("t4" + seed, 3) + "-" + hx("t5" + seed, 12)
    oid = hx("oid" + seed, 8) + "-" + hx("o2" + seed, 4) + "-4" + hx("o3" + seed, 3) + "-b" + hx("o4" + seed, 3) + "-" + hx("o5" + seed, 12)
    thread = base64.b64encode(hashlib.sha256(("th" + seed).encode()).digest()).decode()[:32].replace("+", "A").replace("/", "B")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    mid = digits("mid" + seed, 12)
    mid = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}"
    pwd = letters("pw" + seed, 3).upper() + digits("pw" + seed, 2) + letters("pw2" + seed, 1)
    opts = f"https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{thread}@thread.v2&messageId=0&language={'zh-TW' if lang == 'zh' else 'en-US'}"
    bar = "_" * 80
    if lang == "zh":
        text = (f"{bar}\nMicrosoft Teams 會議\n在您的電腦、行動應用程式或會議室裝置上加入\n按一下這裡以加入會議<{url}>\n"
                f"會議識別碼: {mid}\n密碼: {pwd}\n下載 Teams<https://www.microsoft.com/zh-tw/microsoft-teams/download-app> | "
                f"在網頁上加入<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n深入了解<https://aka.ms/JoinTeamsMeeting> | "
                f"會議選項<{opts}>\n{bar}\n")
    else:
        text = (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<{url}>\n"
                f"Meeting ID: {mid}\nPasscode: {pwd}\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                f"Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | "
                f"Meeting options<{opts}>\n{bar}\n")
    return text, url


def exchange_invite(*, seed, sender, to, cc=(), subject, sent, when_line, where, body, organizer, attendees,
                    start, end, tzid="Taipei Standard Time", vtz=VTZ_EX_TAIPEI, tz=TPE, lang="en",
                    teams=True, seq=0, method="REQUEST", extra_headers=(), delivered_to=OWNER):
    """Exchange / Outlook meeting request: multipart/alternative text+html+calendar."""
    lang_tag = "zh-TW" if lang == "zh" else "en-US"
    sep = "*~*~*~*~*~*~*~*~*~*"
    if lang == "zh":
        head = f"時間: {when_line}\n位置: {where}\n\n{sep}\n\n"
    else:
        head = f"When: {when_line}\nWhere: {where}\n\n{sep}\n\n"
    text = head + body.rstrip("\n") + "\n\n"
    turl = None
    if teams:
        tb, turl = teams_block(seed, lang)
        text += tb
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + vtz + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role, partstat in attendees:
        cal.append(f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}")
    cal += [
        f"DESCRIPTION;LANGUAGE={lang_tag}:{ics_esc(text)}",
        f"UID:{exchange_uid(seed)}",
        f"SUMMARY;LANGUAGE={lang_tag}:{ics_esc(subject)}",
        f"DTSTART;TZID={tzid}:{ldt(start, tz)}",
        f"DTEND;TZID={tzid}:{ldt(end, tz)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zdt(sent)}", "TRANSP:OPAQUE",
        "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE={lang_tag}:{ics_esc(where)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:-{digits('own' + seed, 10)}",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if turl:
        cal += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}",
                'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(where)}",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR"]
    b = outlook_boundary(seed)
    root = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_outlook(text, "Microsoft JhengHei" if lang == "zh" else "Aptos"), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ical(cal), "base64"),
    ])
    tindex = base64.b64encode(hashlib.sha256(("ti" + seed).encode()).digest()[:22]).decode()
    n = digits("msg" + seed, 4)
    headers = [
        ("Delivered-To", delivered_to),
        ("Received", f"from TYZPR03MB{n}.apcprd03.prod.outlook.com ([fe80::{hx('rx' + seed, 4)}:{hx('ry' + seed, 4)}])\n"
                     f"        by TYZPR03MB{n}.apcprd03.prod.outlook.com with mapi id 15.20.8901.021;\n"
                     f"        {rfc(sent.astimezone(UTC))}"),
        ("From", A(*sender)),
        ("To", ", ".join(A(*t) for t in to)),
    ]
    if cc:
        headers.append(("CC", ", ".join(A(*c) for c in cc)))
    headers += [
        ("Subject", enc(subject)),
        ("Thread-Topic", enc(subject)),
        ("Thread-Index", tindex),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Message-ID", f"<TYZPR03MB{n}{hx('mid' + seed, 20).upper()}@TYZPR03MB{n}.apcprd03.prod.outlook.com>"),
        ("Accept-Language", f"{lang_tag}, en-US"),
        ("Content-Language", lang_tag),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ] + list(extra_headers)
    return eml(headers, root)


def gtime(dt):
    h = dt.hour % 12 or 12
    return f"{h}{':%02d' % dt.minute if dt.minute else ''}{'am' if dt.hour < 12 else 'pm'}"


def zhtime(dt, dots=True):
    p = "上午" if dt.hour < 12 else "下午"
    h = dt.hour % 12 or 12
    if dots:
        return f"{p}{h}點" if dt.minute == 0 else f"{p}{h}:{dt.minute:02d}"
    return f"{p}{h}:{dt.minute:02d}"


ZHWD = "一二三四五六日"


def google_invite(*, seed, organizer, guests, title, start, end, tz, tzname_en, tzname_zh, subj_tz, sent, uid,
                  description, location="", meet=True, seq=0, updated=False, locale="en", created=None):
    """Google Calendar invitation e-mail: multipart/mixed(alternative(text, html, calendar), invite.ics)."""
    s, e = start.astimezone(tz), end.astimezone(tz)
    code = meet_code(seed) if meet else None
    if locale == "zh":
        prefix = "已更新邀請" if updated else "邀請"
        subj = (f"{prefix}：{title} @ {s.year}年{s.month}月{s.day}日週{ZHWD[s.weekday()]} "
                f"{zhtime(s)} - {zhtime(e)} {subj_tz} ({OWNER})")
        when = f"{s.year}年{s.month}月{s.day}日星期{ZHWD[s.weekday()]} ⋅ {zhtime(s)} – {zhtime(e)}\n{tzname_zh}"
    else:
        prefix = "Updated invitation" if updated else "Invitation"
        subj = (f"{prefix}: {title} @ {s.strftime('%a %b')} {s.day}, {s.year} {gtime(s)} - {gtime(e)} {subj_tz} ({OWNER})")
        when = f"{s.strftime('%A %b')} {s.day}, {s.year} ⋅ {gtime(s)} – {gtime(e)}\n{tzname_en}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    lines = []
    if updated:
        lines += ["此活動已變更。" if locale == "zh" else "This event has been updated",
                  "變更項目：時間" if locale == "zh" else "Changed: time", ""]
    lines += [title, when]
    if location:
        lines.append(location)
    lines.append("")
    if meet:
        lines += ["使用 Google Meet 加入會議" if locale == "zh" else "Join with Google Meet",
                  f"https://meet.google.com/{code}", ""]
    lines += [description.rstrip("\n"), ""]
    lines += ["主辦人" if locale == "zh" else "Organizer", organizer[0], organizer[1], ""]
    lines += ["邀請對象" if locale == "zh" else "Guests", f"{organizer[0]} - {'主辦人' if locale == 'zh' else 'organizer'}"]
    for g in guests:
        if g[1] == organizer[1]:
            continue
        label = g[0] or g[1]
        if g[2] == "OPT-PARTICIPANT":
            label += " - 選擇性參加" if locale == "zh" else " - optional"
        lines.append(label)
    tok = hx("tok" + seed, 40)
    ctz = str(tz)
    if locale == "zh":
        lines += [f"查看所有邀請對象資訊 https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={tok}&ctz={ctz}&hl=zh_TW&es=0",
                  "", f"{OWNER} 的回覆", "", "來自 Google 日曆的邀請：https://calendar.google.com/calendar/", "",
                  "您收到這封電子郵件是因為您是這項活動的邀請對象。如果不想再收到這項活動的最新消息，請拒絕參加這項活動。", "",
                  "轉寄這封邀請可能會讓任何收件者傳送回覆給主辦人、被新增到邀請對象名單中、邀請其他人 (無論其本身的邀請狀態為何)，或修改您的回覆。瞭解詳情 https://support.google.com/calendar/answer/37135#forwarding"]
    else:
        lines += [f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={tok}&ctz={ctz}&hl=en&es=0",
                  "", f"Reply for {OWNER}", "", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
                  "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.", "",
                  "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    htm = ('<!doctype html><html><head><meta charset="UTF-8"></head><body>'
           '<div itemscope itemtype="http://schema.org/Event"><meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/>'
           f'<meta itemprop="startDate" content="{zdt(start)}"/><meta itemprop="endDate" content="{zdt(end)}"/>'
           '<table cellpadding="0" cellspacing="0" border="0" style="width:100%">'
           + "".join(f'<tr><td style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">{html.escape(l) or "&nbsp;"}</td></tr>' for l in lines)
           + "</table></div></body></html>\n")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
           "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{zdt(start)}", f"DTEND:{zdt(end)}", f"DTSTAMP:{zdt(sent)}",
           f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, role, partstat in guests:
        rsvp = ";RSVP=TRUE" if partstat == "NEEDS-ACTION" else ""
        cal.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat}{rsvp};CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    created = created or sent - timedelta(minutes=3)
    join = "使用 Google Meet 加入會議" if locale == "zh" else "Join with Google Meet"
    cal += [f"CREATED:{zdt(created)}",
            f"DESCRIPTION:{ics_esc(description.rstrip(chr(10)))}" + (f"\\n\\n{join}: https://meet.google.com/{code}" if meet else ""),
            f"LAST-MODIFIED:{zdt(sent)}", f"LOCATION:{ics_esc(location)}", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
            f"SUMMARY:{ics_esc(title)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ical(cal)
    inner = multi("alternative", gmail_boundary("in" + seed), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', htm, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "base64"),
    ])
    att = leaf('application/ics; name="invite.ics"', ics, "base64", disp='attachment; filename="invite.ics"')
    root = multi("mixed", gmail_boundary("mx" + seed), [inner, att])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", f"by 2002:a05:7300:{hx('r' + seed, 4)}:b0:{hx('r2' + seed, 3)}:{hx('r3' + seed, 4)}:{hx('r4' + seed, 4)} with SMTP id {letters('smtp' + seed, 10)};\n"
                     f"        {rfc(sent.astimezone(UTC))}"),
        ("Return-Path", f"<3{letters('rp' + seed, 14)}-calendar-notification@google.com>"),
        ("Reply-To", A(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{hx('cid' + seed, 8)}-{hx('c2' + seed, 4)}-{hx('c3' + seed, 4)}-{hx('c4' + seed, 4)}-{hx('c5' + seed, 12)}@google.com>"),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Subject", enc(subj)),
        ("From", A(*organizer)),
        ("To", OWNER),
    ]
    return eml(headers, root)


def gmail_headers(*, seed, sender, to, sent, subject, cc=(), reply_to=None, in_reply_to=None, refs=None,
                  msgid=None, extra=()):
    h = [("Delivered-To", OWNER),
         ("Received", f"by 2002:a05:6400:{hx('r' + seed, 4)}:b0:{hx('r2' + seed, 3)}:{hx('r3' + seed, 4)}:{hx('r4' + seed, 4)} with SMTP id {letters('smtp' + seed, 10)};\n"
                      f"        {rfc(sent)}")]
    h += list(extra)
    h += [("From", A(*sender)), ("To", ", ".join(A(*t) for t in to))]
    if cc:
        h.append(("Cc", ", ".join(A(*c) for c in cc)))
    if reply_to:
        h.append(("Reply-To", A(*reply_to)))
    h += [("Date", rfc(sent)), ("Subject", enc(subject)),
          ("Message-ID", msgid or f"<CA+{letters('m' + seed, 6)}{hx('m' + seed, 30)}@mail.gmail.com>")]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if refs:
        h.append(("References", refs))
    return h


def outlook_headers(*, seed, sender, to, sent, subject, cc=(), in_reply_to=None, refs=None, lang="zh-TW"):
    n = digits("n" + seed, 4)
    mid = f"<TYZPR03MB{n}{hx('mid' + seed, 20).upper()}@TYZPR03MB{n}.apcprd03.prod.outlook.com>"
    h = [("Delivered-To", OWNER),
         ("Received", f"from TYZPR03MB{n}.apcprd03.prod.outlook.com ([fe80::{hx('rx' + seed, 4)}:{hx('ry' + seed, 4)}])\n"
                      f"        by TYZPR03MB{n}.apcprd03.prod.outlook.com with mapi id 15.20.8901.021;\n"
                      f"        {rfc(sent.astimezone(UTC))}"),
         ("From", A(*sender)), ("To", ", ".join(A(*t) for t in to))]
    if cc:
        h.append(("CC", ", ".join(A(*c) for c in cc)))
    h += [("Subject", enc(subject)), ("Thread-Topic", enc(subject)),
          ("Thread-Index", base64.b64encode(hashlib.sha256(("ti" + seed).encode()).digest()[:22]).decode()),
          ("Date", rfc(sent.astimezone(UTC))), ("Message-ID", mid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if refs:
        h.append(("References", refs))
    h += [("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return h, mid


def outlook_msgid(seed):
    n = digits("n" + seed, 4)
    return f"<TYZPR03MB{n}{hx('mid' + seed, 20).upper()}@TYZPR03MB{n}.apcprd03.prod.outlook.com>"

# --------------------------------------------------------------------------- labels

def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def put(case, name, data):
    CASES.setdefault(case, {})[name] = data if isinstance(data, bytes) else data.encode("utf-8")

# --------------------------------------------------------------------------- vendor-ish templates

def html_brand(brand, color, text, footer=""):
    rows = []
    for para in text.strip("\n").split("\n\n"):
        rows.append("<p style=\"margin:0 0 14px 0;line-height:1.6\">" +
                    "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f'<title>{html.escape(brand)}</title></head>\n<body style="margin:0;background:#f4f5f7">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,\'Microsoft JhengHei\',sans-serif;font-size:14px;color:#333">\n'
            f'<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:18px;font-weight:bold">{html.escape(brand)}</td></tr>\n'
            '<tr><td style="padding:24px">\n' + "\n".join(rows) + '\n</td></tr>\n'
            f'<tr><td style="padding:12px 24px;font-size:12px;color:#888">{html.escape(footer)}</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n')


def joblink_mail(*, seed, company, subject, sent, text, kind="interview-notice"):
    footer = "此信件由 JobLink人力銀行 系統自動發送，請勿直接回覆。© JobLink Co., Ltd."
    root = alt(seed, text + "\n" + footer + "\n", html_brand("JobLink人力銀行", "#ff7800", text, footer))
    headers = [
        ("Delivered-To", OWNER),
        ("Received", f"from mailer.joblink-tw.example (mailer.joblink-tw.example [198.51.100.{20 + int(digits(seed, 2))}])\n"
                     f"        by mx.example.com with ESMTPS id {letters(seed, 12)}\n        for <{OWNER}>; {rfc(sent)}"),
        ("Return-Path", f"<bounce-{digits(seed, 7)}@mailer.joblink-tw.example>"),
        ("From", A(f"{company} via JobLink人力銀行", f"{kind}@joblink-tw.example")),
        ("To", A(OWNER_ZH, OWNER)),
        ("Subject", enc(subject)),
        ("Date", rfc(sent)),
        ("Message-ID", f"<{sent.strftime('%Y%m%d%H%M%S')}.{hx(seed, 12)}@mailer.joblink-tw.example>"),
        ("X-Mailer", "JobLink Notify 4.2"),
        ("List-Unsubscribe", "<https://www.joblink-tw.example/member/notify-setting>"),
    ]
    return eml(headers, root)

# =========================================================================== cases

def case01():
    c = "b229-01-joblink-relay-manager-interview"
    sent = wd(T(TPE, 2026, 10, 5, 10, 12, 33), "Mon")
    start = wd(T(TPE, 2026, 10, 14, 14, 0), "Wed")
    text = f"""{OWNER_ZH} 您好：

鈺晶半導體股份有限公司 透過 JobLink人力銀行 寄送面試邀約給您，請於面試前回覆是否出席。

應徵職務：產品行銷經理（功率元件）
面試日期：2026/10/14（三）
面試時間：14:00（約 60 分鐘）
面試地點：新竹科學園區 力行六路 18 號 鈺晶半導體 三廠 1F 訪客中心
面試方式：現場面試（主管面試）
攜帶物品：身分證件（換證入園區）、近期行銷企劃或產品上市案例（可用筆電展示）
聯絡人：人力資源部 張雅婷
聯絡電話：03-578-6120 分機 2215
聯絡信箱：yating.chang@yujing-semi.example

企業留言：
林小姐您好，感謝您應徵本公司產品行銷經理一職。行銷處 處長 看過您的履歷後，很希望能當面與您聊聊車用與工業市場的經驗。如時間不便，請直接來信或來電與雅婷聯繫，我們可以再協調。

【回覆面試邀約】
接受：https://www.joblink-tw.example/interview/reply?i=YJ{digits(c, 8)}&a=accept
要求改期：https://www.joblink-tw.example/interview/reply?i=YJ{digits(c, 8)}&a=reschedule
婉拒：https://www.joblink-tw.example/interview/reply?i=YJ{digits(c, 8)}&a=decline
"""
    put(c, "01-joblink-interview-invite-yujing.eml", joblink_mail(
        seed=c, company="鈺晶半導體股份有限公司", sent=sent, text=text,
        subject="【JobLink面試邀約】鈺晶半導體股份有限公司 邀請您參加面試－產品行銷經理（功率元件）"))
    label(c, [iv("鈺晶半導體", "產品行銷經理（功率元件）", start, start + timedelta(minutes=60), "scheduled",
                 [], ["yating.chang@yujing-semi.example"], "hiring_manager")],
          "medium", "positive/job-bank-relay",
          "Job-bank relay (104-style) sent from a system address; in-person manager interview 10/14 (三) 14:00 "
          "Taipei, about 60 min. The interviewer (行銷處 處長) has no address; follow-up goes to the HR contact "
          "whose address is given in the body, not to the relay sender.")


def case02():
    c = "b229-02-tomorrow-2pm-video-screen"
    sent1 = wd(T(TPE, 2026, 10, 8, 16, 40, 12), "Thu")
    start = T(TPE, 2026, 10, 9, 14, 0)   # 明天下午兩點 relative to Thu 10/8
    recruiter = ("吳佩珊", "peishan.wu@lianfeng-micro.example")
    sig = """吳佩珊 Peishan Wu
人力資源部 招募專員
聯峰微電子股份有限公司
新竹市東區園區二路 61 號
T: +886-3-579-0118 ext. 3312"""
    body1 = f"""怡君您好：

我是聯峰微電子人資部的佩珊，感謝您應徵本公司「資深市場行銷經理（車用 MCU）」職缺。

想跟您約明天下午兩點（台北時間）進行約 30 分鐘的視訊面試，會先由我跟您聊聊過去的經歷、轉職動機與對職缺的期待。面試使用 Google Meet：
https://meet.google.com/{meet_code(c)}

若明天下午兩點不方便，也請直接回信告訴我其他時段，謝謝！

{sig}
"""
    h1, mid1 = outlook_headers(seed=c + "1", sender=recruiter, to=[(OWNER_ZH, OWNER)], sent=sent1,
                               subject="聯峰微電子－資深市場行銷經理 視訊面試邀約")
    put(c, "01-lianfeng-video-interview-invite.eml",
        eml(h1, alt(c + "1", body1, html_outlook(body1, "Microsoft JhengHei"), "quoted-printable", "outlook")))
    # owner's reply (quoted inside the recruiter's confirmation)
    sent_owner = T(TPE, 2026, 10, 8, 17, 5, 48)
    owner_mid = (f"<{hx('own' + c, 8).upper()}-{hx('o2' + c, 4).upper()}-{hx('o3' + c, 4).upper()}-"
                 f"{hx('o5' + c, 4).upper()}-{hx('o4' + c, 12).upper()}@example.com>")
    owner_reply = f"""佩珊您好：

好的，明天下午兩點可以，我會準時上線。謝謝您的安排！

怡君

寄自我的 iPhone

> 吳佩珊 <{recruiter[1]}> 於 2026年10月8日 下午4:40 寫道：
>
{quote(body1)}"""
    sent2 = T(TPE, 2026, 10, 8, 17, 21, 9)
    body2 = f"""怡君您好：

收到，那就明天見囉！如果當天連線有任何問題，可以直接打我分機。

佩珊

{sig}

________________________________
寄件者: {OWNER_ZH} <{OWNER}>
寄件日期: 2026年10月8日 下午 05:05
收件者: 吳佩珊 <{recruiter[1]}>
主旨: Re: 聯峰微電子－資深市場行銷經理 視訊面試邀約

{owner_reply}
"""
    h2, _ = outlook_headers(seed=c + "2", sender=recruiter, to=[(OWNER_ZH, OWNER)], sent=sent2,
                            subject="RE: 聯峰微電子－資深市場行銷經理 視訊面試邀約",
                            in_reply_to=owner_mid, refs=f"{mid1} {owner_mid}")
    put(c, "02-re-video-interview-confirmed.eml",
        eml(h2, alt(c + "2", body2, html_outlook(body2, "Microsoft JhengHei"), "quoted-printable", "outlook")))
    label(c, [iv("聯峰微電子", "資深市場行銷經理（車用 MCU）", start, start + timedelta(minutes=30), "scheduled",
                 [recruiter[1]], [recruiter[1]], "phone_screen")],
          "medium", "positive/relative-date-zh",
          "'明天下午兩點' in a mail dated Thu 2026-10-08 +0800 -> Fri 10/09 14:00 Taipei, 30 min video screen run "
          "by the recruiter herself (interviewer). Second mail confirms and quotes the owner's acceptance; one interview.")


def case03():
    c = "b229-03-aptitude-test-before-interview"
    sent = wd(T(TPE, 2026, 10, 6, 9, 48, 20), "Tue")
    wd(T(TPE, 2026, 10, 9), "Fri")
    sender = ("群曜光電 招募小組 蘇郁庭", "yuting.su@qunyao-opto.example")
    body = f"""林怡君 小姐 您好：

感謝您應徵群曜光電「行銷經理（車用光學）」職缺，您的履歷已通過初步審閱。

依本公司招募流程，安排面試前需先完成線上職能性向測驗。請於 2026/10/09（五）23:59（台北時間）前點選下方連結完成作答，作答時間約 40 分鐘，無須事先準備，請在網路穩定的環境下一次完成。

測驗名稱：職能性向測驗（PAT-M 管理職版）
測驗連結：https://assess.talentmetric-tw.example/t/QY-{digits(c, 4)}-{letters(c, 2).upper()}{digits(c + 'x', 1)}
登入帳號：{OWNER}
作答期限：2026/10/09（五）23:59

測驗結果將作為後續面試安排的參考，人資會在收到結果後五個工作天內通知您是否進入面試階段，屆時會再與您約定面試時間。

若連結無法開啟或有任何問題，歡迎直接回信給我。

群曜光電股份有限公司 人力資源處
蘇郁庭 Yuting Su
03-328-5501 分機 160
"""
    h = gmail_headers(seed=c, sender=sender, to=[(OWNER_ZH, OWNER)], sent=sent,
                      subject="【群曜光電】面試前線上性向測驗通知－行銷經理（車用光學）",
                      msgid=f"<{hx(c, 16)}.{digits(c, 6)}@qunyao-opto.example>")
    put(c, "01-qunyao-aptitude-test.eml", eml(h, alt(c, body, html_gmail(body))))
    label(c, [], "medium", "negative/assessment-aptitude-test",
          "性向測驗 (online aptitude/personality test) with a deadline before any interview is booked; mentions "
          "面試 several times but no live conversation is scheduled.")


def case04():
    c = "b229-04-thread-next-wednesday-teams"
    sent1 = wd(T(TPE, 2026, 10, 13, 11, 2, 27), "Tue")
    sent_owner = wd(T(TPE, 2026, 10, 13, 20, 15, 4), "Tue")
    sent2 = wd(T(TPE, 2026, 10, 15, 9, 31, 50), "Thu")
    start = wd(T(TPE, 2026, 10, 21, 10, 0), "Wed")   # 下週三 relative to Tue 10/13 and to Thu 10/15
    hr = ("李政翰", "chenghan.li@hongling-tech.example")
    mgr = ("周文彬", "wenbin.chou@hongling-tech.example")
    sig = """李政翰 Chenghan Li
宏嶺科技股份有限公司 人力資源部
台北市內湖區洲子街 92 號 8 樓
(02) 2659-7731 #815"""
    body1 = f"""怡君 您好：

感謝您應徵宏嶺科技「策略行銷經理」一職。行銷處 周協理 看過您的履歷後，希望能安排一場主管面試和您聊聊。想請問下列兩個時段哪一個比較方便？

1. 下週三 上午 10:00
2. 下週四 下午 3:00

面試以 Microsoft Teams 視訊進行，約 45 分鐘。再麻煩您回覆，謝謝！

{sig}
"""
    mid1 = f"<{hx('a' + c, 24)}@hongling-tech.example>"
    h1 = gmail_headers(seed=c + "1", sender=hr, to=[(OWNER_ZH, OWNER)], sent=sent1,
                       subject="宏嶺科技 策略行銷經理 面試時間", msgid=mid1)
    put(c, "01-hongling-propose-slots.eml", eml(h1, alt(c + "1", body1, html_gmail(body1))))
    owner_mid = f"<CAJ{letters('own' + c, 5)}{hx('own' + c, 30)}@mail.gmail.com>"
    owner_txt = """政翰您好：

謝謝您的邀請！我選下週三上午 10 點的時段，再麻煩您安排。

Yvonne 林怡君"""
    body2 = f"""怡君 您好：

抱歉晚回覆，跟您確認面試安排如下：

時間：下週三 上午十點（台北時間），約 45 分鐘
方式：Microsoft Teams 視訊面試（會議連結會另外用行事曆邀請寄給您）
面試官：行銷處 協理 周文彬（副本）

面試時會請您分享一個您主導過的產品定位或上市專案。有任何問題歡迎隨時跟我聯絡。

{sig}

{OWNER_ZH} <{OWNER}> 於 2026年10月13日 週二 下午8:15寫道：
{quote(owner_txt)}
>
> {hr[0]} <{hr[1]}> 於 2026年10月13日 週二 上午11:02寫道：
{quote(quote(body1.rstrip(chr(10))))}
"""
    h2 = gmail_headers(seed=c + "2", sender=hr, to=[(OWNER_ZH, OWNER)], cc=[mgr], sent=sent2,
                       subject="Re: 宏嶺科技 策略行銷經理 面試時間", msgid=f"<{hx('b' + c, 24)}@hongling-tech.example>",
                       in_reply_to=owner_mid, refs=f"{mid1} {owner_mid}")
    put(c, "02-re-hongling-confirmed.eml", eml(h2, alt(c + "2", body2, html_gmail(body2))))
    # the Teams meeting request HR promised, as saved from Outlook (standalone .ics)
    tb, turl = teams_block(c + "ics", "zh")
    stamp = T(TPE, 2026, 10, 15, 9, 40, 6)
    cal = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ_EX_TAIPEI + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={hr[0]}:mailto:{hr[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_ZH}:mailto:{OWNER}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={mgr[0]}:mailto:{mgr[1]}",
        f"DESCRIPTION;LANGUAGE=zh-TW:{ics_esc('面試官：行銷處 協理 周文彬' + chr(10) + '請提前 5 分鐘上線測試麥克風與鏡頭。' + chr(10) + chr(10) + tb)}",
        f"UID:{exchange_uid(c + 'ics')}",
        "SUMMARY;LANGUAGE=zh-TW:宏嶺科技 策略行銷經理 主管面試－林怡君",
        f"DTSTART;TZID=Taipei Standard Time:{ldt(start, TPE)}",
        f"DTEND;TZID=Taipei Standard Time:{ldt(start + timedelta(minutes=45), TPE)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zdt(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=zh-TW:Microsoft Teams 會議",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams 會議",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    put(c, "03-hongling-teams-interview.ics", ical(cal))
    label(c, [iv("宏嶺科技", "策略行銷經理", start, start + timedelta(minutes=45), "scheduled",
                 [mgr[1]], [mgr[1]], "hiring_manager")],
          "hard", "positive/thread-relative-date",
          "Two slots proposed ('下週三 上午 10:00' / '下週四 下午 3:00') on Tue 10/13; the owner picks 下週三 and HR "
          "confirms on Thu 10/15 '下週三 上午十點' -> Wed 2026-10-21 10:00 Taipei, 45 min. Only the chosen slot is an "
          "interview. Interviewer 周文彬 is cc'd, so his address is known. The promised Teams request arrives as a standalone "
          "Outlook .ics (TZID 'Taipei Standard Time') - same interview, not a second one.")


def case05():
    c = "b229-05-teams-panel-taipei-standard-time"
    sent1 = wd(T(TPE, 2026, 10, 12, 14, 20, 5), "Mon")
    sent2 = T(TPE, 2026, 10, 12, 14, 33, 41)
    start = wd(T(TPE, 2026, 10, 20, 15, 0), "Tue")
    end = start + timedelta(hours=1)
    grace = ("Grace Huang", "grace.huang@lumenwave.example")
    kevin = ("Kevin Tsai", "kevin.tsai@lumenwave.example")
    melissa = ("Melissa Ong", "melissa.ong@lumenwave.example")
    sig = """Grace Huang 黃郁雯
Talent Acquisition Partner, Taiwan
Lumenwave Semiconductor Taiwan Ltd. | 11F, No. 35, Ruihu St., Neihu Dist., Taipei"""
    body1 = f"""Hi Yvonne,

Good news – Kevin would like to move you forward for the Senior Product Marketing Manager, Power Discretes role. The next step is a 60-minute panel interview with:

- Kevin Tsai, Director of Product Marketing, APAC (Taipei)
- Melissa Ong, VP Regional Sales, based in our Singapore office

We've locked in Tuesday 20 October, 3:00-4:00 pm Taipei time (same clock time in Singapore). I'll send the Teams invite in a few minutes.

Please be ready to walk the panel through one product launch you led end to end – no slides needed.

Best regards,
Grace

{sig}
"""
    h1, _ = outlook_headers(seed=c + "1", sender=grace, to=[(OWNER_EN, OWNER)], sent=sent1, lang="en-US",
                            subject="Lumenwave – next step: panel interview (Senior Product Marketing Manager, Power Discretes)")
    put(c, "01-lumenwave-panel-next-step.eml",
        eml(h1, alt(c + "1", body1, html_outlook(body1, "Aptos"), "quoted-printable", "outlook")))
    body2 = f"""Hi Yvonne,

As discussed – your panel interview with Kevin Tsai and Melissa Ong. I'll open the meeting, make introductions and then drop off.

Good luck!
Grace
"""
    put(c, "02-teams-invite-panel.eml", exchange_invite(
        seed=c + "2", sender=grace, to=[(OWNER_EN, OWNER), kevin, melissa], sent=sent2,
        subject="Panel Interview: Yvonne Lin – Senior Product Marketing Manager, Power Discretes",
        when_line="Tuesday, October 20, 2026 3:00 PM-4:00 PM (UTC+08:00) Taipei.", where="Microsoft Teams Meeting",
        body=body2, organizer=grace,
        attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (kevin[0], kevin[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                   (melissa[0], melissa[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
        start=start, end=end))
    label(c, [iv("Lumenwave Semiconductor", "Senior Product Marketing Manager, Power Discretes", start, end, "scheduled",
                 [kevin[1], melissa[1]], [kevin[1], melissa[1]], "onsite")],
          "medium", "positive/dedupe-teams-panel",
          "Recruiter e-mail + Exchange/Teams invite (TZID 'Taipei Standard Time', VTIMEZONE with +0800 both ways) "
          "for the same panel -> ONE interview. Two interviewers -> kind onsite (panel). Grace only coordinates "
          "and drops off after intros, so she is not an interviewer.")


def case06():
    c = "b229-06-headhunter-market-chat-no-role"
    sent1 = wd(T(TPE, 2026, 10, 5, 18, 22, 40), "Mon")
    sent2 = wd(T(TPE, 2026, 10, 6, 9, 5, 12), "Tue")
    start = wd(T(TPE, 2026, 10, 13, 19, 30), "Tue")
    viv = ("Vivian Chiu 邱筱涵", "vivian.chiu@crestline-search.example")
    sig = """Vivian Chiu 邱筱涵
Principal Consultant, Semiconductor & Electronics
Crestline Executive Search (Taiwan)
Taipei | LinkedIn: Vivian Chiu (Crestline)"""
    body1 = f"""怡君您好，

我是 Crestline 獵才顧問 Vivian，之前在產業論壇上跟您交換過名片，不知道您還有沒有印象？

想約您找個晚上線上聊聊，大約 45 分鐘。先說明：這次不是面試，我手上目前也沒有要推薦給您的特定職缺，單純想聽聽您對台灣功率半導體與車用市場行銷的觀察，也讓我多了解您未來三到五年的職涯規劃。之後如果有真正適合的機會，我再跟您詳談、幫您安排正式面試。

下週二（10/13）晚上 7:30 方便嗎？方便的話我會寄 Teams 邀請給您。

{sig}
"""
    h1, mid1 = outlook_headers(seed=c + "1", sender=viv, to=[(OWNER_ZH, OWNER)], sent=sent1,
                               subject="Crestline｜想約您線上聊聊產業與職涯")
    put(c, "01-crestline-chat-request.eml",
        eml(h1, alt(c + "1", body1, html_outlook(body1, "Microsoft JhengHei"), "quoted-printable", "outlook")))
    body2 = """怡君，謝謝您答應！期待週二晚上跟您線上聊聊。

再次說明，這不是面試，也沒有綁定特定職缺，輕鬆聊就好～

Vivian
"""
    put(c, "02-teams-invite-market-chat.eml", exchange_invite(
        seed=c + "2", sender=viv, to=[(OWNER_ZH, OWNER)], sent=sent2, lang="zh",
        subject="市場交流：Yvonne Lin × Vivian Chiu（Crestline）",
        when_line="2026年10月13日 星期二 下午 7:30-8:15 (UTC+08:00) 台北。", where="Microsoft Teams 會議",
        body=body2, organizer=viv,
        attendees=[(OWNER_ZH, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        start=start, end=start + timedelta(minutes=45)))
    label(c, [], "hard", "negative/headhunter-no-role",
          "Headhunter 'market chat' with a Teams invite and hiring vocabulary, but explicitly not an interview and "
          "tied to no role or hiring process (recruiter outreach / networking).")


def case07():
    c = "b229-07-workday-singapore-cancelled"
    sent1 = wd(T(SGT, 2026, 10, 7, 10, 5, 41), "Wed")
    sent2 = wd(T(SGT, 2026, 10, 12, 17, 30, 2), "Mon")
    sent3 = T(SGT, 2026, 10, 12, 17, 41, 56)
    start = wd(T(SGT, 2026, 10, 15, 11, 0), "Thu")
    end = start + timedelta(hours=1)
    marcus = ("Marcus Goh", "marcus.goh@halcyonmemory.example")
    tan = ("Tan Siew Ling", "siewling.tan@halcyonmemory.example")
    wdsender = ("Halcyon Memory", "halcyon@myworkday.com")
    uid = f"{hx('uid' + c, 32)}@halcyonmemory.myworkday.com"

    def wd_ics(method, seq, stamp):
        lines = ["BEGIN:VCALENDAR", "PRODID:-//Workday Inc.//Recruiting Interview Scheduling//EN", "VERSION:2.0",
                 f"METHOD:{method}"] + VTZ_SINGAPORE + [
            "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zdt(stamp)}",
            f"DTSTART;TZID=Asia/Singapore:{ldt(start, SGT)}", f"DTEND;TZID=Asia/Singapore:{ldt(end, SGT)}",
            "SUMMARY:Interview: Regional Marketing Manager\\, APAC (R-24817) - Yvonne Lin",
            f"ORGANIZER;CN={marcus[0]}:mailto:{marcus[1]}",
            f"ATTENDEE;CN={tan[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{tan[1]}",
            f"ATTENDEE;CN={OWNER_EN};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
            "LOCATION:Microsoft Teams",
            ("DESCRIPTION:Hiring Manager Interview with Tan Siew Ling (Head of Regional Marketing).\\nJoin: "
             f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('tm' + c, 24)}%40thread.v2/0"),
            "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
            "END:VEVENT", "END:VCALENDAR"]
        return ical(lines)

    body1 = f"""Dear Yvonne,

Thank you for your interest in Halcyon Memory. We are pleased to confirm your interview for the position below.

Job Requisition: R-24817 Regional Marketing Manager, APAC
Interview Type: Hiring Manager Interview (Video)
Date: Thursday, 15 October 2026
Time: 11:00 AM - 12:00 PM (GMT+08:00) Singapore
Interviewer: Tan Siew Ling, Head of Regional Marketing
Location: Microsoft Teams - the joining link is in the attached calendar invitation

Singapore and Taipei share the same UTC+08:00 offset, so the time above is also your local time.

If you have any questions, please contact your recruiter, Marcus Goh ({marcus[1]}).

Kind regards,
Talent Acquisition
Halcyon Memory Asia Pacific Pte. Ltd.

This email was sent from an unmonitored mailbox. Please do not reply to this message.
"""

    def wd_mail(seed, sent, subject, body, ics, fname):
        inner = alt(seed, body, html_brand("Halcyon Memory Careers", "#1f3a5f", body), "quoted-printable")
        att = leaf(f'text/calendar; charset="UTF-8"; method={"CANCEL" if "CANCEL" in ics[:200] else "REQUEST"}; name="{fname}"',
                   ics, "base64", disp=f'attachment; filename="{fname}"')
        root = multi("mixed", f"----=_Part_{digits(seed, 7)}_{digits(seed + 'b', 9)}.{digits(seed + 'c', 13)}", [inner, att])
        headers = [("Delivered-To", OWNER),
                   ("Received", f"from wd5-mta-out.myworkday.com (wd5-mta-out.myworkday.com [192.0.2.{10 + int(digits(seed, 2))}])\n"
                                f"        by mx.example.com with ESMTPS id {letters(seed, 12)}\n        for <{OWNER}>; {rfc(sent)}"),
                   ("Return-Path", f"<bounce+{hx(seed, 10)}@myworkday.com>"),
                   ("From", A(*wdsender)), ("To", A(OWNER_EN, OWNER)), ("Subject", enc(subject)),
                   ("Date", rfc(sent)),
                   ("Message-ID", f"<{digits(seed, 9)}.{digits(seed + 'm', 7)}.{digits(seed + 'k', 13)}@wd5-prod-mail.myworkday.com>"),
                   ("X-Workday-Tenant", "halcyon")]
        return eml(headers, root)

    put(c, "01-workday-interview-scheduled.eml",
        wd_mail(c + "1", sent1, "Interview Scheduled: Regional Marketing Manager, APAC (R-24817)", body1,
                wd_ics("REQUEST", 0, sent1), "Interview.ics"))
    body2 = f"""Hi Yvonne,

I'm sorry to be writing with this news. We need to cancel Thursday's interview with Siew Ling – the Regional Marketing Manager, APAC role has been put on hold following a regional reorganisation, and we are not able to continue interviews for now.

This is no reflection on your profile, which the team liked a lot. If the requisition reopens I will reach out to you first. You will also receive a cancellation notice from Workday shortly.

Apologies again for the inconvenience.

Best regards,
Marcus

Marcus Goh
Senior Talent Acquisition Partner, APAC
Halcyon Memory Asia Pacific Pte. Ltd. | 1 Harbourfront Walk, #12-01, Singapore
"""
    h2, _ = outlook_headers(seed=c + "2", sender=marcus, to=[(OWNER_EN, OWNER)], sent=sent2, lang="en-GB",
                            subject="Your interview on Thursday – Regional Marketing Manager, APAC")
    put(c, "02-recruiter-cancels-role-on-hold.eml",
        eml(h2, alt(c + "2", body2, html_outlook(body2, "Arial"), "quoted-printable", "outlook")))
    body3 = f"""Dear Yvonne,

The following interview has been cancelled.

Job Requisition: R-24817 Regional Marketing Manager, APAC
Interview Type: Hiring Manager Interview (Video)
Date: Thursday, 15 October 2026
Time: 11:00 AM - 12:00 PM (GMT+08:00) Singapore

Your recruiter will be in touch regarding next steps.

Kind regards,
Talent Acquisition
Halcyon Memory Asia Pacific Pte. Ltd.

This email was sent from an unmonitored mailbox. Please do not reply to this message.
"""
    put(c, "03-workday-interview-cancelled.eml",
        wd_mail(c + "3", sent3, "Interview Cancelled: Regional Marketing Manager, APAC (R-24817)", body3,
                wd_ics("CANCEL", 1, sent3), "Interview_Cancelled.ics"))
    label(c, [iv("Halcyon Memory", "Regional Marketing Manager, APAC", start, end, "cancelled",
                 [tan[1]], [tan[1]], "hiring_manager")],
          "medium", "positive/cancellation",
          "Workday confirmation (Singapore, GMT+08:00, VTIMEZONE Asia/Singapore) then the recruiter cancels because "
          "the role is on hold, followed by a Workday METHOD:CANCEL (SEQUENCE 1, same UID). Kept as cancelled at "
          "Thu 15 Oct 11:00 SGT. The interviewer's address is in the invite ATTENDEE line, so she is the follow-up "
          "recipient; the Workday sender is an unmonitored system mailbox.")


def case08():
    c = "b229-08-two-rounds-phone-then-manager"
    sent1 = wd(T(TPE, 2026, 10, 19, 10, 3, 18), "Mon")
    start1 = wd(T(TPE, 2026, 10, 21, 11, 0), "Wed")
    sent2 = wd(T(TPE, 2026, 10, 22, 15, 10, 44), "Thu")
    start2 = wd(T(TPE, 2026, 10, 27, 16, 0), "Tue")   # 下週二（10/27）relative to Thu 10/22
    hr = ("陳怡萱", "yixuan.chen@jingfeng-mat.example")
    mgr = ("黃志明", "zhiming.huang@jingfeng-mat.example")
    sig = """陳怡萱 Yixuan Chen
晶豐材料股份有限公司 人力資源部 招募組
(02) 2797-3360 分機 521"""
    body1 = f"""怡君 您好：

我是晶豐材料人資怡萱。感謝您應徵「市場開發經理（半導體材料）」一職，想跟您約 10/21（三）上午 11:00 進行約 20 分鐘的電話面試，屆時我會撥打您履歷上留的手機，主要確認您的經歷、期望待遇與可到職日。

若時間不方便，請直接回信告知您方便的時段。

{sig}
"""
    mid1 = f"<{hx('m1' + c, 20)}.{digits(c, 6)}@jingfeng-mat.example>"
    h1 = gmail_headers(seed=c + "1", sender=hr, to=[(OWNER_ZH, OWNER)], sent=sent1, msgid=mid1,
                       subject="晶豐材料 市場開發經理 電話面試邀約")
    put(c, "01-jingfeng-phone-interview.eml", eml(h1, alt(c + "1", body1, html_gmail(body1))))
    body2 = f"""怡君 您好：

謝謝您昨天撥空接聽電話，恭喜您通過電話面試！

第二階段為主管面試，安排如下：
時間：下週二（10/27）下午 4:00，約一小時
地點：晶豐材料 台北辦公室（台北市內湖區瑞光路 588 號 12 樓，請至櫃檯報到）
面試官：行銷部 資深經理 黃志明（副本）

如需調整時間請回信給我，謝謝！

{sig}

{hr[0]} <{hr[1]}> 於 2026年10月19日 週一 上午10:03寫道：
{quote(body1.rstrip(chr(10)))}
"""
    h2 = gmail_headers(seed=c + "2", sender=hr, to=[(OWNER_ZH, OWNER)], cc=[mgr], sent=sent2,
                       msgid=f"<{hx('m2' + c, 20)}.{digits(c + 'b', 6)}@jingfeng-mat.example>",
                       subject="Re: 晶豐材料 市場開發經理 電話面試邀約（第二階段面試安排）",
                       in_reply_to=mid1, refs=mid1)
    put(c, "02-jingfeng-second-round.eml", eml(h2, alt(c + "2", body2, html_gmail(body2))))
    role = "市場開發經理（半導體材料）"
    label(c, [iv("晶豐材料", role, start1, start1 + timedelta(minutes=20), "scheduled", [hr[1]], [hr[1]], "phone_screen"),
              iv("晶豐材料", role, start2, start2 + timedelta(hours=1), "scheduled", [mgr[1]], [mgr[1]], "hiring_manager")],
          "medium", "positive/two-interviews",
          "Two separate interviews with the same company: HR phone screen Wed 10/21 11:00 (20 min, HR is the "
          "interviewer) and a manager interview '下週二（10/27）下午 4:00' (1 h) announced Thu 10/22 with the manager cc'd.")


def case09():
    c = "b229-09-owner-interviews-intern"
    sent = wd(T(TPE, 2026, 10, 16, 16, 48, 3), "Fri")
    start = wd(T(TPE, 2026, 10, 22, 10, 0), "Thu")
    hr = ("王思穎", "siying.wang@chengxin-tech.example")
    body = """怡君經理您好：

附件為 2027 寒假行銷實習生候選人 陳品妤（大學國企系三年級）的履歷，麻煩您擔任本場面試的面試官，面試約 40 分鐘。面試評分表請於面試後兩個工作天內填寫並回傳給我。

候選人會在 9:50 到一樓大廳，我會帶她上樓到會議室。

思穎
人力資源處 招募組｜承芯科技
"""
    put(c, "01-invite-you-interview-intern.eml", exchange_invite(
        seed=c, sender=hr, to=[(OWNER_ZH, OWNER_WORK)], sent=sent, lang="zh", teams=False,
        subject="面試：2027 寒假行銷實習生－陳品妤",
        when_line="2026年10月22日 星期四 上午 10:00-10:40 (UTC+08:00) 台北。", where="竹北總部 5F 會議室 B",
        body=body, organizer=hr,
        attendees=[(OWNER_ZH, OWNER_WORK, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        start=start, end=start + timedelta(minutes=40),
        extra_headers=[("X-MS-Exchange-Inbox-Rules-Loop", OWNER_WORK),
                       ("X-Forwarded-For", f"{OWNER_WORK} {OWNER}")]))
    label(c, [], "hard", "negative/user-is-interviewer",
          "Invite titled '面試：…實習生' from the owner's current employer (work mailbox auto-forwarded to the owner); "
          "the owner is the interviewer, the intern is the candidate.")


def case10():
    c = "b229-10-greenhouse-pdt-next-morning-taipei"
    sent = wd(T(LA, 2026, 10, 20, 9, 14, 5), "Tue")
    start = wd(T(LA, 2026, 10, 29, 17, 0), "Thu")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=-7)
    wd(start.astimezone(TPE), "Fri")
    assert start.astimezone(TPE).hour == 8
    rachel = ("Rachel Moreno", "rachel.moreno@corvane.example")
    zoom = f"https://corvane.zoom.us/j/{digits(c, 11)}?pwd={letters(c + 'p', 24)}"
    body = f"""Hi Yvonne,

Thanks for choosing a time! Your video interview for the Head of APAC Marketing role at Corvane Systems is confirmed:

Interview: Hiring Manager Interview
Interviewer: Daniel Whitfield, VP of Global Marketing
When: Thursday, October 29, 2026, 5:00 PM - 5:45 PM PDT
      (Friday, October 30, 2026, 8:00 AM - 8:45 AM Taipei time)
Where: Zoom - {zoom}

A calendar invitation is attached. If anything changes on your side, just reply to this email and I'll take care of it.

Best,
Rachel Moreno
Recruiting Coordinator, Corvane Systems
San Jose, CA
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Interview Scheduler//EN",
                "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:gh-interview-{digits(c, 9)}@greenhouse.io",
                f"DTSTAMP:{zdt(sent)}", f"DTSTART:{zdt(start)}", f"DTEND:{zdt(end)}",
                "SUMMARY:Interview with Corvane Systems - Head of APAC Marketing",
                f"DESCRIPTION:{ics_esc('Hiring Manager Interview with Daniel Whitfield (VP of Global Marketing).' + chr(10) + 'Zoom: ' + zoom)}",
                f"LOCATION:{ics_esc(zoom)}", f"ORGANIZER;CN={rachel[0]}:mailto:{rachel[1]}",
                f"ATTENDEE;CN={OWNER_EN};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
                "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    inner = alt(c, body, html_brand("Corvane Systems", "#0b6e4f", body), "quoted-printable")
    att = leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="Corvane_Systems_Interview.ics"', ics, "base64",
               disp='attachment; filename="Corvane_Systems_Interview.ics"')
    root = multi("mixed", f"--==_mimepart_{hx(c, 13)}_{digits(c, 2)}", [inner, att])
    headers = [("Delivered-To", OWNER),
               ("Received", f"from o1.ptr{digits(c, 4)}.greenhouse.io (o1.ptr{digits(c, 4)}.greenhouse.io [192.0.2.{40 + int(digits(c, 1))}])\n"
                            f"        by mx.example.com with ESMTPS id {letters(c, 12)}\n        for <{OWNER}>; {rfc(sent)}"),
               ("Return-Path", f"<bounces+{digits(c, 7)}@em.greenhouse.io>"),
               ("From", A("Corvane Systems", "no-reply@greenhouse.io")), ("Reply-To", A(*rachel)),
               ("To", A(OWNER_EN, OWNER)), ("Date", rfc(sent)),
               ("Subject", "Interview Confirmation: Head of APAC Marketing at Corvane Systems"),
               ("Message-ID", f"<{hx('gh' + c, 24)}_{digits(c, 6)}@greenhouse.io>")]
    put(c, "01-greenhouse-interview-confirmation.eml", eml(headers, root))
    label(c, [iv("Corvane Systems", "Head of APAC Marketing", start, end, "scheduled", [], [rachel[1]], "hiring_manager")],
          "hard", "positive/ats-greenhouse-tz",
          "Greenhouse confirmation from no-reply@greenhouse.io with the coordinator in Reply-To. Thu 29 Oct 5:00 PM "
          "PDT (still DST; US falls back Nov 1) = Fri 30 Oct 08:00 Taipei; the attached .ics is in UTC (00:00Z on "
          "30 Oct). Interviewer has no address -> follow-up to the coordinator.")


def case11():
    c = "b229-11-expo-booth-meeting"
    sent = wd(T(TPE, 2026, 9, 8, 11, 40, 22), "Tue")
    start = wd(T(TPE, 2026, 9, 16, 14, 0), "Wed")
    dan = ("Daniel Ko", "daniel.ko@nexfab.example")
    desc = """Hi Yvonne – great to reconnect after all these years! Let's use 30 minutes at our booth to go over the 2027 SiC substrate roadmap and the joint application note we discussed for Q1.

Booth K2210, Hall 1 (4F), Taipei Nangang Exhibition Center. Just tell the front desk you're meeting me.

P.S. Nexfab is hiring in Taiwan this year – our Talent Corner at the booth runs walk-in interviews all three show days, in case anyone on your team is looking.

Daniel Ko | Key Account Director, Greater China | Nexfab Materials"""
    put(c, "01-invitation-booth-meeting-taisemi.eml", google_invite(
        seed=c, organizer=dan, guests=[(dan[0], dan[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                       (None, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        title="Nexfab × Yvonne – booth meeting @ TaiSemi Expo 2026", start=start, end=start + timedelta(minutes=30),
        tz=TPE, tzname_en="Taipei Standard Time", tzname_zh="台北標準時間", subj_tz="(GMT+8)", sent=sent,
        uid=f"{letters(c, 26)}@google.com", description=desc, meet=False,
        location="Nexfab booth K2210, Hall 1 4F, Taipei Nangang Exhibition Center"))
    label(c, [], "medium", "negative/trade-show-meeting",
          "Google Calendar invite for a supplier booth meeting at a trade show; the footer advertises walk-in "
          "interviews at the booth but the owner is not a candidate in any process.")


def case12():
    c = "b229-12-reschedule-across-us-dst-end"
    sent1 = wd(T(LA, 2026, 10, 23, 15, 5, 17), "Fri")
    orig = wd(T(LA, 2026, 10, 30, 16, 0), "Fri")
    assert orig.utcoffset() == timedelta(hours=-7)
    assert orig.astimezone(TPE).hour == 7
    wd(orig.astimezone(TPE), "Sat")
    sent2 = wd(T(LA, 2026, 10, 27, 8, 12, 40), "Tue")
    sent3 = T(LA, 2026, 10, 27, 8, 40, 2)
    start = wd(T(LA, 2026, 11, 2, 16, 0), "Mon")
    assert start.utcoffset() == timedelta(hours=-8)   # after the 1 Nov 2026 fall-back
    wd(start.astimezone(TPE), "Tue")
    assert start.astimezone(TPE).hour == 8
    end = start + timedelta(minutes=45)
    owen = ("Owen Bradley", "owen.bradley@trilliumphotonics.example")
    tessa = ("Tessa Liu", "tessa.liu@trilliumphotonics.example")
    uid = f"{letters(c, 26)}@google.com"
    title = "Yvonne Lin / Owen Bradley – Hiring Manager Interview (Director of Marketing, Asia)"
    desc = ("Hiring manager conversation for the Director of Marketing, Asia role. Tessa (Recruiting) has emailed the "
            "agenda. Yvonne – I know this is early morning in Taipei, thanks for accommodating!")
    guests = [(owen[0], owen[1], "REQ-PARTICIPANT", "ACCEPTED"), (None, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
              (tessa[0], tessa[1], "OPT-PARTICIPANT", "ACCEPTED")]
    common = dict(organizer=owen, guests=guests, title=title, tz=LA, tzname_en="Pacific Time - Los Angeles",
                  tzname_zh="太平洋時間 - 洛杉磯", uid=uid, description=desc)
    put(c, "01-invitation-hiring-manager.eml", google_invite(
        seed=c, start=orig, end=orig + timedelta(minutes=45), subj_tz=f"({orig.tzname()})", sent=sent1, seq=0, **common))
    body2 = f"""Hi Yvonne,

Owen has to join a customer visit on Friday afternoon, so we'd like to move your conversation to Monday, November 2 at 4:00 PM Pacific (same 45 minutes, same Meet link).

Heads-up on the clock change: US daylight saving time ends on Sunday, November 1, so 4:00 PM Pacific on Monday will be 8:00 AM on Tuesday, November 3 in Taipei – an hour later for you than the original 7:00 AM slot. Owen will send an updated calendar invite in a moment.

Thanks so much for your flexibility, and sorry for the shuffle!

Tessa

Tessa Liu | Senior Recruiter | Trillium Photonics
Santa Clara, CA
"""
    mid_t = f"<CAK{letters('t' + c, 5)}{hx('t' + c, 30)}@mail.gmail.com>"
    h2 = gmail_headers(seed=c + "2", sender=tessa, to=[(OWNER_EN, OWNER)], cc=[owen], sent=sent2, msgid=mid_t,
                       subject="Moving your conversation with Owen to Monday 11/2")
    put(c, "02-recruiter-moves-to-monday.eml", eml(h2, alt(c + "2", body2, html_gmail(body2), "quoted-printable")))
    put(c, "03-updated-invitation-hiring-manager.eml", google_invite(
        seed=c, start=start, end=end, subj_tz=f"({start.tzname()})", sent=sent3, seq=1, updated=True,
        created=sent1 - timedelta(minutes=3), **common))
    label(c, [iv("Trillium Photonics", "Director of Marketing, Asia", start, end, "scheduled",
                 [owen[1]], [owen[1]], "hiring_manager")],
          "hard", "positive/reschedule-dst",
          "Google invite Fri 30 Oct 4pm PDT (Sat 07:00 Taipei) moved by the recruiter and an 'Updated invitation' "
          "(same UID, SEQUENCE 1) to Mon 2 Nov 4pm PST = Tue 3 Nov 08:00 Taipei - the US fall-back on 1 Nov shifts "
          "the Taipei time by one hour. One interview at the final time; the recruiter is an optional guest, not an "
          "interviewer.")


def case13():
    c = "b229-13-one-way-video-interview"
    sent = wd(T(TPE, 2026, 10, 19, 13, 20, 55), "Mon")
    wd(T(TPE, 2026, 10, 23), "Fri")
    body = f"""林怡君 您好：

華拓通訊股份有限公司 邀請您參加「產品行銷經理（5G 小型基地台）」職缺的 AI 錄影面試。

本面試為非同步錄影形式：系統會依序顯示 5 道題目，每題有 30 秒準備時間與 2 分鐘作答時間，沒有面試官即時在線，您可以在期限內任選時間完成。

完成期限：2026/10/23（五）23:59（台北時間）
預計時間：約 20 分鐘
開始錄影面試：https://app.vidhire.example/i/{letters(c, 6)}{digits(c, 6)}

小提醒：
・請使用 Chrome 或 Safari 最新版本，並允許瀏覽器使用攝影機與麥克風
・正式作答前可以無限次練習
・送出後無法重新錄製

如有技術問題，請聯絡 support@vidhire.example。
華拓通訊 招募團隊 敬上

——
VidHire 視訊面試平台｜此信件由系統自動寄出，請勿直接回覆
"""
    root = alt(c, body, html_brand("VidHire × 華拓通訊", "#5b3cc4", body))
    headers = [("Delivered-To", OWNER),
               ("Received", f"from mta-out-07.vidhire.example (mta-out-07.vidhire.example [203.0.113.{30 + int(digits(c, 2))}])\n"
                            f"        by mx.example.com with ESMTPS id {letters(c, 12)}\n        for <{OWNER}>; {rfc(sent)}"),
               ("Return-Path", f"<bounce-{hx(c, 10)}@mail.vidhire.example>"),
               ("From", A("華拓通訊 招募團隊 via VidHire", "no-reply@vidhire.example")),
               ("To", A(OWNER_ZH, OWNER)), ("Date", rfc(sent)),
               ("Subject", enc("【華拓通訊】邀請您完成 AI 錄影面試－產品行銷經理（5G 小型基地台）")),
               ("Message-ID", f"<{hx('v' + c, 32)}@mail.vidhire.example>")]
    put(c, "01-vidhire-one-way-video-interview.eml", eml(headers, root))
    label(c, [], "medium", "negative/one-way-video",
          "Asynchronous AI/one-way recorded video 'interview' with a completion deadline; no live interviewer.")


def case14():
    c = "b229-14-zh-google-meet-invite"
    sent = wd(T(TPE, 2026, 10, 21, 17, 2, 36), "Wed")
    start = wd(T(TPE, 2026, 10, 28, 15, 0), "Wed")
    end = start + timedelta(hours=1)
    hr = ("蔡宜蓁", "yizhen.tsai@yuanxi-elec.example")
    vp = ("鄭國華", "guohua.cheng@yuanxi-elec.example")
    desc = f"""怡君您好，本次為「海外業務行銷經理」第二階段視訊面試，面試官為行銷副總 鄭國華。
宜蓁會在會議開始時協助確認連線，之後離開會議。
如需改期，請直接回信至 {hr[1]}，謝謝！"""
    put(c, "01-google-invite-video-interview.eml", google_invite(
        seed=c, organizer=hr, guests=[(hr[0], hr[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                      (vp[0], vp[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                      (None, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        title="遠溪電子｜海外業務行銷經理 視訊面試－林怡君", start=start, end=end, tz=TPE,
        tzname_en="Taipei Standard Time", tzname_zh="台北標準時間", subj_tz="(GMT+8)", sent=sent,
        uid=f"{letters(c, 26)}@google.com", description=desc, locale="zh"))
    label(c, [iv("遠溪電子", "海外業務行銷經理", start, end, "scheduled", [vp[1]], [vp[1]], "hiring_manager")],
          "easy", "positive/google-invite-zh",
          "zh-TW Google Calendar invitation (ICS in UTC 07:00Z) for a Google Meet 視訊面試 Wed 10/28 下午3點-4點 "
          "台北標準時間; HR organizer only connects and leaves, the VP is the interviewer.")


def case15():
    c = "b229-15-rejection-after-interview"
    sent = wd(T(TPE, 2026, 10, 26, 11, 30, 8), "Mon")
    wd(T(TPE, 2026, 10, 20), "Tue")
    text = f"""{OWNER_ZH} 您好：

奇昱科技股份有限公司 已回覆您應徵的「產品行銷經理」職務。

企業回覆內容：
林小姐您好，感謝您於 10 月 20 日（二）下午撥冗參加本公司產品行銷經理職務面試，也謝謝您分享車用功率元件市場的寶貴經驗。經過審慎評估，很遺憾此次未能提供您合適的職缺機會。我們已將您的資料保留於公司人才庫，未來若有符合的職缺，將優先與您聯繫。

再次感謝您對奇昱科技的興趣，祝您求職順利。

奇昱科技 人力資源處 敬上

查看應徵紀錄：https://www.joblink-tw.example/member/apply-record?j={digits(c, 8)}
"""
    put(c, "01-joblink-thank-you-letter.eml", joblink_mail(
        seed=c, company="奇昱科技股份有限公司", sent=sent, text=text, kind="apply-reply",
        subject="【JobLink】奇昱科技股份有限公司 已回覆您的應徵：感謝函"))
    label(c, [], "easy", "negative/rejection",
          "Job-bank relayed 感謝函 (rejection) that mentions a past interview date; no interview is being scheduled.")


def case16():
    c = "b229-16-onsite-presentation-two-interviews"
    sent1 = wd(T(TPE, 2026, 10, 30, 17, 45, 12), "Fri")
    day = wd(T(TPE, 2026, 11, 10), "Tue")
    s1, e1 = T(TPE, 2026, 11, 10, 10, 0), T(TPE, 2026, 11, 10, 10, 45)
    s2, e2 = T(TPE, 2026, 11, 10, 11, 0), T(TPE, 2026, 11, 10, 11, 45)
    s3, e3 = T(TPE, 2026, 11, 10, 12, 45), T(TPE, 2026, 11, 10, 13, 30)
    sophie = ("Sophie Lai", "sophie.lai@arcturusmicro.example")
    jason = ("Jason Wu", "jason.wu@arcturusmicro.example")
    amy = ("Amy Cheng", "amy.cheng@arcturusmicro.example")
    body1 = f"""Hi Yvonne,

Thank you for confirming. Here is your onsite itinerary for Tuesday, 10 November 2026 at our Taipei office (Arcturus Micro Taiwan, 15F, No. 63, Songgao Rd., Xinyi Dist., Taipei). All times are Taipei time.

10:00 - 10:45  Presentation (30 min + Q&A): "Winning Taiwan data-centre customers with our 48V power stage" - audience: Jason Wu and Amy Cheng
11:00 - 11:45  Interview with Jason Wu, Country Manager, Taiwan ({jason[1]})
11:45 - 12:45  Lunch with the Taiwan marketing team (informal)
12:45 - 13:30  Interview with Amy Cheng, Senior Director, APAC Marketing ({amy[1]})

Please arrive by 9:45 and check in at the 15F reception; I'll meet you there. The room has HDMI and USB-C, so please bring your slides on your laptop (a USB copy as backup is a good idea).

I'll send a separate calendar hold for each session.

Best,
Sophie

Sophie Lai 賴思妤
Recruiting Coordinator, Arcturus Micro Taiwan
"""
    h1, _ = outlook_headers(seed=c + "1", sender=sophie, to=[(OWNER_EN, OWNER)], sent=sent1, lang="en-US",
                            subject="Arcturus Micro – your onsite itinerary, Tue 10 Nov")
    put(c, "01-onsite-itinerary.eml", eml(h1, alt(c + "1", body1, html_outlook(body1, "Aptos"), "quoted-printable", "outlook")))
    where = "Arcturus Micro Taiwan 15F – Room Yushan"
    sessions = [
        ("02-onsite-1-presentation.eml", "Onsite 1/3 – Presentation: Yvonne Lin (Senior Marketing Manager, Taiwan)", s1, e1, [jason, amy],
         "Candidate presentation (30 min + Q&A) for the Senior Marketing Manager, Taiwan role."),
        ("03-onsite-2-interview-jason.eml", "Onsite 2/3 – Interview: Yvonne Lin with Jason Wu", s2, e2, [jason],
         "1:1 interview with Jason Wu, Country Manager, Taiwan."),
        ("04-onsite-3-interview-amy.eml", "Onsite 3/3 – Interview: Yvonne Lin with Amy Cheng", s3, e3, [amy],
         "1:1 interview with Amy Cheng, Senior Director, APAC Marketing. Lunch with the marketing team is before this session."),
    ]
    for i, (fname, subj, s, e, ppl, txt) in enumerate(sessions):
        sent = sent1 + timedelta(minutes=6 + 2 * i, seconds=17 * i)
        put(c, fname, exchange_invite(
            seed=c + fname, sender=sophie, to=[(OWNER_EN, OWNER)] + ppl, sent=sent, teams=False,
            subject=subj, when_line=f"Tuesday, November 10, 2026 {s.strftime('%I:%M %p').lstrip('0')}-{e.strftime('%I:%M %p').lstrip('0')} (UTC+08:00) Taipei.",
            where=where, body=f"Hi Yvonne,\n\n{txt}\n\nSophie\n", organizer=sophie,
            attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")] + [(p[0], p[1], "REQ-PARTICIPANT", "ACCEPTED") for p in ppl],
            start=s, end=e))
    label(c, [iv("Arcturus Micro", "Senior Marketing Manager, Taiwan", s1, e3, "scheduled",
                 [jason[1], amy[1]], [jason[1], amy[1]], "onsite")],
          "hard", "positive/onsite-loop",
          "Same-day onsite on Tue 10 Nov in Taipei: presentation 10:00-10:45, interview with Jason 11:00-11:45, lunch, "
          "interview with Amy 12:45-13:30; itinerary e-mail + three separate Exchange invites ('Taipei Standard Time'). "
          "ONE onsite from 10:00 to 13:30 with both interviewers; the coordinator is not an interviewer.")


def case17():
    c = "b229-17-gcal-json-singapore"
    start = wd(T(SGT, 2026, 11, 5, 15, 30), "Thu")
    end = start + timedelta(minutes=45)
    hm = ("Lee Hui Min", "huimin.lee@verdantedge.example")
    arjun = ("Arjun Mehta", "arjun.mehta@verdantedge.example")
    eid = letters(c, 26)
    code = meet_code(c)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits(c, 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-28T03:12:44.000Z",
        "updated": "2026-10-28T03:40:09.318Z",
        "summary": "Verdant Edge AI | Interview – Regional Partner Marketing Lead (Yvonne Lin)",
        "description": ("45-minute video interview with Arjun Mehta, VP Ecosystem Marketing (Singapore).\n"
                        "Hui Min (Talent Acquisition) is organising and will not join the call.\n\n"
                        "Time is Singapore time (GMT+8), the same as Taipei."),
        "creator": {"email": hm[1], "displayName": hm[0]},
        "organizer": {"email": hm[1], "displayName": hm[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Asia/Singapore"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Asia/Singapore"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": hm[1], "displayName": hm[0], "organizer": True, "responseStatus": "accepted"},
            {"email": arjun[1], "displayName": arjun[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_EN, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    put(c, "01-interview-verdant-edge.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(c, [iv("Verdant Edge AI", "Regional Partner Marketing Lead", start, end, "scheduled",
                 [arjun[1]], [arjun[1]], "hiring_manager")],
          "easy", "positive/gcal-json",
          "Calendar API event only, Asia/Singapore (+08:00, same as Taipei); the organiser does not join, the VP is "
          "the interviewer.")


def case18():
    c = "b229-18-workday-availability-request"
    sent = wd(T(LA, 2026, 11, 3, 17, 2, 11), "Tue")
    wd(T(TPE, 2026, 11, 9), "Mon")
    wd(T(TPE, 2026, 11, 13), "Fri")
    body = f"""Hi Yvonne,

Congratulations on moving forward in the hiring process for Field Marketing Manager, Taiwan (JR-3391)!

We would like to schedule a 45-minute video interview with the hiring manager. Please sign in to your Workday candidate home and select ALL time slots that work for you between Monday, November 9 and Friday, November 13, 2026. Times are shown in your time zone (Taipei Standard Time).

Provide your availability: https://wd1.myworkdaysite.example/recruiting/stratos/Careers/candidate-home/{hx(c, 10)}

Once your recruiter, Brandon Yeh, confirms a slot, you will receive a separate interview confirmation with a calendar invitation. Please respond within 2 business days.

Thank you,
Stratos Devices Talent Acquisition

This is an automated message from Workday. Please do not reply to this email.
"""
    root = alt(c, body, html_brand("Stratos Devices Careers", "#00355f", body), "quoted-printable")
    headers = [("Delivered-To", OWNER),
               ("Received", f"from wd1-mta-out.myworkday.com (wd1-mta-out.myworkday.com [192.0.2.{60 + int(digits(c, 1))}])\n"
                            f"        by mx.example.com with ESMTPS id {letters(c, 12)}\n        for <{OWNER}>; {rfc(sent)}"),
               ("Return-Path", f"<bounce+{hx(c, 10)}@myworkday.com>"),
               ("From", A("Stratos Devices", "stratos@myworkday.com")), ("To", A(OWNER_EN, OWNER)),
               ("Subject", "Action Required: Share your interview availability - Field Marketing Manager, Taiwan (JR-3391)"),
               ("Date", rfc(sent)),
               ("Message-ID", f"<{digits(c, 9)}.{digits(c + 'm', 7)}.{digits(c + 'k', 13)}@wd1-prod-mail.myworkday.com>"),
               ("X-Workday-Tenant", "stratos")]
    put(c, "01-workday-availability-request.eml", eml(headers, root))
    label(c, [], "medium", "negative/availability-request",
          "Workday asks for interview availability across a date range; nothing is booked yet.")


def case19():
    c = "b229-19-calendly-taipei-cross-date"
    sent1 = wd(T(LA, 2026, 10, 26, 10, 30, 0), "Mon")
    sent2 = wd(T(UTC, 2026, 10, 27, 14, 48, 11), "Tue")
    start = wd(T(TPE, 2026, 11, 4, 9, 0), "Wed")
    end = start + timedelta(minutes=30)
    pacific = start.astimezone(LA)
    wd(pacific, "Tue")
    assert (pacific.hour, pacific.utcoffset()) == (17, timedelta(hours=-8))
    megan = ("Megan Foster", "megan.foster@palomasilicon.example")
    body1 = f"""Hi Yvonne,

Thanks for applying for the Senior Field Marketing Manager, APAC role at Paloma Silicon – your background in power semis in Taiwan is exactly what the team is looking for.

I'd love to set up a 30-minute intro call to walk through the role and hear more about you. Please grab any open slot on my calendar here:
https://calendly.com/megan-foster-paloma/intro-30

Calendly will show the slots in your local (Taipei) time. Heads-up: US daylight saving ends on Nov 1, so my 5 PM slots after that land at 9 AM Taipei the next morning.

Best,
Megan

Megan Foster
Senior Technical Recruiter | Paloma Silicon
Palo Alto, CA
"""
    mid1 = f"<CAM{letters('m' + c, 5)}{hx('m' + c, 30)}@mail.gmail.com>"
    h1 = gmail_headers(seed=c + "1", sender=megan, to=[(OWNER_EN, OWNER)], sent=sent1, msgid=mid1,
                       subject="Paloma Silicon – Senior Field Marketing Manager, APAC")
    put(c, "01-recruiter-calendly-link.eml", eml(h1, alt(c + "1", body1, html_gmail(body1), "quoted-printable")))
    zoom = f"https://palomasilicon.zoom.us/j/{digits(c, 11)}"
    body2 = f"""Hi {OWNER_EN},

A new event has been scheduled.

Your Intro Call (30 min) with Megan Foster at 9:00am (Taipei Standard Time) on Wednesday, November 4, 2026 is scheduled.

Event Type:
Intro Call (30 min)

Event Date/Time:
9:00am - Wednesday, November 4, 2026 (Taipei Standard Time)

Location:
This is a Zoom web conference.
{zoom}

Invitee Time Zone:
Taipei Standard Time

Questions:
Anything you'd like Megan to know before the call?
Interested in the APAC role; happy to talk about my automotive and industrial power device launches.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hx('cx' + c, 8)}-{hx('c2' + c, 4)}-{hx('c3' + c, 4)}-{hx('c4' + c, 4)}-{hx('c5' + c, 12)}
Reschedule: https://calendly.com/reschedulings/{hx('cx' + c, 8)}-{hx('c2' + c, 4)}-{hx('c3' + c, 4)}-{hx('c4' + c, 4)}-{hx('c5' + c, 12)}

Powered by Calendly.com
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
                "BEGIN:VEVENT", f"UID:{hx('u' + c, 8)}-{hx('u2' + c, 4)}-{hx('u3' + c, 4)}-{hx('u4' + c, 4)}-{hx('u5' + c, 12)}@calendly.com",
                f"DTSTAMP:{zdt(sent2)}", f"DTSTART:{zdt(start)}", f"DTEND:{zdt(end)}",
                f"SUMMARY:Intro Call (30 min) between Megan Foster and {OWNER_EN}",
                f"DESCRIPTION:Event Name: Intro Call (30 min)\\n\\nLocation: This is a Zoom web conference.\\n{zoom}",
                f"LOCATION:{zoom}", f"ORGANIZER;CN={megan[0]}:mailto:{megan[1]}",
                f"ATTENDEE;CN={OWNER_EN};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
                "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    inner = alt(c + "2", body2, html_brand("Calendly", "#006bff", body2), "quoted-printable")
    att = leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', ics, "base64",
               disp='attachment; filename="invite.ics"')
    root = multi("mixed", hx("cb" + c, 28), [inner, att])
    headers = [("Delivered-To", OWNER),
               ("Received", f"from o{digits(c, 3)}.mail.calendly.com (o{digits(c, 3)}.mail.calendly.com [192.0.2.{100 + int(digits(c, 2))}])\n"
                            f"        by mx.example.com with ESMTPS id {letters(c, 12)}\n        for <{OWNER}>; {rfc(sent2)}"),
               ("Return-Path", f"<bounces+{digits(c, 8)}@mail.calendly.com>"),
               ("From", A("Calendly", "notifications@calendly.com")), ("Reply-To", A(*megan)),
               ("To", OWNER), ("Date", rfc(sent2)),
               ("Subject", "Confirmed: Intro Call (30 min) with Megan Foster on Wednesday, November 4, 2026"),
               ("Message-ID", f"<{hx('cm' + c, 22)}@calendly.com>")]
    put(c, "02-calendly-confirmed.eml", eml(headers, root))
    label(c, [iv("Paloma Silicon", "Senior Field Marketing Manager, APAC", start, end, "scheduled",
                 [megan[1]], [megan[1]], "phone_screen")],
          "medium", "positive/calendly-cross-date",
          "Recruiter sends a Calendly link (unbooked, not an interview by itself); the Calendly confirmation books "
          "Wed 4 Nov 9:00am Taipei Standard Time = Tue 3 Nov 5pm PST (after DST end). The recruiter runs the intro "
          "call, so she is the interviewer.")


def case20():
    c = "b229-20-forwarded-notice-old-mailbox"
    orig_sent = wd(T(TPE, 2026, 10, 19, 17, 32, 0), "Mon")
    sent = wd(T(TPE, 2026, 10, 19, 22, 10, 3), "Mon")
    start = wd(T(TPE, 2026, 10, 29, 10, 30), "Thu")
    wd(T(TPE, 2026, 10, 22), "Thu")
    old = ("林怡君", "yvonne.lin@oldmail.example")
    orig = """林怡君 小姐 您好：

感謝您應徵本公司「行銷經理（先進封裝）」職缺，經初步審閱您的履歷後，誠摯邀請您參加面試，相關資訊如下：

面試日期：10月29日（星期四）
報到時間：上午十點二十分
面試時間：上午十點半至十一點半
面試地點：新竹縣竹北市台元一街 9 號 台鑫封測 竹北廠 行政大樓 2F
面試官：先進封裝事業處 行銷部 羅振宇 協理
面試形式：現場面談（請攜帶身分證件以換證入廠）

敬請於 10月22日（星期四）前回信確認是否出席；如需調整時間，請聯繫人資 許雅雯 小姐（yawen.hsu@taixin-pt.example，03-657-2201 分機 1218）。

台鑫封測股份有限公司 人力資源處 敬上
※ recruit@taixin-pt.example 為招募通知專用信箱，僅寄送通知，恕不受理回信。"""
    body = f"""轉到常用信箱，之後用這個信箱聯絡。

---------- Forwarded message ---------
寄件者：台鑫封測 人力資源處 <recruit@taixin-pt.example>
Date: 2026年10月19日 週一 下午5:32
Subject: 【台鑫封測】面試通知－行銷經理（先進封裝）
To: <{old[1]}>


{orig}
"""
    h = [("Delivered-To", OWNER),
         ("Received", f"from mail-sor-f41.oldmail.example (mail-sor-f41.oldmail.example [198.51.100.41])\n"
                      f"        by mx.example.com with SMTPS id {letters(c, 12)}\n        for <{OWNER}>; {rfc(sent)}"),
         ("From", A(*old)), ("To", OWNER), ("Date", rfc(sent)),
         ("Subject", enc("Fwd: 【台鑫封測】面試通知－行銷經理（先進封裝）")),
         ("Message-ID", f"<CAF{letters('f' + c, 5)}{hx('f' + c, 30)}@mail.oldmail.example>")]
    put(c, "01-fwd-taixin-interview-notice.eml", eml(h, alt(c, body, html_gmail(body))))
    label(c, [iv("台鑫封測", "行銷經理（先進封裝）", start, start + timedelta(hours=1), "scheduled",
                 [], ["yawen.hsu@taixin-pt.example"], "hiring_manager")],
          "medium", "positive/forwarded",
          "Owner forwards a notice from an old mailbox. Year missing ('10月29日（星期四）'), resolved from the 2026 "
          "dates; 報到 10:20 is arrival, the interview is 10:30-11:30. recruit@ is a notification-only group address; "
          "the interviewer has no address, so follow-up goes to HR contact 許雅雯.")


def case21():
    c = "b229-21-health-check-after-offer"
    sent1 = wd(T(TPE, 2026, 11, 6, 14, 5, 30), "Fri")
    sent2 = T(TPE, 2026, 11, 6, 14, 11, 2)
    start = wd(T(TPE, 2026, 11, 16, 8, 30), "Mon")
    wd(T(TPE, 2026, 12, 1), "Tue")
    hr = ("江佳穎", "jiaying.chiang@kangqiao-chip.example")
    body1 = f"""怡君您好：

恭喜您正式接受本公司「行銷經理（資料中心電源）」職務的錄取通知，也再次謝謝您在面試過程中的分享！

報到前請完成新進人員體檢，安排如下：

體檢日期：11/16（一）上午 8:30
地點：安康健檢中心（台北市中山區南京東路二段 120 號 6 樓）
注意事項：前一晚 12 點後禁食（可喝少量白開水），請攜帶身分證與健保卡
費用：由公司支付，報到時附上收據即可

我已另外寄送行事曆邀請給您。報到日為 12/1（二）上午 9:00，報到當天請攜帶體檢報告。

江佳穎 Jiaying Chiang
康橋晶片股份有限公司 人力資源部
"""
    h1 = gmail_headers(seed=c + "1", sender=hr, to=[(OWNER_ZH, OWNER)], sent=sent1,
                       msgid=f"<{hx('k' + c, 24)}@kangqiao-chip.example>",
                       subject="【康橋晶片】恭喜錄取！報到前新進人員體檢安排")
    put(c, "01-offer-accepted-health-check.eml", eml(h1, alt(c + "1", body1, html_gmail(body1))))
    put(c, "02-invite-health-check.eml", google_invite(
        seed=c, organizer=hr, guests=[(hr[0], hr[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                      (None, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        title="新進人員體檢－林怡君（安康健檢中心）", start=start, end=start + timedelta(hours=3), tz=TPE,
        tzname_en="Taipei Standard Time", tzname_zh="台北標準時間", subj_tz="(GMT+8)", sent=sent2,
        uid=f"{letters(c, 26)}@google.com", meet=False, locale="zh",
        location="安康健檢中心，台北市中山區南京東路二段 120 號 6 樓",
        description="新進人員報到前體檢，前一晚 12 點後禁食。請攜帶身分證與健保卡。"))
    label(c, [], "medium", "negative/health-check-after-offer",
          "Post-offer 體檢 (pre-employment health check) with a Google Calendar invite; refers to the past 面試 "
          "but nothing here is an interview.")


def case22():
    c = "b229-22-interview-skills-webinar"
    sent = wd(T(TPE, 2026, 10, 15, 12, 0, 4), "Thu")
    start = wd(T(TPE, 2026, 10, 21, 19, 30), "Wed")   # 下週三晚上 7:30
    end = T(TPE, 2026, 10, 21, 21, 0)
    body = f"""林怡君 您好：

您已成功報名 JobLink 職涯學院 線上講座，講座資訊如下：

講座名稱：外商面試英文實戰：半導體行銷人篇
時間：下週三晚上 7:30–9:00（台北時間）
形式：線上直播（觀看連結將於開播前一小時寄送）
講師：郭以琳 Irene Kuo（前外商半導體 亞太區行銷總監）
內容：英文自我介紹、行為面試題（STAR）、如何回答 "Why should we hire you?"、現場模擬面試示範

加入行事曆：請開啟附件 event.ics
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//JobLink//Career Academy//ZH-TW", "METHOD:PUBLISH"] + VTZ_TAIPEI + [
        "BEGIN:VEVENT", f"UID:ca-{digits(c, 8)}@joblink-tw.example", f"DTSTAMP:{zdt(sent)}",
        f"DTSTART;TZID=Asia/Taipei:{ldt(start, TPE)}", f"DTEND;TZID=Asia/Taipei:{ldt(end, TPE)}",
        "SUMMARY:【JobLink 職涯學院】外商面試英文實戰：半導體行銷人篇",
        "DESCRIPTION:線上直播講座，觀看連結將於開播前一小時寄送。",
        "LOCATION:線上直播", "ORGANIZER;CN=JobLink 職涯學院:mailto:events@joblink-tw.example",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    footer = "此信件由 JobLink人力銀行 系統自動發送，請勿直接回覆。© JobLink Co., Ltd."
    inner = alt(c, body + "\n" + footer + "\n", html_brand("JobLink 職涯學院", "#ff7800", body, footer))
    att = leaf('text/calendar; charset="UTF-8"; name="event.ics"', ics, "base64", disp='attachment; filename="event.ics"')
    root = multi("mixed", gmail_boundary("mx" + c), [inner, att])
    headers = [("Delivered-To", OWNER),
               ("Received", f"from mailer.joblink-tw.example (mailer.joblink-tw.example [198.51.100.{20 + int(digits(c, 2))}])\n"
                            f"        by mx.example.com with ESMTPS id {letters(c, 12)}\n        for <{OWNER}>; {rfc(sent)}"),
               ("Return-Path", f"<bounce-{digits(c, 7)}@mailer.joblink-tw.example>"),
               ("From", A("JobLink 職涯學院", "events@joblink-tw.example")), ("To", A(OWNER_ZH, OWNER)),
               ("Subject", enc("【報名成功】下週三晚上 7:30｜外商面試英文實戰：半導體行銷人篇")),
               ("Date", rfc(sent)),
               ("Message-ID", f"<{sent.strftime('%Y%m%d%H%M%S')}.{hx(c, 12)}@mailer.joblink-tw.example>"),
               ("List-Unsubscribe", "<https://www.joblink-tw.example/member/notify-setting>")]
    put(c, "01-webinar-registration.eml", eml(headers, root))
    label(c, [], "medium", "negative/webinar",
          "Registration confirmation for an interview-skills webinar ('下週三晚上 7:30', .ics attached); mock "
          "interview demo, no hiring process.")

# =========================================================================== main

ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
       case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b229-") and os.path.isdir(p):
            shutil.rmtree(p)
    for fn in ALL:
        fn()
    assert sorted(CASES) == sorted(LABELS), (sorted(CASES), sorted(LABELS))
    for case in sorted(CASES):
        d = os.path.join(HERE, case)
        os.makedirs(d)
        for fname, data in sorted(CASES[case].items()):
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
    out = "# Labels for blind229 (written blind). Schema: /work/shared/eval/README.md\n"
    out += yaml.safe_dump({k: LABELS[k] for k in sorted(LABELS)}, allow_unicode=True, sort_keys=False, width=110)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    print(f"{len(LABELS)} cases: {pos} positive, {len(LABELS) - pos} negative; "
          f"{sum(i['status'] == 'scheduled' for i in ivs)} scheduled + {sum(i['status'] == 'cancelled' for i in ivs)} cancelled interviews")


if __name__ == "__main__":
    main()
