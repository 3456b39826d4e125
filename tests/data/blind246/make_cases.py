#!/usr/bin/env python3
"""Regenerate the blind246 evaluation set (interview detection) next to this file.

Theme: an Osaka-based mechanical engineer (中村 拓海, takumi.nakamura@example.com) applying to
Japanese makers in Osaka / Kyoto / Nagoya and to foreign-affiliated firms in Tokyo.

Deterministic: every date, Message-ID, MIME boundary and UID is fixed or derived from a fixed seed,
so two runs produce identical bytes.  Standard library + PyYAML + zoneinfo only.

    python make_cases.py
"""
import base64
import hashlib
import html as _html
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

JST = ZoneInfo("Asia/Tokyo")
SGT = ZoneInfo("Asia/Singapore")
BER = ZoneInfo("Europe/Berlin")
LAX = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

OWNER = "takumi.nakamura@example.com"
OWNER_JA = "中村 拓海"
OWNER_EN = "Takumi Nakamura"
OWNER_WORK = "t-nakamura@naniwa-seiki.example"   # current employer (only for look-alikes)

WD_JA = "月火水木金土日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# --------------------------------------------------------------------------------------------
# date helpers
# --------------------------------------------------------------------------------------------
def T(y, mo, d, h=0, mi=0, s=0, tz=JST):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that a weekday written by hand in the text is right; returns the name."""
    ok = WD_JA[dt.weekday()] == name or WD_EN[dt.weekday()].startswith(name)
    assert ok, f"{dt:%Y-%m-%d} is {WD_EN[dt.weekday()]}, text says {name}"
    return name


def jd(dt):            # 12月3日（木）
    return f"{dt.month}月{dt.day}日（{WD_JA[dt.weekday()]}）"


def jdy(dt):           # 2026年12月3日（木）
    return f"{dt.year}年{dt.month}月{dt.day}日（{WD_JA[dt.weekday()]}）"


def hm(dt):            # 9:30 / 14:00
    return f"{dt.hour}:{dt.minute:02d}"


def hm2(dt):           # 09:30
    return f"{dt.hour:02d}:{dt.minute:02d}"


def en_day(dt):        # Thursday 26 November
    return f"{WD_EN[dt.weekday()]} {dt.day} {MON_EN[dt.month - 1]}"


def en_ampm(dt):       # 3:00 PM
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def rfc(dt):
    return format_datetime(dt)


def iso(dt):
    return dt.isoformat()


# --------------------------------------------------------------------------------------------
# ids
# --------------------------------------------------------------------------------------------
def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64id(seed, n=40):
    d = hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + "#").encode()).digest()
    return base64.urlsafe_b64encode(d).decode().replace("=", "")[:n]


def mid_gmail(seed):
    return f"<CA{b64id(seed, 44)}@mail.gmail.com>"


def mid_outlook(seed):
    box = f"TYCPR01MB{int(hx(seed + 'box', 6), 16) % 9000 + 1000}"
    return f"<{box}{hx(seed, 32).upper()}@{box}.jpnprd01.prod.outlook.com>"


def mid_outlook_sg(seed):
    box = f"SI2PR06MB{int(hx(seed + 'box', 6), 16) % 9000 + 1000}"
    return f"<{box}{hx(seed, 32).upper()}@{box}.apcprd06.prod.outlook.com>"


def mid_outlook_eu(seed):
    box = f"FR3P281MB{int(hx(seed + 'box', 6), 16) % 9000 + 1000}"
    return f"<{box}{hx(seed, 32).upper()}@{box}.DEUP281.PROD.OUTLOOK.COM>"


def mid_generic(seed, domain):
    return f"<{hx(seed, 24)}.{hx(seed + 'x', 10)}@{domain}>"


def thread_index(seed):
    raw = hashlib.sha256(seed.encode()).digest()[:22]
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------------------------
# MIME building (by hand, so that every byte is under our control)
# --------------------------------------------------------------------------------------------
CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "us-ascii": "ascii"}


def enc(s, charset="utf-8"):
    if s.isascii():
        return s
    return Header(s, charset).encode(maxlinelen=76)


def ad(name, email, charset="utf-8"):
    if not name:
        return email
    if name.isascii():
        return formataddr((name, email))
    return formataddr((name, email), charset=charset)


def tpart(text, sub="plain", charset="utf-8", cte="base64", params="", extra=""):
    raw = text.encode(CODECS[charset])
    if cte == "base64":
        body = base64.encodebytes(raw).decode()
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode()
        if not body.endswith("\n"):
            body += "\n"
    else:
        body = raw.decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
    head = f'Content-Type: text/{sub}; charset="{charset}"{params}\nContent-Transfer-Encoding: {cte}\n'
    if extra:
        head += extra + "\n"
    return head + "\n" + body


def calpart(ics_text, method, cte="base64"):
    raw = ics_text.encode("utf-8")
    body = base64.encodebytes(raw).decode() if cte == "base64" else ics_text.replace("\r\n", "\n")
    return (f'Content-Type: text/calendar; charset="utf-8"; method={method}\n'
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


def attachment(ctype, raw, filename):
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(raw).decode()}")


def mp(sub, boundary, parts):
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}"
        if not out.endswith("\n"):
            out += "\n"
    out += f"--{boundary}--\n"
    return out


def msg(headers, body):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    return "\n".join(lines) + "\nMIME-Version: 1.0\n" + body


def received(by_host, from_host, ip, dt, rid):
    return (f"from {from_host} ({from_host} [{ip}])\n        by {by_host} with ESMTPS id {rid}\n"
            f"        for <{OWNER}>; {rfc(dt)}")


def bnd(seed, style="gmail"):
    if style == "gmail":
        return "000000000000" + hx(seed, 16)
    if style == "outlook":
        return f"_000_{hx(seed, 24).upper()}prodoutlookcom_"
    return f"----=_Part_{int(hx(seed, 8), 16) % 900000 + 100000}_{int(hx(seed + 'b', 8), 16) % 90000000 + 10000000}.{int(hx(seed + 'c', 8), 16) % 10**12}"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def gmail_attr_ja(dt, name, email):
    d = dt.astimezone(JST)
    return f"{d.year}年{d.month}月{d.day}日({WD_JA[d.weekday()]}) {d.hour}:{d.minute:02d} {name} <{email}>:"


def gmail_attr_en(dt, name, email):
    d = dt.astimezone(JST)
    return (f"On {WD_EN[d.weekday()][:3]}, {MON_EN[d.month - 1][:3]} {d.day}, {d.year} at "
            f"{en_ampm(d)} {name} <{email}> wrote:")


def outlook_hdr_ja(dt, frm, to, subject, cc=None):
    d = dt.astimezone(JST)
    s = (f"差出人: {frm}\n送信日時: {d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}\n"
         f"宛先: {to}\n")
    if cc:
        s += f"CC: {cc}\n"
    return s + f"件名: {subject}\n"


def outlook_hdr_en(dt, tz, frm, to, subject):
    d = dt.astimezone(tz)
    return (f"From: {frm}\nSent: {WD_EN[d.weekday()]}, {MON_EN[d.month - 1]} {d.day}, {d.year} "
            f"{en_ampm(d)}\nTo: {to}\nSubject: {subject}\n")


def html_simple(text, font="Meiryo UI, sans-serif", size="10.5pt"):
    body = _html.escape(text).replace("\n", "<br>\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:{size}">{body}</div></body></html>\n')


def html_gmail(text, attr=None, quoted=None):
    body = _html.escape(text.rstrip("\n")).replace("\n", "<br>")
    out = f'<div dir="ltr">{body}</div>'
    if attr:
        q = _html.escape(quoted.rstrip("\n")).replace("\n", "<br>")
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f"{_html.escape(attr)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px "
                "0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                f"{q}</blockquote></div>")
    return out + "\n"


def html_ats(text, brand_color="#2d6cdf"):
    body = _html.escape(text.rstrip("\n")).replace("\n", "<br>\n")
    return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1"></head>\n'
            '<body style="margin:0;padding:0;background:#f4f5f7">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            f'<table role="presentation" width="600" style="background:#ffffff;border-top:4px solid {brand_color}">'
            '<tr><td style="padding:24px;font-family:\'Hiragino Sans\',Meiryo,sans-serif;font-size:14px;'
            f'line-height:1.7;color:#222">\n{body}\n</td></tr></table>\n</td></tr></table>\n</body></html>\n')


def gmail_reply(text, attr, quoted, seed, charset="utf-8"):
    """Gmail-style multipart/alternative reply with quoted original."""
    plain = text.rstrip("\n") + "\n\n" + attr + "\n\n" + quote(quoted)
    return mp("alternative", bnd(seed), [tpart(plain, cte="base64"),
                                         tpart(html_gmail(text, attr, quoted), "html", cte="base64")])


# --------------------------------------------------------------------------------------------
# iCalendar
# --------------------------------------------------------------------------------------------
def fold(line):
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        lim = 75 if not out else 74
        if len(cur) + len(b) > lim:
            out.append(cur)
            cur = b
        else:
            cur += b
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ical(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def dloc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def dutc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def vtz_ms_fixed(tzid, off):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}",
            "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}",
            "END:DAYLIGHT", "END:VTIMEZONE"]


VTZ_MS_WEUROPE = ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
                  "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]

VTZ_IANA_TOKYO = ["BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "X-LIC-LOCATION:Asia/Tokyo",
                  "BEGIN:STANDARD", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST",
                  "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]

TEAMS_JA = """________________________________________________________________________________
Microsoft Teams ヘルプが必要ですか?
今すぐ会議に参加する<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
会議 ID: {num}
パスコード: {pw}
________________________________
ビデオ会議デバイスの場合
テナント キー: teams@vc.example
ビデオ ID: {vid}
________________________________
開催者向け: 会議のオプション<https://teams.microsoft.com/meetingOptions/?organizerId={tid}>
________________________________________________________________________________"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>
Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {pw}
________________________________
For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={tid}>
________________________________________________________________________________"""


def teams_block(seed, lang="ja"):
    h = hx(seed, 40)
    tid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    num = " ".join([str(int(hx(seed + "n", 8), 16) % 900 + 100), str(int(hx(seed + "m", 8), 16) % 900 + 100),
                    str(int(hx(seed + "o", 8), 16) % 900 + 100), str(int(hx(seed + "p", 8), 16) % 900 + 100)])
    pw = b64id(seed + "pw", 6)
    mid = b64id(seed + "mid", 32)
    vid = str(int(hx(seed + "v", 10), 16) % 10**10)
    tpl = TEAMS_JA if lang == "ja" else TEAMS_EN
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d"
    return tpl.format(mid=mid, tid=tid, num=num, pw=pw, vid=vid), url


def ms_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hx(seed, 16).upper() + "00000000000000001000000" + hx(seed + "u", 32).upper()


def ms_event(*, method, uid, seq, dtstamp, start, end, tzid, vtz, organizer, attendees, summary,
             location, description, status="CONFIRMED", lang="ja-JP", teams_url=None):
    """Exchange / Outlook style VCALENDAR. attendees: (name, email, role, partstat)."""
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += vtz
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role, part in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name}:mailto:{email}")
    L += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
          f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
          f"DTSTART;TZID={tzid}:{dloc(start)}", f"DTEND;TZID={tzid}:{dloc(end)}",
          "CLASS:PUBLIC", "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1",
          f"DTSTAMP:{dutc(dtstamp)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE={lang}:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(hx(uid, 8), 16) % 2000000000)}",
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ical(L)


def outlook_headers(*, seed, frm, to, subject, date, cc=None, in_reply_to=None, references=None,
                    calendar=False, lang="ja-JP", mid=None, charset="utf-8", reply_to=None, region="jp"):
    mfun = {"jp": mid_outlook, "sg": mid_outlook_sg, "eu": mid_outlook_eu}[region]
    h = [("Delivered-To", OWNER),
         ("From", frm), ("To", to), ("CC", cc), ("Reply-To", reply_to),
         ("Subject", enc(subject, charset)),
         ("Thread-Topic", enc(subject.split(": ", 1)[-1] if subject[:3] in ("RE:", "FW:", "Re:") else subject, charset)),
         ("Thread-Index", thread_index(seed)),
         ("Date", rfc(date)),
         ("Message-ID", mid or mfun(seed)),
         ("In-Reply-To", in_reply_to), ("References", references),
         ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if calendar:
        h.append(("Content-class", "urn:content-classes:calendarmessage"))
    h.append(("x-ms-publictraffictype", "Email"))
    return h


# --------------------------------------------------------------------------------------------
# case registry
# --------------------------------------------------------------------------------------------
CASES = {}     # case_id -> {"files": {name: str|bytes}, "label": dict}


def case(cid, files, label):
    assert cid.startswith("b246-") and cid not in CASES
    CASES[cid] = {"files": files, "label": label}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ============================================================================================
# 01  HERP-style ATS: first interview on Zoom + reminder with 明日 (one interview)
# ============================================================================================
def case01():
    cid = "b246-01-herp-first-interview-zoom"
    co, role = "洛北精機株式会社", "機械設計エンジニア（半導体製造装置）"
    morita = ("森田 彩", "a.morita@rakuhoku-seiki.example")
    start, end = T(2026, 11, 18, 10, 0), T(2026, 11, 18, 11, 0)
    d1 = T(2026, 11, 10, 17, 42, 5)
    d2 = T(2026, 11, 17, 12, 0, 31)
    assert d2.date() + timedelta(days=1) == start.date()
    zoom = "https://us06web.zoom.us/j/83127740562?pwd=cmFrdWhva3UtaWNoaWppLTIwMjYxMTE4"
    sender = ad("洛北精機株式会社 採用担当", "noreply@herp.cloud")
    foot = ("――――――――――――――――――――\n洛北精機株式会社\n人事部 採用グループ　森田 彩\n"
            "〒612-8487 京都府京都市伏見区羽束師古川町 3-14\nTEL：075-555-0143（人事部直通）\n"
            "――――――――――――――――――――\n"
            "※本メールは採用管理システム（HERP Hire）より送信しています。\n")
    t1 = f"""{OWNER_JA} 様

この度は、洛北精機株式会社の求人「{role}」にご応募いただき、
誠にありがとうございます。人事部の森田でございます。

書類選考の結果、ぜひ一次面接にお進みいただきたく、
下記の通り日程が確定いたしましたのでご案内申し上げます。

━━━━━━━━━━━━━━━━━━━━
■ 選考：一次面接（オンライン）
■ 日時：{jdy(start)} {hm(start)}〜{hm(end)}
■ 形式：Zoom
　 URL：{zoom}
　 ミーティングID：831 2774 0562
　 パスコード：518204
■ 面接官：装置設計部 部長　木下 誠／人事部　森田 彩
■ ご準備いただくもの：
　 職務経歴書（これまでに設計を担当された装置・ユニットについて、
　 守秘義務の範囲で画面共有にてご紹介いただけますと幸いです）
━━━━━━━━━━━━━━━━━━━━

当日は開始5分前を目安にご入室ください。
日程の変更をご希望の場合やご不明な点がございましたら、
本メールにご返信いただくか、森田（{morita[1]}）までご連絡ください。

当日お話しできることを楽しみにしております。
何卒よろしくお願い申し上げます。

{foot}"""
    h1 = [("Delivered-To", OWNER),
          ("Received", received("mx.example.com", "o12.mail.herp.cloud", "198.51.100.23", d1 + timedelta(seconds=2), "r7Kx2b0019")),
          ("Return-Path", "<bounces+4471@mail.herp.cloud>"),
          ("From", sender), ("Reply-To", ad(*morita)), ("To", ad(OWNER_JA, OWNER)),
          ("Subject", enc("【洛北精機株式会社】一次面接日程確定のご連絡")),
          ("Date", rfc(d1)), ("Message-ID", mid_generic("c01m1", "herp.cloud")),
          ("X-Mailer", "HERP Hire")]
    b1 = mp("alternative", bnd("c01m1", "java"), [tpart(t1), tpart(html_ats(t1), "html")])
    t2 = f"""{OWNER_JA} 様

洛北精機株式会社 人事部の森田でございます。
明日の一次面接について、念のためご案内いたします。

■ 日時：明日 {hm(start)}〜{hm(end)}（約60分）
■ 形式：Zoom（URLは先日のご案内と同じです）
　 {zoom}
■ 面接官：装置設計部 部長　木下／人事部　森田

通信環境の都合で接続できない場合は、075-555-0143（人事部直通）まで
お電話をいただけますと幸いです。

それでは、明日どうぞよろしくお願いいたします。

{foot}"""
    h2 = [("Delivered-To", OWNER),
          ("Received", received("mx.example.com", "o12.mail.herp.cloud", "198.51.100.23", d2 + timedelta(seconds=3), "r7Lq9c0442")),
          ("Return-Path", "<bounces+4471@mail.herp.cloud>"),
          ("From", sender), ("Reply-To", ad(*morita)), ("To", ad(OWNER_JA, OWNER)),
          ("Subject", enc("【リマインド】明日の一次面接について（洛北精機株式会社）")),
          ("Date", rfc(d2)), ("Message-ID", mid_generic("c01m2", "herp.cloud")),
          ("X-Mailer", "HERP Hire")]
    b2 = mp("alternative", bnd("c01m2", "java"), [tpart(t2), tpart(html_ats(t2), "html")])
    files = {"01-herp-ichiji-mensetsu-kakutei.eml": msg(h1, b1),
             "02-herp-reminder-ashita.eml": msg(h2, b2)}
    lab = label([iv("洛北精機", role, start, end, "scheduled", [morita[1]], [morita[1]], "onsite")],
                "easy", "positive/ats-email-japanese",
                "HERP notification from noreply@herp.cloud with Reply-To the HR person, who also sits on the "
                "panel with the department head (no address for him). The day-before reminder says only "
                "'明日' and is the same interview (one entry). Two interviewers -> onsite per panel rule.")
    case(cid, files, lab)


# ============================================================================================
# 02  NEGATIVE: company information session (会社説明会) booking + downloaded .ics
# ============================================================================================
def case02():
    cid = "b246-02-company-info-session-ics"
    co = "北摂ロボテック株式会社"
    start, end = T(2026, 12, 5, 10, 0), T(2026, 12, 5, 11, 0)
    wd(start, "土")
    d1 = T(2026, 11, 24, 9, 15, 44)
    url = "https://hokusetsu-robotech.zoom.us/w/92214450871?tk=jobnavi-evt-20261205"
    t1 = f"""{OWNER_JA} 様

ジョブナビ転職をご利用いただき、ありがとうございます。
以下のイベントのご予約を受け付けました。

──────────────────────
■ 企業名　　：{co}
■ イベント名：キャリア採用 オンライン会社説明会
　　　　　　　（機械設計職・生産技術職）
■ 日時　　　：{jdy(start)} {hm(start)}〜{hm(end)}
■ 会場　　　：オンライン（Zoom ウェビナー）
　　　　　　　{url}
■ 内容　　　：事業紹介／設計部門の社員によるパネルトーク／質疑応答
──────────────────────

※本説明会は選考ではありません。服装は自由、カメラ・マイクはオフのままご参加いただけます。
※説明会にご参加いただいた方には、後日エントリーフォームをお送りします。
　エントリー後は、書類選考 → 一次面接（オンライン） → 最終面接（本社）の順に選考を行います。

▼カレンダーに登録する（.ics）
https://jobnavi-tenshoku.example/event/ics/ev-55812?u=8c1f

▼予約内容の確認・キャンセル
https://jobnavi-tenshoku.example/mypage/events

―――――――――――――――――――――――――
ジョブナビ転職 事務局
本メールは送信専用アドレスからお送りしています。
―――――――――――――――――――――――――
"""
    h1 = [("Delivered-To", OWNER),
          ("Return-Path", "<bounce-ev55812@mail.jobnavi-tenshoku.example>"),
          ("From", ad("ジョブナビ転職", "noreply@jobnavi-tenshoku.example")), ("To", OWNER),
          ("Subject", enc("【ジョブナビ転職】会社説明会のご予約が完了しました（北摂ロボテック株式会社）")),
          ("Date", rfc(d1)), ("Message-ID", mid_generic("c02m1", "mail.jobnavi-tenshoku.example")),
          ("List-Unsubscribe", "<https://jobnavi-tenshoku.example/mypage/mail-settings>")]
    b1 = mp("alternative", bnd("c02m1", "java"), [tpart(t1), tpart(html_ats(t1, "#e4007f"), "html")])
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//JobNavi Tenshoku//Event Calendar//JA",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] + VTZ_IANA_TOKYO + [
        "BEGIN:VEVENT", "UID:ev-55812-8c1f@jobnavi-tenshoku.example", f"DTSTAMP:{dutc(d1)}",
        f"DTSTART;TZID=Asia/Tokyo:{dloc(start)}", f"DTEND;TZID=Asia/Tokyo:{dloc(end)}",
        f"SUMMARY:{esc('【会社説明会】' + co + ' キャリア採用（機械設計職・生産技術職）')}",
        f"DESCRIPTION:{esc('オンライン会社説明会（選考ではありません）。参加URL: ' + url)}",
        f"LOCATION:{esc('オンライン（Zoom ウェビナー）')}",
        f"ORGANIZER;CN={esc(co + ' 採用事務局')}:mailto:recruit-event@hokusetsu-robotech.example",
        f"ATTENDEE;CN={OWNER_JA};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    files = {"01-jobnavi-setsumeikai-yoyaku.eml": msg(h1, b1), "02-setsumeikai-hokusetsu.ics": ics}
    case(cid, files, label([], "medium", "negative/info-session",
                           "Company information session booked through a job site; text says it is not a "
                           "selection step and only mentions the later 一次面接. Standalone .ics has the "
                           "owner as ATTENDEE."))


# ============================================================================================
# 03  Agent (doda-style career advisor) thread; confirmation says only 来週の火曜日 14時〜15時
# ============================================================================================
def case03():
    cid = "b246-03-agent-nagoya-next-tuesday"
    co, role = "東海ギア工業株式会社", "生産技術エンジニア（歯車加工ライン）"
    adv = ("石川 亮", "r.ishikawa@career-bridge.example")
    o1s, o1e = T(2026, 11, 24, 14, 0), T(2026, 11, 24, 15, 0)
    o2s, o2e = T(2026, 11, 25, 10, 0), T(2026, 11, 25, 11, 0)
    d1, d2, d3 = T(2026, 11, 18, 11, 20, 9), T(2026, 11, 18, 20, 3, 51), T(2026, 11, 20, 18, 5, 37)
    wd(d3, "金")
    # 来週の火曜日 written on Friday 20 Nov -> Tuesday 24 Nov
    nxt_tue = d3.date() + timedelta(days=(7 - d3.weekday()) + 1)
    assert nxt_tue == o1s.date() and wd(o1s, "火")
    sig = ("━━━━━━━━━━━━━━━━━━━━━━\n株式会社キャリアブリッジ\n製造業専任チーム キャリアアドバイザー\n"
           "石川 亮（いしかわ りょう）\nTEL：06-6555-0178　携帯：080-5555-0612\n"
           f"Mail：{adv[1]}\n━━━━━━━━━━━━━━━━━━━━━━\n")
    subj = "【東海ギア工業様】二次面接日程のご相談"
    t1 = f"""中村様

お世話になっております。キャリアブリッジの石川です。
先日は東海ギア工業様の一次面接、お疲れさまでした。

企業様より、ぜひ二次面接にお進みいただきたいとのご連絡を頂戴しました。
おめでとうございます！
面接官の方からは、歯車加工ラインの段取り替え短縮の事例を高く評価いただいたと伺っております。

二次面接の候補日は以下の通りです。ご都合のよい日程をお知らせください。

・{jd(o1s)} {hm(o1s)}〜{hm(o1e)}
・{jd(o2s)} {hm(o2s)}〜{hm(o2e)}

形式：対面（名古屋本社　名古屋市熱田区千年二丁目8-21）
面接官：製造技術部 部長 大島様、人事課 課長 服部様
所要時間：約1時間

交通費は企業様にてご負担いただけるとのことです（新幹線代 実費）。

どうぞよろしくお願いいたします。

{sig}"""
    h1 = outlook_headers(seed="c03m1", frm=ad(*adv, charset="iso-2022-jp"), to=ad("中村 拓海 様", OWNER, "iso-2022-jp"),
                         subject=subj, date=d1, charset="iso-2022-jp")
    b1 = mp("alternative", bnd("c03m1", "outlook"),
            [tpart(t1, charset="iso-2022-jp", cte="7bit"),
             tpart(html_simple(t1).replace("charset=utf-8", "charset=iso-2022-jp"), "html", charset="iso-2022-jp", cte="quoted-printable")])
    r2 = f"""石川様

お世話になっております。中村です。
二次面接のご案内をいただき、ありがとうございます。

{jd(o1s)} {hm(o1s)}〜{hm(o1e)}でお願いできますでしょうか。
当日は新大阪から新幹線で伺う予定です。

引き続きよろしくお願いいたします。

中村 拓海
"""
    m1, m2 = mid_outlook("c03m1"), mid_gmail("c03m2")
    h2 = [("Delivered-To", OWNER), ("From", ad(OWNER_JA, OWNER)), ("To", ad(*adv)),
          ("Subject", enc("Re: " + subj)), ("Date", rfc(d2)), ("Message-ID", m2),
          ("In-Reply-To", m1), ("References", m1)]
    b2 = gmail_reply(r2, gmail_attr_ja(d1, adv[0], adv[1]), t1, "c03m2")
    t3 = f"""中村様

お世話になっております。キャリアブリッジの石川です。
ご返信ありがとうございます。

企業様と調整いたしまして、二次面接は
来週の火曜日、14時〜15時で確定いたしました。

当日は13時50分までに本社1階受付にお越しいただき、
「人事課 服部様と二次面接のお約束」とお伝えください。

持ち物：履歴書・職務経歴書（各1部、印刷したもの）
服装：スーツでお越しください。

面接前日に、想定質問の確認を兼ねて15分ほどお電話できればと思います。
ご都合のよい時間帯をお知らせいただけますと幸いです。

{sig}
-----Original Message-----
{outlook_hdr_ja(d2, f"中村 拓海 <{OWNER}>", f"石川 亮 <{adv[1]}>", "Re: " + subj)}
{r2}"""
    m3 = mid_outlook("c03m3")
    h3 = outlook_headers(seed="c03m3", frm=ad(*adv, charset="iso-2022-jp"), to=ad("中村 拓海 様", OWNER, "iso-2022-jp"),
                         subject="RE: " + subj, date=d3, in_reply_to=m2, references=f"{m1} {m2}",
                         charset="iso-2022-jp", mid=m3)
    b3 = mp("alternative", bnd("c03m3", "outlook"),
            [tpart(t3, charset="iso-2022-jp", cte="7bit"),
             tpart(html_simple(t3).replace("charset=utf-8", "charset=iso-2022-jp"), "html", charset="iso-2022-jp", cte="quoted-printable")])
    files = {"01-agent-nijimensetsu-kouhobi.eml": msg(h1, b1),
             "02-re-nijimensetsu-kibou.eml": msg(h2, b2),
             "03-re-nijimensetsu-kakutei.eml": msg(h3, b3)}
    lab = label([iv("東海ギア工業", role, o1s, o1e, "scheduled", [], [adv[1]], "onsite")],
                "hard", "positive/agent-thread-relative-date",
                "Recruiting-agent thread in ISO-2022-JP. The confirmation (Fri 20 Nov) only says "
                "'来週の火曜日、14時〜15時' -> Tue 24 Nov. Two interviewers without addresses; the agent advisor "
                "is the human who corresponded -> follow-up recipient. In-person panel -> onsite.")
    case(cid, files, lab)


# ============================================================================================
# 04  SPI test-centre booking (NOT an interview) then first interview thread
# ============================================================================================
def case04():
    cid = "b246-04-spi-testcenter-then-first-interview"
    co, role = "株式会社摂津ポンプ製作所", "機械設計（産業用ポンプの開発設計）"
    tam = ("田村 健一", "k.tamura@settsu-pump.example")
    spi = T(2026, 11, 11, 18, 0)
    s1, s2, s3 = T(2026, 11, 19, 14, 0), T(2026, 11, 20, 10, 0), T(2026, 11, 24, 16, 0)
    dur = timedelta(minutes=45)
    d1, d2, d3, d4 = (T(2026, 11, 6, 14, 31, 12), T(2026, 11, 13, 15, 20, 40),
                      T(2026, 11, 13, 21, 47, 3), T(2026, 11, 16, 10, 5, 18))
    t1 = f"""{OWNER_JA} 様

テストセンターの受検予約が完了しました。
受検日時・会場をご確認のうえ、当日は受検票と写真付き本人確認書類をお持ちください。

【受検予約内容】
検査名　　：SPI3（能力検査・性格検査）
依頼企業　：{co}
受検日時　：{spi.year}年{spi.month}月{spi.day}日（{WD_JA[spi.weekday()]}） {hm(spi)}〜（受付開始 {hm(spi - timedelta(minutes=15))}）
会場　　　：大阪・梅田会場（大阪府大阪市北区梅田1丁目 第5ビル 12階）
受検票番号：TC-2611-58830

※性格検査は予約前に受検済みです。
※予約の変更・キャンセルは受検日前日の23:59まで可能です。

テストセンター予約受付システム
（本メールは送信専用です）
"""
    h1 = [("Delivered-To", OWNER), ("Return-Path", "<no-reply@tc-yoyaku.example>"),
          ("From", ad("テストセンター予約受付", "no-reply@tc-yoyaku.example")), ("To", OWNER),
          ("Subject", enc("【テストセンター】受検予約完了のお知らせ")), ("Date", rfc(d1)),
          ("Message-ID", mid_generic("c04m1", "tc-yoyaku.example"))]
    b1 = tpart(t1, cte="base64")
    sig = ("------------------------------------------\n株式会社摂津ポンプ製作所\n人事部 人事課　田村 健一\n"
           "〒532-0011 大阪市淀川区西中島5丁目 9-2\nTEL：06-6555-0190\n"
           f"E-mail：{tam[1]}\n------------------------------------------\n")
    subj = "一次面接日程のご案内（株式会社摂津ポンプ製作所）"
    t2 = f"""{OWNER_JA} 様

お世話になっております。
株式会社摂津ポンプ製作所 人事部の田村でございます。

先日は適性検査をご受検いただき、誠にありがとうございました。
結果を踏まえ、ぜひ一次面接にお越しいただきたく、ご連絡いたしました。

下記の候補日時より、ご都合のよいものをお知らせいただけますでしょうか。

　1. {jd(s1)} {hm(s1)}〜{hm(s1 + dur)}
　2. {jd(s2)} {hm(s2)}〜{hm(s2 + dur)}
　3. {jd(s3)} {hm(s3)}〜{hm(s3 + dur)}

場所：弊社本社（大阪市淀川区西中島）
所要時間：約45分
面接官：開発部 課長の松井と、私（田村）の2名で担当いたします。

いずれもご都合が合わない場合は、ご遠慮なくお申し付けください。
何卒よろしくお願い申し上げます。

{sig}"""
    m2 = mid_outlook("c04m2")
    h2 = outlook_headers(seed="c04m2", frm=ad(*tam), to=ad(OWNER_JA, OWNER), subject=subj, date=d2, mid=m2)
    b2 = mp("alternative", bnd("c04m2", "outlook"), [tpart(t2, cte="quoted-printable"),
                                                      tpart(html_simple(t2), "html", cte="quoted-printable")])
    r3 = f"""田村様

お世話になっております。中村拓海です。
一次面接のご案内をいただき、誠にありがとうございます。

候補1の {jd(s1)} {hm(s1)}〜{hm(s1 + dur)} でお願いできますでしょうか。

どうぞよろしくお願いいたします。

中村 拓海
携帯：090-5555-0271
"""
    m3 = mid_gmail("c04m3")
    h3 = [("Delivered-To", OWNER), ("From", ad(OWNER_JA, OWNER)), ("To", ad(*tam)),
          ("Subject", enc("Re: " + subj)), ("Date", rfc(d3)), ("Message-ID", m3),
          ("In-Reply-To", m2), ("References", m2)]
    b3 = gmail_reply(r3, gmail_attr_ja(d2, tam[0], tam[1]), t2, "c04m3")
    t4 = f"""{OWNER_JA} 様

お世話になっております。摂津ポンプ製作所の田村でございます。
ご返信いただき、ありがとうございます。

それでは、下記にて一次面接を確定とさせていただきます。

　日時：{jd(s1)} 午後2時〜2時45分
　場所：弊社本社 3階受付（大阪市淀川区西中島5丁目 9-2）
　　　　※西中島南方駅より徒歩4分です。
　面接官：開発部 課長 松井／人事部 田村
　持ち物：履歴書（写真貼付）、職務経歴書

当日は受付にてお名前と「人事部 田村と面接」とお伝えください。
お会いできることを楽しみにしております。

{sig}
差出人: {OWNER_JA} <{OWNER}>
送信日時: {d3.year}年{d3.month}月{d3.day}日 {hm(d3)}
宛先: {tam[0]} <{tam[1]}>
件名: Re: {subj}

{r3}"""
    assert hm(s1) == "14:00" and hm(s1 + dur) == "14:45"
    m4 = mid_outlook("c04m4")
    h4 = outlook_headers(seed="c04m4", frm=ad(*tam), to=ad(OWNER_JA, OWNER), subject="RE: " + subj, date=d4,
                         in_reply_to=m3, references=f"{m2} {m3}", mid=m4)
    b4 = mp("alternative", bnd("c04m4", "outlook"), [tpart(t4, cte="quoted-printable"),
                                                      tpart(html_simple(t4), "html", cte="quoted-printable")])
    files = {"01-testcenter-yoyaku-kanryo.eml": msg(h1, b1), "02-ichiji-mensetsu-kouhobi.eml": msg(h2, b2),
             "03-re-kouho1-kibou.eml": msg(h3, b3), "04-re-ichiji-mensetsu-kakutei.eml": msg(h4, b4)}
    lab = label([iv("摂津ポンプ製作所", role, s1, s1 + dur, "scheduled", [tam[1]], [tam[1]], "onsite")],
                "medium", "positive/thread-propose-confirm-with-assessment",
                "SPI3 test-centre booking (Wed 11 Nov 18:00) is an assessment, not an interview. HR offers three "
                "45-minute slots, the owner picks slot 1, HR confirms '午後2時〜2時45分'. The HR sender is one of "
                "the two interviewers (the section manager has no address).")
    case(cid, files, lab)


def google_invite_ics(*, uid, start, end, stamp, organizer, attendees, summary, description, location,
                      meet, seq=0, method="REQUEST", status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{dutc(start)}", f"DTEND:{dutc(end)}", f"DTSTAMP:{dutc(stamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, part in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={part};RSVP=TRUE;"
                 f"CN={name};X-NUM-GUESTS=0:mailto:{email}")
    L += [f"X-GOOGLE-CONFERENCE:{meet}", f"CREATED:{dutc(stamp)}", f"DESCRIPTION:{esc(description)}",
          f"LAST-MODIFIED:{dutc(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ical(L)


# ============================================================================================
# 05  NEGATIVE: casual meeting explicitly not a selection step (scout platform + Google invite)
# ============================================================================================
def case05():
    cid = "b246-05-casual-meeting-not-selection"
    co = "Lindqvist Drives Japan 株式会社"
    yo = ("吉岡 直人", "n.yoshioka@lindqvist-drives.example")
    start, end = T(2026, 11, 27, 12, 0), T(2026, 11, 27, 12, 30)
    d1, d2 = T(2026, 11, 19, 19, 2, 11), T(2026, 11, 20, 9, 41, 26)
    t1 = f"""{OWNER_JA} 様

{co}の吉岡 直人様からメッセージが届きました。

――――――――――――――――――――――――――――――
件名：【カジュアル面談のご提案】電動アクチュエータの設計チームについて

中村様

はじめまして。{co}でエンジニアリングマネージャーを務めております吉岡と申します。
ご経歴を拝見し、減速機まわりの機構設計のご経験に大変興味を持ちました。

まずは情報交換として、30分ほどオンラインでカジュアル面談をさせていただけませんか。
※カジュアル面談は選考ではございません。合否の判断は一切行いませんので、
　履歴書・職務経歴書のご準備も不要です。
　当社の開発体制やスウェーデン本社とのやり取りなど、気になる点を何でもお聞きください。
　ご興味を持っていただけた場合に、改めて正式なご応募と面接（選考）をご案内いたします。

ご都合がよろしければ、11月27日（金）のお昼休み（12:00〜12:30）はいかがでしょうか。
――――――――――――――――――――――――――――――

▼メッセージを確認・返信する
https://highreach.example/messages/thread/7718203

ハイリーチ 運営事務局
※本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。
"""
    wd(start, "金")
    h1 = [("Delivered-To", OWNER), ("Return-Path", "<bounce@mail.highreach.example>"),
          ("From", ad("ハイリーチ", "no-reply@highreach.example")), ("To", OWNER),
          ("Subject", enc(f"【ハイリーチ】{co}からメッセージが届きました")), ("Date", rfc(d1)),
          ("Message-ID", mid_generic("c05m1", "mail.highreach.example"))]
    b1 = mp("alternative", bnd("c05m1", "java"), [tpart(t1), tpart(html_ats(t1, "#0a3d62"), "html")])
    summ = "カジュアル面談（選考ではありません）中村様 × Lindqvist Drives Japan"
    desc = ("中村様\n\nハイリーチ経由でのご返信ありがとうございました。\n"
            "※本面談は選考ではありません。お互いを知るための情報交換の場です。\n"
            "お気軽にご参加ください。\n\n吉岡")
    meet = "https://meet.google.com/vqd-kmsa-bto"
    uid = "4q0b7ne3hf2k9ut1m5lr8c6o2s@google.com"
    ics = google_invite_ics(uid=uid, start=start, end=end, stamp=d2, organizer=yo,
                            attendees=[(yo[0], yo[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                            summary=summ, description=desc, location="", meet=meet)
    when = f"{start.year}年{start.month}月{start.day}日 ({WD_JA[start.weekday()]}) {hm(start)}～{hm(end)} (JST)"
    plain = f"""{summ}
{start.year}年{start.month}月{start.day}日 ({WD_JA[start.weekday()]}) {hm(start)}～{hm(end)} (日本標準時 - 東京)

Google Meet に参加
{meet}

電話で参加
(JP) +81 3-5555-0149
PIN: 811 275 093#

{desc}

参加者
{yo[0]} - 主催者
{OWNER}

招待状の詳細を表示
https://calendar.google.com/calendar/event?action=VIEW&eid={b64id('c05eid', 60)}

Google カレンダーからの招待状: https://calendar.google.com/calendar/

この招待状は {OWNER} 宛てに送信されました。{yo[0]} さんが送信した招待状を受け取ったためです。
"""
    html = html_simple(plain, font="Roboto, Helvetica, Arial, sans-serif")
    h2 = [("Delivered-To", OWNER), ("Return-Path", f"<{yo[1]}>"),
          ("From", ad(yo[0], yo[1])), ("Sender", ad("Google Calendar", "calendar-notification@google.com")),
          ("Reply-To", ad(yo[0], yo[1])), ("To", OWNER),
          ("Subject", enc(f"招待状: {summ} - {when} ({OWNER})")), ("Date", rfc(d2)),
          ("Message-ID", f"<calendar-{hx('c05m2', 8)}-{hx('c05m2a', 4)}-{hx('c05m2b', 4)}-{hx('c05m2c', 4)}-{hx('c05m2d', 12)}@google.com>")]
    b2 = mp("mixed", bnd("c05m2"), [
        mp("alternative", bnd("c05m2alt"), [tpart(plain, cte="base64"), tpart(html, "html", cte="quoted-printable"),
                                            calpart(ics, "REQUEST")]),
        attachment("application/ics", ics.encode(), "invite.ics")])
    files = {"01-highreach-message.eml": msg(h1, b1), "02-google-invite-casual-mendan.eml": msg(h2, b2)}
    case(cid, files, label([], "hard", "negative/casual-meeting-not-selection",
                           "カジュアル面談 explicitly described as not a selection step (no pass/fail, no CV); a "
                           "real Google Calendar invite with a human organizer makes it look like an interview."))


# ============================================================================================
# 06  Foreign-affiliated Tokyo firm: hiring-manager interview, e-mail + standalone Outlook .ics
#     with TZID "Tokyo Standard Time"
# ============================================================================================
def case06():
    cid = "b246-06-teams-tokyo-standard-time-hm"
    role = "Mechanical Design Engineer (Metrology Equipment)"
    ono = ("Yuki Ono", "yuki.ono@aldermoor-precision.example")
    sae = ("Ken Saeki", "ken.saeki@aldermoor-precision.example")
    start, end = T(2026, 11, 26, 16, 0), T(2026, 11, 26, 17, 0)
    d1, d2 = T(2026, 11, 19, 11, 2, 48), T(2026, 11, 19, 11, 9, 3)
    teams, turl = teams_block("c06teams", "ja")
    t1 = f"""中村 拓海 様
(English below)

お世話になっております。Aldermoor Precision Japan 人事部の小野です。
先日は一次面接にご参加いただき、ありがとうございました。

次のステップとして、エンジニアリングマネージャーの佐伯 健との面接を設定させていただきました。

　日時：{jd(start)} {hm(start)}〜{hm(end)}（日本時間）
　形式：Microsoft Teams（別途、佐伯を含めた会議招待をお送りします）
　内容：これまでのご経験（精密機構設計・公差解析）についての深掘り、配属予定チームのご紹介
　言語：日本語（一部英語での質問がございます）

ご不明点があれば、私（小野）までお気軽にご連絡ください。

---

Dear Takumi,

Following your first-round interview, we have scheduled your hiring manager interview with
Ken Saeki (Engineering Manager, Metrology Systems).

  Date/time: {en_day(start)}, {hm2(start)}–{hm2(end)} JST
  Format: Microsoft Teams (a separate invitation will follow)

Best regards,

Yuki Ono（小野 由紀）
Talent Acquisition | Aldermoor Precision Japan K.K.
Shinagawa Season Terrace 21F, 1-2-70 Konan, Minato-ku, Tokyo
{ono[1]}
"""
    h1 = outlook_headers(seed="c06m1", frm=ad(ono[0], ono[1]), to=ad(OWNER_EN, OWNER),
                         subject="面接のご案内 / Hiring Manager Interview – Aldermoor Precision Japan", date=d1)
    b1 = mp("alternative", bnd("c06m1", "outlook"), [tpart(t1, cte="quoted-printable"),
                                                      tpart(html_simple(t1, "Aptos, Meiryo, sans-serif", "11pt"), "html", cte="quoted-printable")])
    desc = (f"中村様\n\n{jd(start)} {hm(start)}〜{hm(end)}、エンジニアリングマネージャー佐伯との面接です。\n"
            f"Teams のリンクからご参加ください。\n\n小野\n\n{teams}")
    ics = ms_event(method="REQUEST", uid=ms_uid("c06uid"), seq=0, dtstamp=d2, start=start, end=end,
                   tzid="Tokyo Standard Time", vtz=vtz_ms_fixed("Tokyo Standard Time", "+0900"), organizer=ono,
                   attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                              (sae[0], sae[1], "REQ-PARTICIPANT", "ACCEPTED")],
                   summary="Aldermoor Precision | Hiring Manager Interview | Takumi Nakamura",
                   location="Microsoft Teams 会議", description=desc, teams_url=turl)
    files = {"01-mensetsu-no-goannai-bilingual.eml": msg(h1, b1),
             "02-hiring-manager-interview-saeki.ics": ics}
    lab = label([iv("Aldermoor Precision Japan", role, start, end, "scheduled", [sae[1]], [sae[1]],
                    "hiring_manager")],
                "easy", "positive/outlook-ics-tokyo-standard-time",
                "Bilingual HR e-mail plus a standalone Outlook .ics (TZID 'Tokyo Standard Time', Teams). "
                "The coordinator is the organizer only; the engineering manager is the interviewer and an "
                "ATTENDEE. One interview.")
    case(cid, files, lab)


# ============================================================================================
# 07  Singapore regional HR (SGT, one hour behind Japan): thread + Teams invite in SGT
# ============================================================================================
def case07():
    cid = "b246-07-singapore-hr-sgt-teams-screen"
    role = "Senior Mechanical Engineer (Japan)"
    ml = ("Tan Mei Ling", "meiling.tan@norvane.example")
    prop = T(2026, 11, 26, 10, 0, tz=SGT)                  # proposed, not booked
    start, end = T(2026, 11, 30, 15, 0, tz=SGT), T(2026, 11, 30, 15, 30, tz=SGT)
    assert start.astimezone(JST).hour == 16 and prop.astimezone(JST).hour == 11
    wd(prop, "Thu")
    wd(start, "Mon")
    d1 = T(2026, 11, 16, 10, 14, 22, tz=SGT)
    d2 = T(2026, 11, 16, 21, 30, 5)
    d3 = T(2026, 11, 17, 9, 48, 50, tz=SGT)
    d4 = T(2026, 11, 17, 9, 52, 16, tz=SGT)
    sig = ("Best regards,\nMei Ling\n\nTan Mei Ling\nRegional Talent Acquisition Partner, APAC\n"
           "Norvane Automation Pte. Ltd. | 1 Fusionopolis Way, #12-04, Singapore 138632\n"
           f"{ml[1]} | +65 6555 0188\n")
    subj = "Norvane Automation – Senior Mechanical Engineer (Japan): introductory call"
    t1 = f"""Hi Takumi,

Thank you for applying for the Senior Mechanical Engineer (Japan) role with Norvane Automation.
I look after hiring for our Japan entity from our regional office in Singapore.

As a first step, I'd like to set up a 30-minute introductory call with you. I will walk you through
the role and the team in Tokyo, and I'd like to hear more about your background in conveyor and
palletising equipment and what you are looking for next. The call will be in English.

Would {en_day(prop)} at {en_ampm(prop).lower().replace(' ', '')} SGT ({en_ampm(prop.astimezone(JST)).lower().replace(' ', '')} Japan time) work for you?
If not, just let me know a couple of options that suit you.

{sig}"""
    m1 = mid_outlook_sg("c07m1")
    h1 = outlook_headers(seed="c07m1", frm=ad(*ml), to=ad(OWNER_EN, OWNER), subject=subj, date=d1, lang="en-US",
                         mid=m1, region="sg")
    b1 = mp("alternative", bnd("c07m1", "outlook"), [tpart(t1, cte="quoted-printable"),
                                                      tpart(html_simple(t1, "Aptos, Calibri, sans-serif", "11pt"), "html", cte="quoted-printable")])
    r2 = f"""Hi Mei Ling,

Thank you for reaching out, I'm glad to hear from you.

Unfortunately I already have another commitment on {en_day(prop)}.
Would Monday 30 November be possible instead? Any time after 3:00 PM Japan time works for me.

Best regards,
Takumi Nakamura
"""
    wd(T(2026, 11, 30), "Mon")
    m2 = mid_gmail("c07m2")
    h2 = [("Delivered-To", OWNER), ("From", ad(OWNER_EN, OWNER)), ("To", ad(*ml)), ("Subject", enc("Re: " + subj)),
          ("Date", rfc(d2)), ("Message-ID", m2), ("In-Reply-To", m1), ("References", m1)]
    b2 = gmail_reply(r2, gmail_attr_en(d1, ml[0], ml[1]), t1, "c07m2")
    t3 = f"""Hi Takumi,

No problem at all. Let's do {en_day(start)} at 3:00pm SGT, which is 4:00pm for you in Osaka.
It will be a 30-minute call on Microsoft Teams. I'll send the calendar invite separately in a moment.

Looking forward to speaking with you.

{sig}
{outlook_hdr_en(d2, SGT, f"Takumi Nakamura <{OWNER}>", f"Tan Mei Ling <{ml[1]}>", "Re: " + subj)}
{r2}"""
    m3 = mid_outlook_sg("c07m3")
    h3 = outlook_headers(seed="c07m3", frm=ad(*ml), to=ad(OWNER_EN, OWNER), subject="RE: " + subj, date=d3,
                         lang="en-US", mid=m3, in_reply_to=m2, references=f"{m1} {m2}", region="sg")
    b3 = mp("alternative", bnd("c07m3", "outlook"), [tpart(t3, cte="quoted-printable"),
                                                      tpart(html_simple(t3, "Aptos, Calibri, sans-serif", "11pt"), "html", cte="quoted-printable")])
    teams, turl = teams_block("c07teams", "en")
    when = f"When: {WD_EN[start.weekday()]}, {MON_EN[start.month - 1]} {start.day}, {start.year} {en_ampm(start)}-{en_ampm(end)} (UTC+08:00) Kuala Lumpur, Singapore."
    plain = f"""{when}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Takumi,

As discussed – introductory call for the Senior Mechanical Engineer (Japan) role.
(4:00pm–4:30pm Japan time.)

Mei Ling

{teams}
"""
    ics = ms_event(method="REQUEST", uid=ms_uid("c07uid"), seq=0, dtstamp=d4, start=start, end=end,
                   tzid="Singapore Standard Time", vtz=vtz_ms_fixed("Singapore Standard Time", "+0800"),
                   organizer=ml, attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                   summary="Norvane Automation | Introductory call | Takumi Nakamura (Senior Mechanical Engineer, Japan)",
                   location="Microsoft Teams Meeting", description=plain, lang="en-US", teams_url=turl)
    h4 = outlook_headers(seed="c07m4", frm=ad(*ml), to=ad(OWNER_EN, OWNER),
                         subject="Norvane Automation | Introductory call | Takumi Nakamura (Senior Mechanical Engineer, Japan)",
                         date=d4, calendar=True, lang="en-US", region="sg")
    b4 = mp("alternative", bnd("c07m4", "outlook"), [tpart(plain, cte="quoted-printable"),
                                                      tpart(html_simple(plain, "Aptos, Calibri, sans-serif", "11pt"), "html", cte="quoted-printable"),
                                                      calpart(ics, "REQUEST")])
    files = {"01-introductory-call-request.eml": msg(h1, b1), "02-re-monday-instead.eml": msg(h2, b2),
             "03-re-confirm-3pm-sgt.eml": msg(h3, b3), "04-teams-invite-sgt.eml": msg(h4, b4)}
    lab = label([iv("Norvane Automation", role, start.astimezone(JST), end.astimezone(JST), "scheduled",
                    [ml[1]], [ml[1]], "phone_screen")],
                "medium", "positive/singapore-hr-sgt",
                "Singapore regional recruiter first proposes Thu 26 Nov 10:00 SGT (declined), then books Mon 30 "
                "Nov 15:00-15:30 SGT = 16:00-16:30 JST; Exchange invite with TZID 'Singapore Standard Time'. "
                "Recruiter conducts the screen.")
    case(cid, files, lab)


# ============================================================================================
# 08  NEGATIVE: offer, then pre-employment health check (健康診断) with a date and time
# ============================================================================================
def case08():
    cid = "b246-08-health-check-after-offer"
    co = "河内精密株式会社"
    ni = ("西田 直子", "n.nishida@kawachi-seimitsu.example")
    d1, d2 = T(2026, 12, 16, 17, 5, 0), T(2026, 12, 22, 16, 40, 27)
    exam = T(2027, 1, 8, 9, 0)
    wd(exam, "金")
    sig = ("――――――――――――――――――\n河内精密株式会社\n総務人事部 人事課　西田 直子\n"
           "〒577-0065 大阪府東大阪市高井田中 2-7-31\nTEL 06-6555-0122 / FAX 06-6555-0123\n"
           f"{ni[1]}\n――――――――――――――――――\n")
    t1 = f"""{OWNER_JA} 様

お世話になっております。河内精密株式会社 人事課の西田です。
先日は最終面接にお越しいただき、誠にありがとうございました。

厳正なる選考の結果、中村様を採用させていただくことが決定いたしました。
ここに謹んでご通知申し上げます。

労働条件通知書（内定通知書）を別途郵送いたしましたので、内容をご確認のうえ、
12月25日（金）までに内定承諾のご意思をお知らせいただけますと幸いです。

今後の入社手続き（健康診断・必要書類）につきましては、改めてご案内いたします。

{sig}"""
    wd(T(2026, 12, 25), "金")
    m1 = f"<20261216170500.{hx('c08m1', 10).upper()}@kawachi-seimitsu.example>"
    h1 = [("Delivered-To", OWNER), ("From", ad(*ni, charset="iso-2022-jp")), ("To", ad(OWNER_JA + " 様", OWNER, "iso-2022-jp")),
          ("Subject", enc("内定のご連絡（河内精密株式会社）", "iso-2022-jp")), ("Date", rfc(d1)),
          ("Message-ID", m1), ("X-Mailer", "Becky! ver. 2.81.05 [ja]")]
    b1 = tpart(t1, charset="iso-2022-jp", cte="7bit")
    t2 = f"""{OWNER_JA} 様

お世話になっております。河内精密株式会社 人事課の西田です。
先日は内定承諾のご連絡をいただき、誠にありがとうございました。
社員一同、中村様のご入社を心よりお待ちしております。

さて、最終面接の際にもお伝えしておりました入社前の健康診断について、
下記の通り予約いたしましたのでご案内いたします。

　　　　　　　　　　　　記

日時：{exam.year}年{jd(exam)} {hm(exam)}〜（受付 8:45、所要 約1時間半）
場所：医療法人 誠和会 東大阪健診クリニック
　　　大阪府東大阪市長堂1-3-14 布施駅前ビル 3階
検査項目：雇入時健康診断（身長・体重・視力・聴力・血圧・胸部X線・血液・尿・心電図）
持ち物：健康保険証、問診票（郵送済み）、採尿容器
ご注意：前日21時以降はお水・お茶以外の飲食をお控えください。
費用：当社負担（窓口でのお支払いは不要です）

　　　　　　　　　　　　　　　　　　　　　　　　　　以上

ご都合が悪い場合は、お手数ですが12月28日（月）までにご連絡ください。
クリニックに日程変更をお願いいたします。

{sig}"""
    wd(T(2026, 12, 28), "月")
    m2 = f"<20261222164027.{hx('c08m2', 10).upper()}@kawachi-seimitsu.example>"
    h2 = [("Delivered-To", OWNER), ("From", ad(*ni, charset="iso-2022-jp")), ("To", ad(OWNER_JA + " 様", OWNER, "iso-2022-jp")),
          ("Subject", enc("入社前健康診断のご案内（河内精密株式会社）", "iso-2022-jp")), ("Date", rfc(d2)),
          ("Message-ID", m2), ("X-Mailer", "Becky! ver. 2.81.05 [ja]")]
    b2 = tpart(t2, charset="iso-2022-jp", cte="7bit")
    files = {"01-naitei-no-gorenraku.eml": msg(h1, b1), "02-nyusha-mae-kenkou-shindan.eml": msg(h2, b2)}
    case(cid, files, label([], "medium", "negative/post-offer-health-check",
                           "Offer letter, then a pre-employment health check booked at a clinic with a precise "
                           "date/time; both mention 最終面接 in the past. Plain-text ISO-2022-JP (Becky!)."))


# ============================================================================================
# 09  HRMOS-style ATS: first interview booked, then moved (interviewer's trip); .ics SEQUENCE 0 -> 1
# ============================================================================================
def hrmos_ics(uid, seq, stamp, start, end, summary, desc, location, co_sender):
    return ical(["BEGIN:VCALENDAR", "PRODID:-//HRMOS//Recruiting Calendar 2.0//JA", "VERSION:2.0",
                 "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ_IANA_TOKYO + [
        "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{dutc(stamp)}",
        f"DTSTART;TZID=Asia/Tokyo:{dloc(start)}", f"DTEND;TZID=Asia/Tokyo:{dloc(end)}",
        f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(desc)}", f"LOCATION:{esc(location)}",
        f"ORGANIZER;CN={esc(co_sender)}:mailto:noreply@hrmos.co",
        f"ATTENDEE;CN={OWNER_JA};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{OWNER}",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])


def case09():
    cid = "b246-09-hrmos-reschedule-interviewer-trip"
    co, role = "金城オートパーツ株式会社", "機構設計エンジニア（車載電動ユニット）"
    ka = ("加藤 美咲", "m.kato@kinjo-autoparts.example")
    old_s, old_e = T(2026, 12, 1, 15, 0), T(2026, 12, 1, 16, 0)
    new_s, new_e = T(2026, 12, 4, 11, 0), T(2026, 12, 4, 12, 0)
    alt_s = T(2026, 12, 7, 14, 0)
    d1, d2, d3, d4 = (T(2026, 11, 20, 13, 10, 2), T(2026, 11, 26, 17, 25, 44),
                      T(2026, 11, 26, 19, 12, 30), T(2026, 11, 27, 10, 3, 9))
    sender = ad("金城オートパーツ株式会社 採用担当", "noreply@hrmos.co")
    teams_url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + b64id("c09t", 30) + "%40thread.v2/0"
    uid = f"hrmos-interview-{hx('c09uid', 20)}@hrmos.co"
    summary = f"【{co}】一次面接（Web）{OWNER_JA}様"
    foot = ("――――――――――――――――――――――\n"
            "※本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできません。\n"
            f"※お問い合わせは 人事部 採用担当 加藤（{ka[1]}）までお願いいたします。\n"
            f"{co}　〒453-0015 愛知県名古屋市中村区椿町 18-5\n"
            "――――――――――――――――――――――\n")
    t1 = f"""{OWNER_JA} 様

{co} 採用担当です。
このたびは「{role}」の求人にご応募いただき、ありがとうございます。

一次面接の日程が確定しましたので、お知らせいたします。

■日時
{jdy(old_s)} {hm(old_s)}〜{hm(old_e)}

■面接形式
Web面接（Microsoft Teams）
{teams_url}

■面接官
設計開発部 係長　近藤

■ご案内
・面接の5分前までに上記URLからご入室ください。
・カレンダー登録用ファイル（.ics）を添付しております。

{foot}"""
    desc1 = f"一次面接（Web）\n面接官：設計開発部 係長 近藤\n参加URL：{teams_url}"
    ics1 = hrmos_ics(uid, 0, d1, old_s, old_e, summary, desc1, "Web面接（Microsoft Teams）", co + " 採用担当")
    h1 = [("Delivered-To", OWNER), ("Return-Path", "<bounce-9a72@mail.hrmos.co>"), ("From", sender),
          ("To", OWNER), ("Subject", enc(f"【{co}】一次面接日程確定のお知らせ")), ("Date", rfc(d1)),
          ("Message-ID", mid_generic("c09m1", "mail.hrmos.co"))]
    b1 = mp("mixed", bnd("c09m1", "java"), [
        mp("alternative", bnd("c09m1alt", "java"), [tpart(t1), tpart(html_ats(t1, "#00a0e9"), "html")]),
        attachment("text/calendar; charset=UTF-8; method=REQUEST", ics1.encode(), "interview.ics")])
    sig = ("--\n金城オートパーツ株式会社\n人事部 採用担当　加藤 美咲\nTEL：052-555-0166\n"
           f"Mail：{ka[1]}\n")
    subj = "一次面接日程変更のお願い（金城オートパーツ）"
    t2 = f"""{OWNER_JA} 様

お世話になっております。金城オートパーツ 人事部の加藤でございます。

{jd(old_s)} {hm(old_s)}より予定しておりました一次面接につきまして、
大変恐縮ながら、面接官の近藤が急遽海外拠点（タイ）へ出張することとなり、
日程を変更させていただきたくご連絡いたしました。
こちらの都合で誠に申し訳ございません。

代わりの候補日時として、以下はいかがでしょうか。

　・{jd(new_s)} {hm(new_s)}〜{hm(new_e)}
　・{jd(alt_s)} {hm(alt_s)}〜{hm(alt_s + timedelta(hours=1))}

ご都合をお聞かせいただけますと幸いです。
確定後、システムより改めて確定のご案内をお送りいたします。

{sig}"""
    m2 = mid_outlook("c09m2")
    h2 = outlook_headers(seed="c09m2", frm=ad(*ka), to=ad(OWNER_JA, OWNER), subject=subj, date=d2, mid=m2)
    b2 = mp("alternative", bnd("c09m2", "outlook"), [tpart(t2, cte="quoted-printable"),
                                                      tpart(html_simple(t2), "html", cte="quoted-printable")])
    r3 = f"""加藤様

お世話になっております。中村です。
ご連絡いただきありがとうございます。承知いたしました。

{jd(new_s)} {hm(new_s)}〜{hm(new_e)}でお願いいたします。

引き続きよろしくお願いいたします。
中村 拓海
"""
    m3 = mid_gmail("c09m3")
    h3 = [("Delivered-To", OWNER), ("From", ad(OWNER_JA, OWNER)), ("To", ad(*ka)), ("Subject", enc("Re: " + subj)),
          ("Date", rfc(d3)), ("Message-ID", m3), ("In-Reply-To", m2), ("References", m2)]
    b3 = gmail_reply(r3, gmail_attr_ja(d2, ka[0], ka[1]), t2, "c09m3")
    t4 = f"""{OWNER_JA} 様

{co} 採用担当です。
一次面接の日程が変更されましたので、お知らせいたします。

■変更前
{jdy(old_s)} {hm(old_s)}〜{hm(old_e)}

■変更後
{jdy(new_s)} {hm(new_s)}〜{hm(new_e)}

■面接形式
Web面接（Microsoft Teams）
{teams_url}

■面接官
設計開発部 係長　近藤

※変更後の日程のカレンダー登録用ファイル（.ics）を添付しております。
　以前の予定はお手数ですが削除をお願いいたします。

{foot}"""
    ics2 = hrmos_ics(uid, 1, d4, new_s, new_e, summary, desc1, "Web面接（Microsoft Teams）", co + " 採用担当")
    h4 = [("Delivered-To", OWNER), ("Return-Path", "<bounce-9a72@mail.hrmos.co>"), ("From", sender),
          ("To", OWNER), ("Subject", enc(f"【{co}】面接日程変更のお知らせ")), ("Date", rfc(d4)),
          ("Message-ID", mid_generic("c09m4", "mail.hrmos.co"))]
    b4 = mp("mixed", bnd("c09m4", "java"), [
        mp("alternative", bnd("c09m4alt", "java"), [tpart(t4), tpart(html_ats(t4, "#00a0e9"), "html")]),
        attachment("text/calendar; charset=UTF-8; method=REQUEST", ics2.encode(), "interview.ics")])
    files = {"01-hrmos-ichiji-kakutei.eml": msg(h1, b1), "02-nittei-henkou-onegai.eml": msg(h2, b2),
             "03-re-12-4-kibou.eml": msg(h3, b3), "04-hrmos-nittei-henkou.eml": msg(h4, b4)}
    lab = label([iv("金城オートパーツ", role, new_s, new_e, "scheduled", [], [ka[1]], "technical")],
                "medium", "positive/reschedule",
                "HRMOS-style confirmation for Tue 1 Dec 15:00 (.ics SEQUENCE 0) is moved by the recruiter to "
                "Fri 4 Dec 11:00-12:00; HRMOS change notice with .ics SEQUENCE 1, same UID. One interview at "
                "the final time. Interviewer has no address -> recruiter who corresponded.")
    case(cid, files, lab)


# ============================================================================================
# 10  NEGATIVE: customer visit (ご面談 / 工場見学 / 製造部長) forwarded from the owner's work account
# ============================================================================================
def case10():
    cid = "b246-10-customer-visit-gomendan"
    ue = ("上田 浩二", "k.ueda@sakai-chemical.example")
    ko = ("小林 翔", "s.kobayashi@naniwa-seiki.example")
    start, end = T(2026, 12, 2, 14, 0), T(2026, 12, 2, 15, 0)
    d0, d1 = T(2026, 11, 24, 17, 48, 0), T(2026, 11, 25, 8, 12, 37)
    subj0 = "【ご面談のお願い】新規充填ラインの設備仕様について"
    orig = f"""浪速精機株式会社
設計部 中村様
（CC：営業部 小林様）

いつも大変お世話になっております。
堺ケミカル工業 生産技術課の上田でございます。

先日ご提案いただきました新規充填ライン（第3工場向け）の件、社内で検討を進めております。
つきましては、仕様の詳細について一度ご面談のお時間を頂戴できればと存じます。

先日ご提示いただいた日程のうち、{jd(start)} {start.hour}時〜{end.hour}時にて、
弊社堺工場までお越しいただけますでしょうか。

当日は弊社製造部長の藤本も同席いたします。
また、現行ラインの工場見学もあわせてご案内させていただきます。
構内は安全靴着用となりますので、ご持参いただけますと幸いです。

主な議題（案）：
・充填ノズル部の洗浄性（CIP対応）について
・ライン速度 120本/分 の実現性
・据付スケジュールと立会い検査の進め方

お手数をおかけしますが、ご確認のほどよろしくお願いいたします。

――――――――――――――――――
堺ケミカル工業株式会社
生産技術課 課長　上田 浩二
〒592-8331 大阪府堺市西区築港新町 4-12
TEL 072-555-0187
{ue[1]}
――――――――――――――――――
"""
    fw = f"""（スマホ確認用に個人アドレスへ転送）

{outlook_hdr_ja(d0, f"{ue[0]} <{ue[1]}>", f"中村 拓海 <{OWNER_WORK}>", subj0, cc=f"小林 翔 <{ko[1]}>")}
{orig}"""
    h1 = outlook_headers(seed="c10m1", frm=ad(OWNER_JA, OWNER_WORK), to=OWNER, subject="FW: " + subj0, date=d1)
    b1 = mp("alternative", bnd("c10m1", "outlook"), [tpart(fw, cte="quoted-printable"),
                                                      tpart(html_simple(fw), "html", cte="quoted-printable")])
    files = {"01-fw-gomendan-no-onegai.eml": msg(h1, b1)}
    case(cid, files, label([], "hard", "negative/customer-visit",
                           "Business meeting at a customer's plant, forwarded from the owner's work address: uses "
                           "'ご面談', '工場見学', a date and time and a 部長 attending, but the owner is the supplier's "
                           "engineer, not a candidate."))


# ============================================================================================
# 11  TWO interviews, German-affiliated Tokyo firm: technical (invite in W. Europe Standard Time,
#     after EU DST end) and final with the representative director (Tokyo Standard Time)
# ============================================================================================
def case11():
    cid = "b246-11-two-interviews-german-parent"
    role = "Senior Design Engineer – Hydraulic Components"
    fu = ("藤井 真理", "mari.fujii@brennhalt.example")
    jw = ("Jonas Weber", "jonas.weber@brennhalt.example")
    ta = ("高田 浩之", "hiroyuki.takada@brennhalt.example")
    t_s, t_e = T(2026, 11, 25, 10, 0, tz=BER), T(2026, 11, 25, 11, 0, tz=BER)
    assert t_s.utcoffset() == timedelta(hours=1) and t_s.astimezone(JST).hour == 18   # CET, not CEST
    f_s, f_e = T(2026, 12, 10, 10, 30), T(2026, 12, 10, 11, 30)
    d1 = T(2026, 11, 17, 15, 30, 11)
    d2 = T(2026, 11, 17, 8, 2, 40, tz=BER)
    assert d2 > d1
    d3, d4 = T(2026, 11, 27, 14, 10, 55), T(2026, 11, 27, 14, 16, 2)
    tj_s, tj_e = t_s.astimezone(JST), t_e.astimezone(JST)
    sig = ("――――――――――――――――――\nBrennhalt Japan 株式会社（ブレンハルト・ジャパン）\n人事部　藤井 真理\n"
           "〒108-0023 東京都港区芝浦 3-4-1 グランパークタワー 18F\nTEL 03-5555-0107\n"
           f"{fu[1]}\n――――――――――――――――――\n")
    t1 = f"""中村 拓海 様

お世話になっております。Brennhalt Japan 人事部の藤井です。
書類選考の結果、ぜひ次の選考にお進みいただきたく、ご連絡いたしました。

次のステップとして、ドイツ本社（シュトゥットガルト）の油圧コンポーネント設計責任者
Jonas Weber との技術面接をお願いしたく存じます。

　日時：{jd(tj_s)} {hm(tj_s)}〜{hm(tj_e)}（日本時間）
　　　　※ドイツ時間では同日 {hm(t_s)}〜{hm(t_e)} です。
　形式：Microsoft Teams（英語、約60分）
　内容：油圧バルブ・シリンダの設計経験、強度計算・公差設計についてのディスカッション

Teams の招待は Weber から直接お送りいたします。
なお、技術面接を通過された場合は、東京オフィスにて代表取締役との最終面接を予定しております。

{sig}"""
    m1 = mid_outlook("c11m1")
    h1 = outlook_headers(seed="c11m1", frm=ad(*fu), to=ad(OWNER_JA, OWNER), subject="技術面接のご案内（Brennhalt Japan）",
                         date=d1, mid=m1)
    b1 = mp("alternative", bnd("c11m1", "outlook"), [tpart(t1, cte="quoted-printable"),
                                                      tpart(html_simple(t1), "html", cte="quoted-printable")])
    teams, turl = teams_block("c11teams1", "en")
    when = (f"When: {WD_EN[t_s.weekday()]}, {MON_EN[t_s.month - 1]} {t_s.day}, {t_s.year} {en_ampm(t_s)}-"
            f"{en_ampm(t_e)} (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.")
    plain2 = f"""{when}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Takumi,

Mari from our Tokyo HR team has already given you the background. I'm looking forward to our
technical conversation – we'll talk through one or two hydraulic designs you've worked on
(valve blocks, cylinders, anything you can share), and I'll tell you about the Stuttgart–Tokyo
engineering set-up. No preparation of slides needed.

Best regards,
Jonas Weber
Head of Engineering, Hydraulic Components
Brennhalt Hydraulik GmbH, Stuttgart

{teams}
"""
    uid1 = ms_uid("c11uid1")
    ics1 = ms_event(method="REQUEST", uid=uid1, seq=0, dtstamp=d2, start=t_s, end=t_e,
                    tzid="W. Europe Standard Time", vtz=VTZ_MS_WEUROPE, organizer=jw,
                    attendees=[(OWNER_EN, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                               ("Mari Fujii", fu[1], "OPT-PARTICIPANT", "NEEDS-ACTION")],
                    summary="Technical interview – Senior Design Engineer (Hydraulic Components) – Takumi Nakamura",
                    location="Microsoft Teams Meeting", description=plain2, lang="en-US", teams_url=turl)
    h2 = outlook_headers(seed="c11m2", frm=ad(*jw), to=ad(OWNER_EN, OWNER), cc=ad("Mari Fujii", fu[1]),
                         subject="Technical interview – Senior Design Engineer (Hydraulic Components) – Takumi Nakamura",
                         date=d2, calendar=True, lang="en-US", region="eu")
    b2 = mp("alternative", bnd("c11m2", "outlook"), [tpart(plain2, cte="quoted-printable"),
                                                      tpart(html_simple(plain2, "Aptos, Calibri, sans-serif", "11pt"), "html", cte="quoted-printable"),
                                                      calpart(ics1, "REQUEST")])
    t3 = f"""中村 拓海 様

お世話になっております。Brennhalt Japan 人事部の藤井です。
先日はドイツ本社 Weber との技術面接にご参加いただき、ありがとうございました。
Weber からは大変前向きなフィードバックが届いております。

つきましては、最終面接として代表取締役の高田 浩之との面接をお願いしたく存じます。

　日時：{jd(f_s)} {hm(f_s)}〜{hm(f_e)}
　場所：東京オフィス（東京都港区芝浦 3-4-1 グランパークタワー 18F）
　　　　18階受付にて人事部 藤井をお呼び出しください。
　形式：対面（日本語）
　交通費：新幹線往復の実費を精算いたします（領収書をお持ちください）

追って Outlook の会議招待をお送りいたします。
ご都合が悪い場合は、お手数ですが私までご連絡ください。

{sig}"""
    m3 = mid_outlook("c11m3")
    h3 = outlook_headers(seed="c11m3", frm=ad(*fu), to=ad(OWNER_JA, OWNER), subject="最終面接のご案内（Brennhalt Japan）",
                         date=d3, mid=m3)
    b3 = mp("alternative", bnd("c11m3", "outlook"), [tpart(t3, cte="quoted-printable"),
                                                      tpart(html_simple(t3), "html", cte="quoted-printable")])
    plain4 = f"""日時: {f_s.year}年{f_s.month}月{f_s.day}日{WD_JA[f_s.weekday()]}曜日 {hm(f_s)}-{hm(f_e)} (UTC+09:00) 大阪、札幌、東京
場所: Brennhalt Japan 東京オフィス 18F 会議室「Neckar」

*~*~*~*~*~*~*~*~*~*

中村様

最終面接（代表取締役 高田）のご案内です。
当日は18階受付にて人事部 藤井をお呼び出しください。

藤井
"""
    ics2 = ms_event(method="REQUEST", uid=ms_uid("c11uid2"), seq=0, dtstamp=d4, start=f_s, end=f_e,
                    tzid="Tokyo Standard Time", vtz=vtz_ms_fixed("Tokyo Standard Time", "+0900"), organizer=fu,
                    attendees=[(OWNER_JA, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                               (ta[0], ta[1], "REQ-PARTICIPANT", "ACCEPTED")],
                    summary="【最終面接】中村 拓海 様 / 代表取締役 高田",
                    location="Brennhalt Japan 東京オフィス 18F 会議室「Neckar」", description=plain4)
    h4 = outlook_headers(seed="c11m4", frm=ad(*fu), to=f"{ad(OWNER_JA, OWNER)}, {ad(*ta)}",
                         subject="【最終面接】中村 拓海 様 / 代表取締役 高田", date=d4, calendar=True)
    b4 = mp("alternative", bnd("c11m4", "outlook"), [tpart(plain4, cte="quoted-printable"),
                                                      tpart(html_simple(plain4), "html", cte="quoted-printable"),
                                                      calpart(ics2, "REQUEST")])
    files = {"01-gijutsu-mensetsu-goannai.eml": msg(h1, b1), "02-teams-invite-stuttgart.eml": msg(h2, b2),
             "03-saishu-mensetsu-goannai.eml": msg(h3, b3), "04-outlook-invite-saishu.eml": msg(h4, b4)}
    lab = label([iv("Brennhalt Japan", role, tj_s, tj_e, "scheduled", [jw[1]], [jw[1]], "technical"),
                 iv("Brennhalt Japan", role, f_s, f_e, "scheduled", [ta[1]], [ta[1]], "hiring_manager")],
                "hard", "positive/two-interviews-eu-dst",
                "Two interviews. Technical: HR mail gives 18:00-19:00 JST, the Stuttgart engineer's Exchange "
                "invite says 10:00 'W. Europe Standard Time' on 25 Nov (CET, UTC+1, EU DST ended 25 Oct) -> same "
                "instant, one interview. Final: Tokyo office with the representative director, Outlook invite in "
                "'Tokyo Standard Time'. HR coordinator is not an interviewer.")
    case(cid, files, lab)


# ============================================================================================
# 12  NEGATIVE: the owner is the interviewer (new-graduate recruiting at his current employer)
# ============================================================================================
def case12():
    cid = "b246-12-owner-interviews-new-graduate"
    ya = ("山下 恵", "m.yamashita@naniwa-seiki.example")
    it = ("伊藤 大輔", "d.ito@naniwa-seiki.example")
    start, end = T(2026, 12, 1, 13, 0), T(2026, 12, 1, 14, 0)
    d0, d1 = T(2026, 11, 24, 10, 12, 0), T(2026, 11, 24, 12, 40, 19)
    teams, turl = teams_block("c12teams", "ja")
    subj = f"【面接官ご依頼】2027年度新卒採用 一次面接（機械系）{start.month}/{start.day} {hm(start)}"
    inv = f"""日時: {start.year}年{start.month}月{start.day}日{WD_JA[start.weekday()]}曜日 {hm(start)}-{hm(end)} (UTC+09:00) 大阪、札幌、東京
場所: Microsoft Teams 会議

*~*~*~*~*~*~*~*~*~*

設計部 伊藤課長、中村さん

お疲れさまです。人事部 採用担当の山下です。
先日は面接官のご協力をご快諾いただき、ありがとうございました。

2027年度新卒採用（機械系）の一次面接につき、下記の通り面接官をお願いいたします。

　応募者：田中 翔太 さん（関西工業大学大学院 工学研究科 機械工学専攻 修士1年）
　形式：オンライン（Teams）、40分程度＋評価記入
　役割：伊藤課長＝メイン面接官、中村さん＝技術質問（研究内容・CAD経験）

応募者の履歴書・ES、評価シートは共有フォルダ「採用/2027新卒/一次面接」に格納しています。
評価シートは面接当日中にご記入をお願いします。

よろしくお願いいたします。
山下

{teams}
"""
    ics = ms_event(method="REQUEST", uid=ms_uid("c12uid"), seq=0, dtstamp=d0, start=start, end=end,
                   tzid="Tokyo Standard Time", vtz=vtz_ms_fixed("Tokyo Standard Time", "+0900"), organizer=ya,
                   attendees=[(it[0], it[1], "REQ-PARTICIPANT", "ACCEPTED"),
                              (OWNER_JA, OWNER_WORK, "REQ-PARTICIPANT", "ACCEPTED")],
                   summary=subj, location="Microsoft Teams 会議", description=inv, teams_url=turl)
    fwtext = f"""（予定を個人アドレスへ転送）

{outlook_hdr_ja(d0, f"{ya[0]} <{ya[1]}>", f"{it[0]} <{it[1]}>; {OWNER_JA} <{OWNER_WORK}>", subj)}
{inv}"""
    h1 = outlook_headers(seed="c12m1", frm=ad(OWNER_JA, OWNER_WORK), to=OWNER, subject="FW: " + subj, date=d1,
                         calendar=True)
    b1 = mp("alternative", bnd("c12m1", "outlook"), [tpart(fwtext, cte="quoted-printable"),
                                                      tpart(html_simple(fwtext), "html", cte="quoted-printable"),
                                                      calpart(ics, "REQUEST")])
    files = {"01-fw-mensetsukan-irai-shinsotsu.eml": msg(h1, b1)}
    case(cid, files, label([], "hard", "negative/user-is-interviewer",
                           "Owner forwards his employer's meeting request asking him to act as 面接官 for a new-"
                           "graduate candidate (Teams, text/calendar REQUEST). The owner interviews someone else."))


# ============================================================================================
# 13  Google Calendar API event only (+ thread): US hiring manager, Pacific time after US DST end,
#     crossing the date line (Wed 17:00 PST = Thu 10:00 JST)
# ============================================================================================
def case13():
    cid = "b246-13-gcal-json-pacific-dst-crossing"
    role = "Senior Mechanical Design Engineer, Catheter Systems (Japan R&D)"
    dw = ("Dana Whitfield", "dana.whitfield@arcturus-med.example")
    start, end = T(2026, 11, 4, 17, 0, tz=LAX), T(2026, 11, 4, 17, 45, tz=LAX)
    assert start.utcoffset() == timedelta(hours=-8)            # PST: US DST ended 1 Nov 2026
    sj = start.astimezone(JST)
    assert (sj.day, sj.hour) == (5, 10)
    wd(start, "Wed")
    wd(sj, "Thu")
    d1 = T(2026, 10, 28, 16, 20, 14, tz=LAX)
    assert d1.utcoffset() == timedelta(hours=-7)               # mail itself is sent during PDT
    d2 = T(2026, 10, 29, 8, 5, 42)
    subj = "Arcturus – next step for the Japan R&D mechanical role"
    t1 = f"""Hi Takumi,

Thanks for the great conversation with Akiko Mori from our Tokyo office last week – she passed
on very positive notes.

I'm the hiring manager for the role and would like to do the next interview myself. Would
Wednesday, November 4 at 5:00 PM Pacific work? If I've done the math right (our clocks go back
this weekend), that's Thursday, November 5 at 10:00 AM for you in Osaka.

We'll plan on 45 minutes over Google Meet. I'd like to hear about a design you took from concept
to production, and I'll share what the Japan R&D team will own.

Best,
Dana

Dana Whitfield
Director, Mechanical Engineering | Arcturus Medical Devices
Irvine, CA
"""
    m1 = mid_gmail("c13m1")
    h1 = [("Delivered-To", OWNER), ("From", ad(*dw)), ("To", ad(OWNER_EN, OWNER)), ("Subject", enc(subj)),
          ("Date", rfc(d1)), ("Message-ID", m1)]
    b1 = mp("alternative", bnd("c13m1"), [tpart(t1, cte="quoted-printable"),
                                          tpart(html_gmail(t1), "html", cte="quoted-printable")])
    r2 = f"""Hi Dana,

Thank you for the invitation. Thursday, November 5 at 10:00 AM Japan time (Wednesday 5:00 PM
Pacific) works well for me. I look forward to speaking with you.

Best regards,
Takumi Nakamura
"""
    m2 = mid_gmail("c13m2")
    h2 = [("Delivered-To", OWNER), ("From", ad(OWNER_EN, OWNER)), ("To", ad(*dw)), ("Subject", enc("Re: " + subj)),
          ("Date", rfc(d2)), ("Message-ID", m2), ("In-Reply-To", m1), ("References", m1)]
    b2 = gmail_reply(r2, gmail_attr_en(d1, dw[0], dw[1]), t1, "c13m2")
    eid = "6v3kqe0s9lp2j8r1t4bn7dch5a"
    ev = {
        "kind": "calendar#event",
        "etag": "\"3526417296120000\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-29T01:12:03.000Z",
        "updated": "2026-10-29T01:14:48.060Z",
        "summary": "Takumi Nakamura <> Dana Whitfield (Hiring Manager Interview)",
        "description": "Hiring manager interview – Senior Mechanical Design Engineer, Catheter Systems (Japan R&D).\n"
                       "Takumi: 10:00 AM Thu in Osaka.",
        "creator": {"email": dw[1], "displayName": dw[0]},
        "organizer": {"email": dw[1], "displayName": dw[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Los_Angeles"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": dw[1], "displayName": dw[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_EN, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/hsw-qpzr-ydk",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/hsw-qpzr-ydk",
                 "label": "meet.google.com/hsw-qpzr-ydk"},
                {"entryPointType": "phone", "uri": "tel:+1-949-555-0132", "label": "+1 949-555-0132",
                 "pin": "402817553", "regionCode": "US"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "hsw-qpzr-ydk"},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = {"01-next-step-hiring-manager.eml": msg(h1, b1), "02-re-thursday-10am-jst.eml": msg(h2, b2),
             "03-hiring-manager-interview.gcal.json": json.dumps(ev, ensure_ascii=False, indent=2) + "\n"}
    lab = label([iv("Arcturus Medical Devices", role, sj, end.astimezone(JST), "scheduled", [dw[1]], [dw[1]],
                    "hiring_manager")],
                "hard", "positive/gcal-json-us-dst",
                "US hiring manager writes on 28 Oct (Date -0700, PDT) proposing Wed 4 Nov 5:00 PM Pacific, which "
                "is PST (-08:00) after the 1 Nov DST end = Thu 5 Nov 10:00 JST. Calendar API event in "
                "America/Los_Angeles. Mail + event are one interview.")
    case(cid, files, lab)


# ============================================================================================
# 14  NEGATIVE: SPI aptitude test only (request + test-centre booking .ics); interview not yet set
# ============================================================================================
def case14():
    cid = "b246-14-spi-testcenter-only"
    co = "西陣テクノ株式会社"
    yk = ("吉川 健太", "k.yoshikawa@nishijin-techno.example")
    due = T(2026, 11, 30, 23, 59)
    ts, te = T(2026, 11, 28, 13, 0), T(2026, 11, 28, 14, 5)
    wd(ts, "土")
    d1, d2 = T(2026, 11, 20, 10, 30, 2), T(2026, 11, 21, 22, 14, 0)
    t1 = f"""{OWNER_JA} 様

お世話になっております。
西陣テクノ株式会社 人事課の吉川でございます。

このたびは弊社「機械設計（検査装置）」ポジションにご応募いただき、誠にありがとうございます。
書類選考の結果、次の選考ステップにお進みいただくこととなりましたので、ご連絡いたします。

次のステップとして、適性検査（SPI3・テストセンター方式）をご受検いただきます。

　受検期限：{jd(due)} 23:59 まで
　受検方法：下記URLより、ご都合のよい会場・日時をご予約のうえご受検ください。
　　　　　　https://tc-yoyaku.example/entry?company=NJT2611&id=58812
　所要時間：能力検査 約35分（性格検査は事前にWebで受検）

適性検査の結果を踏まえ、一次面接のご案内をさせていただきます。
面接の日程につきましては、その際に改めてご相談させてください。

ご不明な点がございましたら、お気軽にお問い合わせください。

――――――――――――――――
西陣テクノ株式会社
人事課　吉川 健太
〒602-8216 京都市上京区堀川通今出川下る 2-410
TEL 075-555-0139
{yk[1]}
――――――――――――――――
"""
    h1 = outlook_headers(seed="c14m1", frm=ad(*yk), to=ad(OWNER_JA + " 様", OWNER),
                         subject="適性検査（SPI3）受検のお願い／西陣テクノ株式会社", date=d1)
    b1 = mp("alternative", bnd("c14m1", "outlook"), [tpart(t1, cte="quoted-printable"),
                                                      tpart(html_simple(t1), "html", cte="quoted-printable")])
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//TC Yoyaku//Reservation//JA", "METHOD:PUBLISH"]
               + VTZ_IANA_TOKYO + [
        "BEGIN:VEVENT", f"UID:tc-2611-58812-{hx('c14uid', 8)}@tc-yoyaku.example", f"DTSTAMP:{dutc(d2)}",
        f"DTSTART;TZID=Asia/Tokyo:{dloc(ts)}", f"DTEND;TZID=Asia/Tokyo:{dloc(te)}",
        f"SUMMARY:{esc('SPI3 テストセンター受検（西陣テクノ株式会社）')}",
        f"LOCATION:{esc('京都・四条烏丸会場（京都市下京区四条通烏丸東入 長刀鉾町 20 7F）')}",
        "DESCRIPTION:" + esc("受検票番号：TC-2611-58812\n受付開始 12:45。写真付き本人確認書類と受検票をお持ちください。"),
        "ORGANIZER;CN=テストセンター予約受付:mailto:no-reply@tc-yoyaku.example",
        f"ATTENDEE;CN={OWNER_JA};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    files = {"01-tekisei-kensa-onegai.eml": msg(h1, b1), "02-spi3-testcenter.ics": ics}
    case(cid, files, label([], "medium", "negative/aptitude-test",
                           "SPI3 aptitude test request plus a booked test-centre slot (.ics with the owner as "
                           "ATTENDEE). The interview is only promised for later, with no date."))


# ============================================================================================
# 15  Second interview booked by Outlook invite, then cancelled (position closed): e-mail + METHOD:CANCEL
# ============================================================================================
def case15():
    cid = "b246-15-second-interview-cancelled"
    co, role = "嵯峨野工機株式会社", "設計開発エンジニア（食品包装機械）"
    og = ("小川 智子", "t.ogawa@saganokoki.example")
    ok = ("岡田 修", "o.okada@saganokoki.example")
    start, end = T(2026, 12, 8, 13, 30), T(2026, 12, 8, 14, 30)
    d1, d2, d3 = T(2026, 11, 30, 10, 22, 41), T(2026, 12, 3, 18, 40, 6), T(2026, 12, 3, 18, 42, 30)
    uid = ms_uid("c15uid")
    subj = "二次面接のご案内（嵯峨野工機）"
    inv = f"""日時: {start.year}年{start.month}月{start.day}日{WD_JA[start.weekday()]}曜日 {hm(start)}-{hm(end)} (UTC+09:00) 大阪、札幌、東京
場所: 嵯峨野工機 本社 2階 第1会議室（京都市右京区西京極大門町 26）

*~*~*~*~*~*~*~*~*~*

中村 拓海 様

お世話になっております。嵯峨野工機 人事部の小川です。
先日は一次面接にお越しいただき、ありがとうございました。

二次面接を下記の通りお願いしたく、ご案内いたします。
　日時：{jd(start)} {hm(start)}〜{hm(end)}
　場所：本社 2階 第1会議室（阪急 西京極駅より徒歩6分）
　面接官：技術部 部長　岡田
　内容：これまでのご経験についての質疑、設計課題（簡単な機構スケッチ）

ご都合が悪い場合はお知らせください。

小川 智子
人事部　TEL 075-555-0150
"""
    ics1 = ms_event(method="REQUEST", uid=uid, seq=0, dtstamp=d1, start=start, end=end, tzid="Tokyo Standard Time",
                    vtz=vtz_ms_fixed("Tokyo Standard Time", "+0900"), organizer=og,
                    attendees=[(OWNER_JA, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                               (ok[0], ok[1], "REQ-PARTICIPANT", "ACCEPTED")],
                    summary=subj, location="嵯峨野工機 本社 2階 第1会議室", description=inv)
    m1 = mid_outlook("c15m1")
    h1 = outlook_headers(seed="c15m1", frm=ad(*og), to=f"{ad(OWNER_JA, OWNER)}, {ad(*ok)}", subject=subj, date=d1,
                         calendar=True, mid=m1)
    b1 = mp("alternative", bnd("c15m1", "outlook"), [tpart(inv, cte="quoted-printable"),
                                                      tpart(html_simple(inv), "html", cte="quoted-printable"),
                                                      calpart(ics1, "REQUEST")])
    t2 = f"""中村 拓海 様

お世話になっております。嵯峨野工機 人事部の小川です。

誠に申し訳ございません。
社内の事業計画の見直しに伴い、今回募集しておりました「{role}」の
ポジションにつきまして、募集を停止することとなりました。

つきましては、{jd(start)} {hm(start)}より予定しておりました二次面接を
中止させていただきたく、ご連絡いたしました。
ご予定を空けていただいていたにもかかわらず、このようなご連絡となり、心よりお詫び申し上げます。

会議の予定につきましても、追って取り消しのご連絡をお送りいたします。
今後、同職種の募集を再開する際には、改めてご連絡させていただくことがあるかもしれません。
その際はご検討いただけますと幸いです。

小川 智子
嵯峨野工機株式会社 人事部
TEL 075-555-0150 / {og[1]}
"""
    h2 = outlook_headers(seed="c15m2", frm=ad(*og), to=ad(OWNER_JA, OWNER), subject="【お詫び】二次面接中止のご連絡（嵯峨野工機）",
                         date=d2, in_reply_to=m1, references=m1)
    b2 = mp("alternative", bnd("c15m2", "outlook"), [tpart(t2, cte="quoted-printable"),
                                                      tpart(html_simple(t2), "html", cte="quoted-printable")])
    cplain = f"""日時: {start.year}年{start.month}月{start.day}日{WD_JA[start.weekday()]}曜日 {hm(start)}-{hm(end)} (UTC+09:00) 大阪、札幌、東京
場所: 嵯峨野工機 本社 2階 第1会議室

*~*~*~*~*~*~*~*~*~*

募集停止に伴い、二次面接を中止いたします。大変申し訳ございません。
"""
    ics2 = ms_event(method="CANCEL", uid=uid, seq=1, dtstamp=d3, start=start, end=end, tzid="Tokyo Standard Time",
                    vtz=vtz_ms_fixed("Tokyo Standard Time", "+0900"), organizer=og,
                    attendees=[(OWNER_JA, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                               (ok[0], ok[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                    summary="キャンセル済み: " + subj, location="嵯峨野工機 本社 2階 第1会議室",
                    description=cplain, status="CANCELLED")
    h3 = outlook_headers(seed="c15m3", frm=ad(*og), to=f"{ad(OWNER_JA, OWNER)}, {ad(*ok)}",
                         subject="キャンセル済み: " + subj, date=d3, calendar=True)
    b3 = mp("alternative", bnd("c15m3", "outlook"), [tpart(cplain, cte="quoted-printable"),
                                                      tpart(html_simple(cplain), "html", cte="quoted-printable"),
                                                      calpart(ics2, "CANCEL")])
    files = {"01-outlook-invite-nijimensetsu.eml": msg(h1, b1), "02-owabi-nijimensetsu-chushi.eml": msg(h2, b2),
             "03-outlook-cancel-nijimensetsu.eml": msg(h3, b3)}
    lab = label([iv("嵯峨野工機", role, start, end, "cancelled", [ok[1]], [ok[1]], "hiring_manager")],
                "medium", "positive/cancellation",
                "Outlook REQUEST for the second interview (Tue 8 Dec 13:30-14:30, interviewer the 技術部長 as "
                "ATTENDEE), then an apology mail (募集停止) and METHOD:CANCEL / STATUS:CANCELLED, SEQUENCE 1. Kept "
                "with status cancelled at its last time.")
    case(cid, files, lab)


# ============================================================================================
# 16  NEGATIVE: HERP scheduling request with a self-booking link, nothing booked yet
# ============================================================================================
def case16():
    cid = "b246-16-herp-scheduling-link-unbooked"
    co = "中京メカトロ株式会社"
    it = ("伊藤 沙織", "s.ito@chukyo-mechatro.example")
    p0, p1 = T(2026, 12, 9), T(2026, 12, 16)
    due = T(2026, 12, 4)
    d1 = T(2026, 12, 1, 11, 8, 33)
    t1 = f"""{OWNER_JA} 様

このたびは{co}の求人「メカ設計エンジニア（FA・搬送装置）」にご応募いただき、
誠にありがとうございます。人事部の伊藤でございます。

書類選考の結果、一次面接にお進みいただきたく、日程調整のご連絡をいたしました。
お手数ですが、下記URLよりご都合のよい日時を3つ以上ご選択ください。

▼面接日程のご登録はこちら
https://herp.cloud/schedule/chukyo-mechatro/c-6f1e2a7b

■候補期間　：{jd(p0)}〜{jd(p1)}の平日 10:00〜17:00（各60分）
■面接形式　：オンライン（Google Meet）
■面接官　　：設計部 課長ほか1名
■回答期限　：{jd(due)}

ご登録いただいた候補の中から日時を確定し、改めてご案内いたします。
ご不明点は、本メールへの返信にてお問い合わせください。

――――――――――――――――――――
{co}　人事部　伊藤 沙織
〒460-0008 名古屋市中区栄 4-15-2
※本メールは採用管理システム（HERP Hire）より送信しています。
――――――――――――――――――――
"""
    h1 = [("Delivered-To", OWNER), ("Return-Path", "<bounces+7730@mail.herp.cloud>"),
          ("From", ad(f"{co} 採用担当", "noreply@herp.cloud")), ("Reply-To", ad(*it)), ("To", ad(OWNER_JA, OWNER)),
          ("Subject", enc(f"【{co}】一次面接日程調整のお願い")), ("Date", rfc(d1)),
          ("Message-ID", mid_generic("c16m1", "herp.cloud")), ("X-Mailer", "HERP Hire")]
    b1 = mp("alternative", bnd("c16m1", "java"), [tpart(t1), tpart(html_ats(t1), "html")])
    files = {"01-herp-nittei-chousei.eml": msg(h1, b1)}
    case(cid, files, label([], "medium", "negative/availability-request",
                           "Availability request: a scheduling link and a candidate window (9-16 Dec, weekdays "
                           "10-17) with a reply deadline; nothing is booked in the case."))


# ============================================================================================
# 17  Foreign-affiliated Tokyo firm: technical interview, Zoom invitation text + Zoom .ics (UTC times)
# ============================================================================================
def case17():
    cid = "b246-17-zoom-technical-foreign-tokyo"
    role = "Mechanical Engineer – End Effectors & Tooling"
    so = ("Sophie Lang", "sophie.lang@veltrane.example")
    ka = ("Kenji Arai", "kenji.arai@veltrane.example")
    start, end = T(2026, 12, 2, 9, 30), T(2026, 12, 2, 10, 30)
    d1 = T(2026, 11, 25, 17, 5, 12)
    zid = "842 7713 0596"
    zurl = "https://veltrane.zoom.us/j/84277130596?pwd=VmVsdHJhbmVUZWNoSW50ZXJ2aWV3MjAy.1"
    zoom = f"""Sophie Lang is inviting you to a scheduled Zoom meeting.

Topic: Veltrane | Technical Interview | Takumi Nakamura
Time: {MON_EN[start.month - 1][:3]} {start.day}, {start.year} {start.hour % 12 or 12:02d}:{start.minute:02d} {'AM' if start.hour < 12 else 'PM'} Osaka, Sapporo, Tokyo

Join Zoom Meeting
{zurl}

Meeting ID: {zid}
Passcode: 402761

---

One tap mobile
+81363628317,,84277130596#,,,,*402761# Japan
+81524773217,,84277130596#,,,,*402761# Japan

---

Join instructions
https://veltrane.zoom.us/meetings/84277130596/invitations?signature=tq3Hn0yWc7x
"""
    assert "Dec 2, 2026 09:30 AM" in zoom
    t1 = f"""Hi Takumi,

Great news – the team would like to move you forward to the technical interview for the
{role} role.

You'll meet Kenji Arai ({ka[1]}), Staff Mechanical Engineer on our gripper and tooling team.
It's a 60-minute design discussion over Zoom: please pick one project you can walk through
(constraints, trade-offs, how you validated it). Kenji may also ask you to sketch a simple
compliant mechanism on screen, so have a pen and paper or a tablet handy.

The invitation is below and I've attached a calendar file. If anything comes up, reply to me
and I'll sort it out.

Cheers,
Sophie

Sophie Lang | Talent Partner, Japan
Veltrane Robotics Japan K.K. | Toyosu Bayside Cross Tower 9F, Koto-ku, Tokyo
{so[1]}

----------

{zoom}"""
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "CLASS:PUBLIC", "BEGIN:VEVENT",
                f"DTSTAMP:{dutc(d1)}", f"DTSTART:{dutc(start)}", f"DTEND:{dutc(end)}",
                "SUMMARY:Veltrane | Technical Interview | Takumi Nakamura",
                "UID:20261125T080512Z-84277130596@fe80:0:0:0:d4:7aff:fe11:1a2bens5",
                "TZID:Asia/Tokyo", f"DESCRIPTION:{esc(zoom)}", f"LOCATION:{zurl}",
                "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
                "END:VEVENT", "END:VCALENDAR"])
    h1 = [("Delivered-To", OWNER), ("From", ad(*so)), ("To", ad(OWNER_EN, OWNER)), ("Cc", ad(*ka)),
          ("Subject", enc("Technical interview – Veltrane Robotics (Wed 2 Dec, 09:30 JST)")),
          ("Date", rfc(d1)), ("Message-ID", mid_gmail("c17m1"))]
    wd(start, "Wed")
    b1 = mp("mixed", bnd("c17m1"), [
        mp("alternative", bnd("c17m1alt"), [tpart(t1, cte="quoted-printable"),
                                            tpart(html_gmail(t1), "html", cte="quoted-printable")]),
        attachment("text/calendar; charset=\"utf-8\"", ics.encode(), "zoom_0.ics")])
    files = {"01-technical-interview-zoom.eml": msg(h1, b1)}
    lab = label([iv("Veltrane Robotics", role, start, end, "scheduled", [ka[1]], [ka[1]], "technical")],
                "easy", "positive/zoom-invite-utc-ics",
                "Recruiter pastes the Zoom invitation ('Dec 2, 2026 09:30 AM Osaka, Sapporo, Tokyo') and "
                "attaches Zoom's .ics with UTC times (00:30Z-01:30Z). Interviewer's address is in the text and Cc.")
    case(cid, files, lab)


# ============================================================================================
# 18  NEGATIVE: rejection after the first interview (mentions the interview date and time)
# ============================================================================================
def case18():
    cid = "b246-18-rejection-after-first-interview"
    co = "堺ダイカスト工業株式会社"
    past = T(2026, 11, 16, 14, 0)
    d1 = T(2026, 11, 20, 18, 30, 4)
    t1 = f"""{OWNER_JA} 様

{co} 採用担当です。
先日は、{jd(past)} {hm(past)}からの一次面接にお時間をいただき、誠にありがとうございました。

社内で慎重に検討を重ねました結果、誠に残念ではございますが、
今回はご期待に沿えない結果となりました。
ご希望に沿えず大変恐縮ではございますが、何卒ご了承くださいますようお願い申し上げます。

なお、選考の詳細な理由につきましてはお答えいたしかねますので、あらかじめご了承ください。

面接では、金型設計から量産立ち上げまでのご経験を丁寧にお話しいただき、ありがとうございました。
末筆ながら、{OWNER_JA}様の今後一層のご活躍を心よりお祈り申し上げます。

――――――――――――――――――――
{co} 人事部 採用担当
※本メールは採用管理システム（HERP Hire）より送信しています。
――――――――――――――――――――
"""
    h1 = [("Delivered-To", OWNER), ("Return-Path", "<bounces+5120@mail.herp.cloud>"),
          ("From", ad(f"{co} 採用担当", "noreply@herp.cloud")), ("To", ad(OWNER_JA, OWNER)),
          ("Subject", enc(f"【{co}】選考結果のご連絡")), ("Date", rfc(d1)),
          ("Message-ID", mid_generic("c18m1", "herp.cloud")), ("X-Mailer", "HERP Hire")]
    b1 = mp("alternative", bnd("c18m1", "java"), [tpart(t1), tpart(html_ats(t1), "html")])
    files = {"01-herp-senkou-kekka.eml": msg(h1, b1)}
    case(cid, files, label([], "easy", "negative/rejection",
                           "Rejection after a past first interview; quotes the past interview's date and time."))


# ============================================================================================
# 19  Day-before reminder: '明日 午後2時〜3時', Date header in +0000 (still the same JST day), HTML only
# ============================================================================================
def case19():
    cid = "b246-19-tomorrow-final-interview-utc-date"
    co, role = "淀川建機株式会社", "設計開発エンジニア（油圧ショベル）"
    ok = ("岡本 奈々", "n.okamoto@yodogawa-kenki.example")
    d1 = T(2026, 12, 8, 6, 12, 33, tz=UTC)
    local = d1.astimezone(JST)
    assert local.date() == T(2026, 12, 8).date() and local.hour == 15
    start = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), JST).replace(hour=14)
    end = start + timedelta(hours=1)
    wd(start, "水")
    text = f"""<p>{OWNER_JA} 様</p>
<p>お世話になっております。<br>淀川建機株式会社 人事部の岡本でございます。</p>
<p>明日の最終面接につきまして、改めてご案内いたします。</p>
<table style="border-collapse:collapse;font-size:14px">
<tr><td style="padding:4px 12px;background:#eef3f8">日時</td><td style="padding:4px 12px">明日 午後2時〜3時（受付は午後1時50分までにお願いいたします）</td></tr>
<tr><td style="padding:4px 12px;background:#eef3f8">場所</td><td style="padding:4px 12px">本社 4階 役員会議室（大阪市西淀川区御幣島 6-2-11）</td></tr>
<tr><td style="padding:4px 12px;background:#eef3f8">面接官</td><td style="padding:4px 12px">代表取締役社長 森本、取締役 技術本部長 久保</td></tr>
<tr><td style="padding:4px 12px;background:#eef3f8">持ち物</td><td style="padding:4px 12px">筆記用具（面接後に簡単なアンケートがございます）</td></tr>
</table>
<p>JR東西線 御幣島駅 8番出口より徒歩3分です。お車でのご来社はご遠慮ください。<br>
当日、万一遅れそうな場合は、人事部直通 06-6555-0135 までご連絡ください。</p>
<p>中村様にお会いできることを、役員一同楽しみにしております。<br>
どうぞよろしくお願いいたします。</p>
<p>――――――――――――――――――<br>
淀川建機株式会社<br>人事部 人事グループ　岡本 奈々<br>{ok[1]}<br>
――――――――――――――――――</p>
"""
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:\'Yu Gothic\',Meiryo,sans-serif;'
            f'font-size:14px">\n{text}</body></html>\n')
    h1 = [("Delivered-To", OWNER),
          ("Received", received("mx.example.com", "mail-relay.yodogawa-kenki.example", "203.0.113.58",
                                d1 + timedelta(seconds=4), "x8QpP3sT0221")),
          ("Return-Path", f"<{ok[1]}>"),
          ("From", ad(*ok)), ("To", ad(OWNER_JA + " 様", OWNER)),
          ("Subject", enc("明日の最終面接について（淀川建機株式会社）")), ("Date", rfc(d1)),
          ("Message-ID", mid_generic("c19m1", "yodogawa-kenki.example")),
          ("X-Mailer", "Active! mail 6")]
    b1 = tpart(html, "html", cte="quoted-printable")
    files = {"01-ashita-no-saishu-mensetsu.eml": msg(h1, b1)}
    lab = label([iv("淀川建機", role, start, end, "scheduled", [], [ok[1]], "onsite")],
                "hard", "positive/relative-date-html-only",
                "Single HTML-only reminder: '明日 午後2時〜3時'. Date header is 06:12 +0000 = 15:12 JST on Tue "
                "8 Dec, so 明日 = Wed 9 Dec. Two executives interview (no addresses) -> onsite, follow-up to HR.")
    case(cid, files, lab)


# ============================================================================================
# 20  NEGATIVE: agent's interview-preparation webinar (Zoom registration confirmation)
# ============================================================================================
def case20():
    cid = "b246-20-interview-prep-seminar-zoom"
    start, end = T(2026, 12, 12, 10, 0), T(2026, 12, 12, 11, 30)
    wd(start, "土")
    d1 = T(2026, 12, 3, 21, 3, 50)
    title = "エンジニアのための面接対策セミナー〜技術面接・最終面接で評価される伝え方〜"
    wurl = "https://us02web.zoom.us/w/87120993341?tk=Rg8fT2nq7v0.DQcAAAAUSp2kPRZ"
    t1 = f"""{OWNER_JA} 様

「{title}」にご登録いただき、ありがとうございます。

日時: {start.year}年{start.month}月{start.day}日 {hm2(start)} AM 大阪、札幌、東京

パソコン、Mac、iPad、iPhone、Android デバイスから参加できます:
ここをクリックして参加: {wurl}
注: このリンクは他の人と共有できません。あなた専用です。
パスコード: 712604

カレンダーに追加: Google カレンダー | Outlook カレンダー (.ics) | Yahoo カレンダー

説明: テックキャリア関西 主催の無料オンラインセミナーです。
・機械・電気系エンジニアの職務経歴の伝え方
・技術面接でよく聞かれる質問と回答例
・希望者による模擬面接（ブレイクアウトルーム、先着10名）
※本セミナーは選考ではありません。参加企業の採用選考とは一切関係ございません。

いつでもキャンセルできます。

テックキャリア関西 セミナー事務局
seminar@techcareer-kansai.example
"""
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "CLASS:PUBLIC", "BEGIN:VEVENT", f"DTSTAMP:{dutc(d1)}", f"DTSTART:{dutc(start)}",
                f"DTEND:{dutc(end)}", f"SUMMARY:{esc(title)}",
                "UID:20261203T120350Z-87120993341@fe80:0:0:0:10ab:1cff:fe92:3e07ens5", "TZID:Asia/Tokyo",
                f"DESCRIPTION:{esc('ここをクリックして参加: ' + wurl)}", f"LOCATION:{wurl}",
                "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
                "END:VEVENT", "END:VCALENDAR"])
    h1 = [("Delivered-To", OWNER), ("Return-Path", "<bounce-mktg@zoom.us>"),
          ("From", ad("テックキャリア関西", "no-reply@zoom.us")), ("Reply-To", "seminar@techcareer-kansai.example"),
          ("To", ad(OWNER_JA, OWNER)), ("Subject", enc(f"{title} 登録の確認")), ("Date", rfc(d1)),
          ("Message-ID", mid_generic("c20m1", "zoom.us"))]
    b1 = mp("mixed", bnd("c20m1", "java"), [
        mp("alternative", bnd("c20m1alt", "java"), [tpart(t1), tpart(html_ats(t1, "#0b5cff"), "html")]),
        attachment("text/calendar; charset=\"utf-8\"", ics.encode(), "invite.ics")])
    files = {"01-zoom-webinar-touroku-kakunin.eml": msg(h1, b1)}
    case(cid, files, label([], "medium", "negative/webinar-mock-interview",
                           "Zoom webinar registration for an agent's interview-preparation seminar with optional "
                           "mock interviews; explicitly not part of any selection."))


# ============================================================================================
# 21  Factory tour + final interview on one day at the Okazaki plant: one onsite 10:00-14:00
# ============================================================================================
def case21():
    cid = "b246-21-factory-tour-final-onsite"
    co, role = "三河精密工業株式会社", "生産設備設計エンジニア"
    su = ("杉浦 麻衣", "m.sugiura@mikawa-seimitsu.example")
    yz = ("鈴木 康弘", "y.suzuki@mikawa-seimitsu.example")
    kt = ("神谷 隆", "t.kamiya@mikawa-seimitsu.example")
    day = T(2026, 12, 3)
    wd(day, "木")
    s = {k: day.replace(hour=h, minute=m) for k, (h, m) in
         {"tour": (10, 0), "talk": (11, 0), "lunch": (11, 45), "lunch_end": (12, 45), "iv": (13, 0), "end": (14, 0)}.items()}
    start, end = s["tour"], s["end"]
    d1, d2, d3, d4 = (T(2026, 11, 24, 11, 30, 18), T(2026, 11, 24, 11, 34, 2),
                      T(2026, 11, 24, 20, 15, 40), T(2026, 11, 25, 9, 2, 11))
    sig = ("――――――――――――――――――――\n三河精密工業株式会社\n人事部 採用担当　杉浦 麻衣\n"
           "〒444-0811 愛知県岡崎市大西町字南ケ谷 88\nTEL 0564-55-0172\n"
           f"{su[1]}\n――――――――――――――――――――\n")
    subj = "最終選考（工場見学・最終面接）のご案内／三河精密工業"
    t1 = f"""{OWNER_JA} 様

お世話になっております。三河精密工業 人事部の杉浦です。
先日は二次面接にご参加いただき、誠にありがとうございました。

最終選考として、工場見学と最終面接を同日に実施させていただきます。

■日時：{jd(day)} {hm(start)}〜{hm(end)}
■場所：本社・岡崎工場（愛知県岡崎市大西町字南ケ谷 88）
　　　　名鉄 本宿駅よりタクシーで約10分

■当日のスケジュール
　{hm(s['tour'])}〜{hm(s['talk'])}　工場見学（ご案内：工場長 神谷）
　{hm(s['talk'])}〜{hm(s['lunch'])}　生産技術課メンバーとの懇談
　{hm(s['lunch'])}〜{hm(s['lunch_end'])}　昼食（社員食堂）
　{hm(s['iv'])}〜{hm(s['end'])}　最終面接（取締役 製造本部長 鈴木、工場長 神谷）

■服装・持ち物
　スーツでお越しください。工場見学の際はヘルメット・安全靴・作業用上着を貸与いたします。
　靴のサイズを事前にお知らせいただけますと幸いです。

別途、Outlook の会議招待をお送りいたします。

{sig}"""
    m1 = mid_outlook("c21m1")
    h1 = outlook_headers(seed="c21m1", frm=ad(*su), to=ad(OWNER_JA, OWNER), subject=subj, date=d1, mid=m1)
    b1 = mp("alternative", bnd("c21m1", "outlook"), [tpart(t1, cte="quoted-printable"),
                                                      tpart(html_simple(t1), "html", cte="quoted-printable")])
    inv = f"""日時: {day.year}年{day.month}月{day.day}日{WD_JA[day.weekday()]}曜日 {hm(start)}-{hm(end)} (UTC+09:00) 大阪、札幌、東京
場所: 三河精密工業 本社・岡崎工場 管理棟1階受付

*~*~*~*~*~*~*~*~*~*

中村様

最終選考（工場見学・最終面接）のお時間を押さえさせていただきました。
スケジュールの詳細は別途お送りしたメールをご参照ください。

杉浦
"""
    ics = ms_event(method="REQUEST", uid=ms_uid("c21uid"), seq=0, dtstamp=d2, start=start, end=end,
                   tzid="Tokyo Standard Time", vtz=vtz_ms_fixed("Tokyo Standard Time", "+0900"), organizer=su,
                   attendees=[(OWNER_JA, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                              (yz[0], yz[1], "REQ-PARTICIPANT", "ACCEPTED"),
                              (kt[0], kt[1], "REQ-PARTICIPANT", "ACCEPTED")],
                   summary=f"【最終選考】工場見学・最終面接（{OWNER_JA} 様）",
                   location="三河精密工業 本社・岡崎工場 管理棟1階受付", description=inv)
    h2 = outlook_headers(seed="c21m2", frm=ad(*su), to=f"{ad(OWNER_JA, OWNER)}, {ad(*yz)}, {ad(*kt)}",
                         subject=f"【最終選考】工場見学・最終面接（{OWNER_JA} 様）", date=d2, calendar=True)
    b2 = mp("alternative", bnd("c21m2", "outlook"), [tpart(inv, cte="quoted-printable"),
                                                      tpart(html_simple(inv), "html", cte="quoted-printable"),
                                                      calpart(ics, "REQUEST")])
    r3 = f"""杉浦様

お世話になっております。中村です。
最終選考のご案内をいただき、誠にありがとうございます。

{jd(day)} {start.hour}時に岡崎工場へ伺います。
当日は大阪から車で伺いたいのですが、駐車場をお借りすることは可能でしょうか。
なお、靴のサイズは26.5cmです。

どうぞよろしくお願いいたします。
中村 拓海
"""
    m3 = mid_gmail("c21m3")
    h3 = [("Delivered-To", OWNER), ("From", ad(OWNER_JA, OWNER)), ("To", ad(*su)), ("Subject", enc("Re: " + subj)),
          ("Date", rfc(d3)), ("Message-ID", m3), ("In-Reply-To", m1), ("References", m1)]
    b3 = gmail_reply(r3, gmail_attr_ja(d1, su[0], su[1]), t1, "c21m3")
    t4 = f"""中村様

お世話になっております。三河精密工業の杉浦です。

お車でお越しいただいて問題ございません。
正門守衛所にてお名前をお伝えいただき、来客用駐車場（P2）をご利用ください。
9時50分頃までに管理棟1階受付へお越しいただけますと幸いです。
安全靴は26.5cmでご用意いたします。

お気をつけてお越しください。

{sig}
差出人: {OWNER_JA} <{OWNER}>
送信日時: {d3.year}年{d3.month}月{d3.day}日 {hm(d3)}
宛先: {su[0]} <{su[1]}>
件名: Re: {subj}

{r3}"""
    h4 = outlook_headers(seed="c21m4", frm=ad(*su), to=ad(OWNER_JA, OWNER), subject="RE: " + subj, date=d4,
                         in_reply_to=m3, references=f"{m1} {m3}")
    b4 = mp("alternative", bnd("c21m4", "outlook"), [tpart(t4, cte="quoted-printable"),
                                                      tpart(html_simple(t4), "html", cte="quoted-printable")])
    files = {"01-saishu-senkou-goannai.eml": msg(h1, b1), "02-outlook-invite-saishu-senkou.eml": msg(h2, b2),
             "03-re-kuruma-de-ukagaimasu.eml": msg(h3, b3), "04-re-chushajo.eml": msg(h4, b4)}
    lab = label([iv("三河精密工業", role, start, end, "scheduled", [yz[1], kt[1]], [yz[1], kt[1]], "onsite")],
                "hard", "positive/factory-tour-onsite",
                "Final selection day at the Okazaki plant: factory tour (led by the plant manager), talk with the "
                "team, lunch, then the final interview 13:00-14:00 with the director and plant manager. One "
                "onsite from the first session (10:00) to the last (14:00), matching the single Outlook invite "
                "('Tokyo Standard Time'). HR coordinator is only the organizer.")
    case(cid, files, lab)


# ============================================================================================
# 22  BizReach-style scout platform: interview confirmed through the platform, no human address at all
# ============================================================================================
def case22():
    cid = "b246-22-scout-platform-no-human-address"
    co, role = "Orsolis Japan株式会社", "機械設計エンジニア（産業用バルブ）"
    start, end = T(2026, 12, 15, 11, 0), T(2026, 12, 15, 12, 0)
    d1, d2 = T(2026, 11, 25, 12, 0, 3), T(2026, 12, 4, 16, 45, 29)
    foot = ("――――――――――――――――――――――――――\nハイリーチ 運営事務局\n"
            "※本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。\n"
            "※企業とのやり取りは、ハイリーチのメッセージ画面からお願いいたします。\n"
            "――――――――――――――――――――――――――\n")
    t1 = f"""{OWNER_JA} 様

{co}の採用担当者から「面接確約スカウト」が届きました。

――――――――――――――――――――――――――
求人：{role}
勤務地：東京都千代田区（リモート併用）／大阪出張あり

メッセージ（抜粋）：
中村様のバルブ・配管機器の設計ご経験を拝見し、ぜひ一度面接の機会を
いただきたくご連絡いたしました。本スカウトは書類選考なしで一次面接をお約束するものです。
――――――――――――――――――――――――――

▼スカウトを確認する
https://highreach.example/scouts/5520417

{foot}"""
    h1 = [("Delivered-To", OWNER), ("Return-Path", "<bounce@mail.highreach.example>"),
          ("From", ad("ハイリーチ", "no-reply@highreach.example")), ("To", OWNER),
          ("Subject", enc(f"【ハイリーチ】{co}から面接確約スカウトが届きました")), ("Date", rfc(d1)),
          ("Message-ID", mid_generic("c22m1", "mail.highreach.example"))]
    b1 = mp("alternative", bnd("c22m1", "java"), [tpart(t1), tpart(html_ats(t1, "#0a3d62"), "html")])
    t2 = f"""{OWNER_JA} 様

{co}との面接日程が確定しました。

■企業名：{co}
■求人　：{role}
■選考　：一次面接
■日時　：{jdy(start)} {hm(start)}〜{hm(end)}
■形式　：オンライン（Google Meet）
　　　　　参加URLは企業からのメッセージをご確認ください。

■企業担当者からのメッセージ
中村様
日程のご調整をいただき、ありがとうございました。
当日は技術部長の Laurent Mercier と人事の大野が面接を担当いたします。
Mercier との会話は英語となりますので、ご了承ください（通訳はございません）。
参加URL：https://meet.google.com/orj-tkbw-qnv

▼メッセージを確認する
https://highreach.example/messages/thread/7790116

{foot}"""
    h2 = [("Delivered-To", OWNER), ("Return-Path", "<bounce@mail.highreach.example>"),
          ("From", ad("ハイリーチ", "no-reply@highreach.example")), ("To", OWNER),
          ("Subject", enc(f"【ハイリーチ】{co}との面接日程が確定しました")), ("Date", rfc(d2)),
          ("Message-ID", mid_generic("c22m2", "mail.highreach.example"))]
    b2 = mp("alternative", bnd("c22m2", "java"), [tpart(t2), tpart(html_ats(t2, "#0a3d62"), "html")])
    files = {"01-highreach-mensetsu-kakuyaku-scout.eml": msg(h1, b1),
             "02-highreach-mensetsu-nittei-kakutei.eml": msg(h2, b2)}
    lab = label([iv("Orsolis Japan", role, start, end, "scheduled", [], [], "onsite")],
                "medium", "positive/platform-no-human-address",
                "Scout platform relays the confirmed first interview (15 Dec 11:00-12:00, Google Meet). Two "
                "interviewers are named but no human e-mail address exists anywhere (only no-reply) -> "
                "empty interviewer_emails and followup_recipients.")
    case(cid, files, lab)


# ============================================================================================
def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b246-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for cid in sorted(CASES):
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, content in sorted(CASES[cid]["files"].items()):
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
        labels[cid] = CASES[cid]["label"]
    head = ("# blind246 labels (written blind). Schema: /work/shared/eval/README.md\n"
            "# Owner: 中村 拓海 <takumi.nakamura@example.com>, Osaka-based mechanical engineer.\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(head)
        yaml.safe_dump(labels, f, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v["interview"])
    n_iv = sum(len(v["interviews"]) for v in labels.values())
    n_c = sum(1 for v in labels.values() for i in v["interviews"] if i["status"] == "cancelled")
    print(f"{len(labels)} cases: {pos} positive, {len(labels) - pos} negative; "
          f"{n_iv} interviews ({n_iv - n_c} scheduled, {n_c} cancelled)")


if __name__ == "__main__":
    main()
