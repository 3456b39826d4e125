#!/usr/bin/env python3
"""Regenerate the blind155 evaluation set (Tokyo bilingual account executive).

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs, so every run
writes the same bytes.  Standard library + PyYAML + zoneinfo only.

    python make_cases.py        # rewrites every b155-* folder and labels.yaml
"""
import base64
import html
import json
import re
import quopri
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
JST = ZoneInfo("Asia/Tokyo")
SGT = ZoneInfo("Asia/Singapore")
PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")

USER = "ayaka.morita@example.com"
USER_JA = "森田 彩花"
USER_EN = "Ayaka Morita"

JA_WD = "月火水木金土日"
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def T(y, mo, d, h=0, mi=0, s=0, tz=JST):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that a weekday named in the text matches the date."""
    if name in JA_WD and len(name) == 1:
        ok = JA_WD[dt.weekday()] == name
    else:
        ok = EN_WD[dt.weekday()].lower().startswith(name.lower())
    assert ok, f"{dt.date()} is not {name}"


# ---------------------------------------------------------------- MIME helpers
def hdr(text, charset="utf-8"):
    if text.isascii():
        return text
    return Header(text, charset).encode()


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    if name.isascii():
        return formataddr((name, email))
    return f"{Header(name, charset).encode()} <{email}>"


def date(dt):
    return format_datetime(dt)


def encode(text, cte, charset="utf-8"):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        out = quopri.encodestring(raw).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    if cte == "7bit":
        return raw.decode("ascii")
    if cte == "8bit":
        return raw.decode(charset)
    raise ValueError(cte)


def leaf(ctype, text, cte="base64", charset="utf-8", extra=()):
    lines = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(lines) + "\n\n" + encode(text, cte, charset)


def raw_leaf(ctype, body_b64, extra=()):
    lines = [f"Content-Type: {ctype}", *extra, "Content-Transfer-Encoding: base64"]
    return "\n".join(lines) + "\n\n" + body_b64


def multi(sub, boundary, parts):
    s = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def eml(headers, root):
    lines = [f"{k}: {v}" for k, v in headers]
    return "\n".join(lines) + "\nMIME-Version: 1.0\n" + root


def to_html(text, style="font-family:Meiryo,'Yu Gothic',sans-serif;font-size:10.5pt"):
    body = "<br>\n".join(html.escape(line, quote=False) for line in text.rstrip("\n").split("\n"))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="{style}">\n{body}\n</div></body></html>\n')


def gmail_html(text):
    body = "<br>\n".join(html.escape(line, quote=False) for line in text.rstrip("\n").split("\n"))
    return f'<div dir="ltr">{body}</div>\n'


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in text.rstrip("\n").split("\n")) + "\n"


# ---------------------------------------------------------------- iCalendar helpers
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if n + b > limit:
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += b
    out.append(cur)
    return "\r\n ".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


VTZ_TOKYO_GOOGLE = [
    "BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "X-LIC-LOCATION:Asia/Tokyo", "BEGIN:STANDARD",
    "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST", "DTSTART:19700101T000000",
    "END:STANDARD", "END:VTIMEZONE",
]
VTZ_SINGAPORE_GOOGLE = [
    "BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "X-LIC-LOCATION:Asia/Singapore", "BEGIN:STANDARD",
    "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:+08", "DTSTART:19700101T000000",
    "END:STANDARD", "END:VTIMEZONE",
]
VTZ_TOKYO_WINDOWS = [
    "BEGIN:VTIMEZONE", "TZID:Tokyo Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
    "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD", "BEGIN:DAYLIGHT",
    "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def cn(name):
    return f'"{name}"' if any(c in name for c in ':;,') else name


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=True):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn(name)}:mailto:{email}"


def google_ics(uid, start, end, tzid, tzobj, vtz, summary, description, organizer, attendees,
               created, stamp, seq=0, location="", method="REQUEST", status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", *vtz, "BEGIN:VEVENT",
             f"DTSTART;TZID={tzid}:{local(start, tzobj)}", f"DTEND;TZID={tzid}:{local(end, tzobj)}",
             f"DTSTAMP:{utcstamp(stamp)}", f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}",
             f"UID:{uid}", *attendees,
             "X-GOOGLE-CONFERENCE:" + location if location.startswith("https://meet") else "X-GOOGLE-CONFERENCE:",
             f"CREATED:{utcstamp(created)}", f"DESCRIPTION:{ics_esc(description)}",
             f"LAST-MODIFIED:{utcstamp(stamp)}", f"LOCATION:{ics_esc(location)}", f"SEQUENCE:{seq}",
             f"STATUS:{status}", f"SUMMARY:{ics_esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT",
             "END:VCALENDAR"]
    return ics([l for l in lines if l != "X-GOOGLE-CONFERENCE:"])


def google_invite_eml(*, msgid, sent, organizer, subject, text, html_body, ics_text, boundary_seed,
                      to_line, method="REQUEST"):
    b1 = f"000000000000{boundary_seed}a"
    b2 = f"000000000000{boundary_seed}b"
    alt = multi("alternative", b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics_text, "base64"),
    ])
    att = raw_leaf('application/ics; name="invite.ics"',
                   base64.encodebytes(ics_text.encode("utf-8")).decode("ascii"),
                   extra=['Content-Disposition: attachment; filename="invite.ics"'])
    headers = [
        ("Delivered-To", USER),
        ("Received", f"by 2002:a05:6358:{boundary_seed[:4]}:b0:1a4:{boundary_seed[4:8]} with SMTP id x{boundary_seed};\n"
                     f"        {date(sent.astimezone(UTC))}"),
        ("Return-Path", "<calendar-notification@google.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr(*organizer)),
        ("From", addr(*organizer)),
        ("To", to_line),
        ("Subject", hdr(subject)),
        ("Date", date(sent.astimezone(UTC))),
        ("Message-ID", f"<{msgid}@google.com>"),
    ]
    return eml(headers, multi("mixed", b1, [alt, att]))


def outlook_invite_eml(*, msgid, sent, sender, to, cc, subject, text, ics_text, boundary, thread_index,
                       method="REQUEST", extra_headers=()):
    host = re.match(r"[A-Z0-9]{3}PR01MB\d{4,5}", msgid).group(0) + ".jpnprd01.prod.outlook.com"
    topic = re.sub(r"^(FW|RE|キャンセル済み): ", "", subject)
    root = multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', text, "base64"),
        leaf('text/html; charset="utf-8"', to_html(text), "base64"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text, "base64"),
    ])
    headers = [
        ("Delivered-To", USER),
        ("Received", f"from {host} (2603:1096:400:1a2::9)\n"
                     f"        by mx.example.com with ESMTPS; {date(sent)}"),
        ("From", addr(*sender)),
        ("To", ", ".join(addr(*t) for t in to)),
    ]
    if cc:
        headers.append(("CC", ", ".join(addr(*c) for c in cc)))
    headers += [
        ("Subject", hdr(subject)),
        ("Thread-Topic", hdr(topic)),
        ("Thread-Index", thread_index),
        ("Date", date(sent)),
        ("Message-ID", f"<{msgid}@{host}>"),
        ("Accept-Language", "ja-JP, en-US"),
        ("Content-Language", "ja-JP"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        *extra_headers,
    ]
    return eml(headers, root)


def outlook_ics(*, method, uid, seq, start, end, summary, description, organizer, attendees, stamp,
                location="Microsoft Teams 会議", status="CONFIRMED", busy="TENTATIVE"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             *VTZ_TOKYO_WINDOWS, "BEGIN:VEVENT",
             f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", *attendees,
             f"DESCRIPTION;LANGUAGE=ja-JP:{ics_esc(description)}",
             f"UID:{uid}", f"SUMMARY;LANGUAGE=ja-JP:{ics_esc(summary)}",
             f"DTSTART;TZID=Tokyo Standard Time:{local(start, JST)}",
             f"DTEND;TZID=Tokyo Standard Time:{local(end, JST)}",
             "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
             f"DTSTAMP:{utcstamp(stamp)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
             f"LOCATION;LANGUAGE=ja-JP:{ics_esc(location)}",
             f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:-1849563312",
             f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1" if method == "REQUEST"
             else "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0",
             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
             "X-MICROSOFT-LOCATIONDISPLAYNAME:" + ics_esc(location)]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {
        "company": company, "role": role,
        "start": start.isoformat(), "end": end.isoformat() if end else None,
        "status": status, "interviewer_emails": list(interviewers),
        "followup_recipients": list(followup), "kind": kind,
    }


CASES = []


def case(slug, items, interviews, difficulty, category, notes):
    CASES.append((slug, items, {
        "user": USER, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic",
    }))


TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams 会議
コンピュータ、モバイル アプリケーション、またはルーム デバイスで参加する
ここをクリックして会議に参加してください<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
会議 ID: {meeting_id}
パスコード: {passcode}
Teams のダウンロード<https://www.microsoft.com/ja-jp/microsoft-teams/download-app> | Web に参加<https://www.microsoft.com/microsoft-teams/join-a-meeting>
________________________________________________________________________________
"""


# ============================================================================ positives
def c01():
    slug = "b155-01-agency-forward-ichiji-iso2022jp"
    start, end = T(2026, 4, 14, 14, 0), T(2026, 4, 14, 15, 0)
    wd(start, "火")
    sent = T(2026, 4, 9, 18, 42, 10)
    client_sent = T(2026, 4, 9, 17, 58)
    wd(client_sent, "Thursday")
    body = f"""森田 彩花 様

いつも大変お世話になっております。
リンクスタッフ・キャリアの田中でございます。

先日ご推薦いたしましたBrightline Cloud Japan株式会社様より、
一次面接の日程につきましてご回答をいただきましたので、ご案内申し上げます。

━━━━━━━━━━━━━━━━━━━━
■企業名　　：Brightline Cloud Japan株式会社
■ポジション：Enterprise Account Executive（エンタープライズ営業）
■選考　　　：一次面接
■日時　　　：2026年4月14日（火）14:00〜15:00（日本時間）
■形式　　　：オンライン（Zoom）
■面接官　　：エンタープライズ営業本部 本部長 小林 様
━━━━━━━━━━━━━━━━━━━━

ZoomのURLは以下の通りでございます。
https://zoom.us/j/84120937715?pwd=bEJ3TzlRc0p0WmhYcU5vK2dCd2ZyZz09
ミーティングID：841 2093 7715　パスコード：526174

小林様は外資系SaaS企業で長く国内大手企業の開拓をご担当されてきた方で、
森田様の現職での製造業向けの新規開拓のご経験に大変ご関心をお持ちとのことです。
冒頭で5分程度、職務経歴のご説明を求められるかと存じますので、
ご準備いただけますと幸いです。面接は日本語で行われます。

万が一ご都合が悪くなられた場合は、企業様へは直接ご連絡されず、
私までご一報いただけますでしょうか。

以下、企業様からのご連絡を転送いたします。

何卒よろしくお願いいたします。

--
━━━━━━━━━━━━━━━━━━━━
株式会社リンクスタッフ・キャリア
IT・外資系営業チーム　シニアコンサルタント
田中 健一（Kenichi Tanaka）
TEL：03-5555-0142　携帯：090-5555-0187
Mail：kenichi.tanaka@linkstaff-career.example
━━━━━━━━━━━━━━━━━━━━

-----Original Message-----
From: Brightline Cloud Japan 採用チーム <recruiting-jp@brightline-cloud.example>
Sent: Thursday, April 9, 2026 5:58 PM
To: 田中 健一 <kenichi.tanaka@linkstaff-career.example>
Subject: RE: 【ご推薦】森田 彩花様／Enterprise Account Executive

田中様

お世話になっております。Brightline Cloud Japan 採用チームの山口です。
森田様の一次面接につきまして、下記日程にて確定とさせていただきます。

4月14日（火）14:00-15:00 JST
面接官：小林（エンタープライズ営業本部長）
Zoom：https://zoom.us/j/84120937715

お手数ですが、森田様へのご案内をお願いできますでしょうか。
何卒よろしくお願いいたします。
"""
    subject = "【リンクスタッフ】Brightline Cloud Japan株式会社様 一次面接日程確定のご連絡"
    headers = [
        ("Delivered-To", USER),
        ("Return-Path", "<kenichi.tanaka@linkstaff-career.example>"),
        ("Received", "from mail.linkstaff-career.example (mail.linkstaff-career.example [192.0.2.41])\n"
                     f"        by mx.example.com with ESMTPS id 4bKq2Z1xYz; {date(sent)}"),
        ("From", addr("田中 健一", "kenichi.tanaka@linkstaff-career.example", "iso-2022-jp")),
        ("To", addr("森田 彩花 様", USER, "iso-2022-jp")),
        ("Subject", hdr(subject, "iso-2022-jp")),
        ("Date", date(sent)),
        ("Message-ID", "<000c01dcc7f2$8a41e3b0$9ec5ab10$@linkstaff-career.example>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzH8oo8y0x3aQn9TgqV2c1p4Lk0Bw=="),
        ("Content-Language", "ja"),
    ]
    root = leaf('text/plain; charset="iso-2022-jp"', body, "7bit", "iso-2022-jp")
    items = {"01-linkstaff-ichiji-mensetsu-kakutei.eml": eml(headers, root)}
    case(slug, items, [iv("Brightline Cloud Japan", "Enterprise Account Executive", start, end, "scheduled",
                          [], ["kenichi.tanaka@linkstaff-career.example"], "hiring_manager")],
         "medium", "positive/agency-forward-body-only",
         "Agency consultant forwards the client's first-round (一次面接) slot in an ISO-2022-JP mail. The "
         "interviewer (小林) has no address in the case; the client's forwarded sender is a group address "
         "(recruiting-jp@), so follow-up goes to the human agency consultant.")


def c02():
    slug = "b155-02-herp-niji-panel-ics"
    start, end = T(2026, 4, 17, 11, 0), T(2026, 4, 17, 12, 0)
    wd(start, "金")
    sent = T(2026, 4, 10, 15, 3, 27)
    text = f"""森田 彩花 様

Oriel Data株式会社 採用担当の中村でございます。
この度は二次面接へお進みいただき、誠にありがとうございます。
下記の通り、二次面接の日程が確定いたしましたのでご案内いたします。

【選考】二次面接（パネル面接）
【日時】2026年4月17日(金) 11:00〜12:00（日本時間）
【形式】オンライン（Google Meet）
【URL】https://meet.google.com/okd-xqpr-vbn
【面接官】
　・大野 達也（Head of Sales, Japan）
　・Rachel Tan（Sales Director, APAC／シンガポール拠点）
※Rachelとの会話は英語となります。後半15分程度で、英語での簡単なロールプレイ
（新規顧客への初回訪問を想定）を予定しております。

カレンダー登録用のファイルを添付しておりますので、ご活用ください。
ご都合が悪くなった場合は、本メールにご返信いただくか、
nao.nakamura@orieldata.example までご連絡ください。

何卒よろしくお願いいたします。

Oriel Data株式会社
採用担当　中村 奈緒

------------------------------------------------------------
このメールはHERP Hireから送信されています。
"""
    ics_text = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HERP Inc.//HERP Hire//JA", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", *VTZ_TOKYO_GOOGLE, "BEGIN:VEVENT",
        "UID:herp-interview-7c41e0d2-5b8f-4a7e-9d3c-0f6a2b91e4c8@herp.cloud",
        f"DTSTAMP:{utcstamp(sent)}", "SEQUENCE:0",
        f"DTSTART;TZID=Asia/Tokyo:{local(start, JST)}", f"DTEND;TZID=Asia/Tokyo:{local(end, JST)}",
        f"SUMMARY:{ics_esc('【Oriel Data】二次面接（パネル面接）森田 彩花 様')}",
        "LOCATION:https://meet.google.com/okd-xqpr-vbn",
        "DESCRIPTION:" + ics_esc("面接官: 大野 達也 (Head of Sales, Japan) / Rachel Tan (Sales Director, APAC)\n"
                                 "Google Meet: https://meet.google.com/okd-xqpr-vbn"),
        "ORGANIZER;CN=中村 奈緒:mailto:nao.nakamura@orieldata.example",
        attendee("森田 彩花", USER, google=False),
        attendee("大野 達也", "t.ohno@orieldata.example", "ACCEPTED", google=False),
        attendee("Rachel Tan", "rachel.tan@orieldata.example", "ACCEPTED", google=False),
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    b = "herp_b7e21c9f04a3"
    alt = multi("alternative", b + "_alt", [
        leaf('text/plain; charset="UTF-8"', text, "base64"),
        leaf('text/html; charset="UTF-8"', to_html(text, "font-family:sans-serif;font-size:14px"), "base64"),
    ])
    att = raw_leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="interview.ics"',
                   base64.encodebytes(ics_text.encode()).decode(),
                   extra=['Content-Disposition: attachment; filename="interview.ics"'])
    headers = [
        ("Delivered-To", USER),
        ("Return-Path", "<bounces+21884937-8c1f-ayaka.morita=example.com@em.herp.cloud>"),
        ("Received", f"from o1.em.herp.cloud (o1.em.herp.cloud [198.51.100.17])\n        by mx.example.com with ESMTPS; {date(sent)}"),
        ("From", addr("Oriel Data 採用担当", "no-reply@herp.cloud")),
        ("Reply-To", addr("中村 奈緒", "nao.nakamura@orieldata.example")),
        ("To", USER),
        ("Subject", hdr("【Oriel Data】二次面接日程確定のご案内")),
        ("Date", date(sent)),
        ("Message-ID", "<herp.7c41e0d2.20260410060327.1f2a@herp.cloud>"),
    ]
    items = {"01-herp-niji-mensetsu-annai.eml": eml(headers, multi("mixed", b, [alt, att]))}
    case(slug, items, [iv("Oriel Data", None, start, end, "scheduled",
                          ["t.ohno@orieldata.example", "rachel.tan@orieldata.example"],
                          ["t.ohno@orieldata.example", "rachel.tan@orieldata.example"], "onsite")],
         "easy", "positive/ats-ics",
         "HERP Hire second-round panel (two interviewers, part in English) with .ics attachment. Sender is "
         "no-reply; coordinator 中村 is organizer only. Panel => kind onsite. Role never stated.")


def c03():
    slug = "b155-03-hrmos-reschedule-reminder"
    old_s = T(2026, 4, 22, 16, 0)
    start, end = T(2026, 4, 24, 10, 30), T(2026, 4, 24, 11, 30)
    wd(old_s, "水"); wd(start, "金")
    s1, s2, s3 = T(2026, 4, 13, 10, 5, 33), T(2026, 4, 17, 19, 20, 41), T(2026, 4, 23, 12, 0, 2)
    foot = """
――――――――――――――――――――――――――――――
Kestrel Adtech Japan株式会社　採用担当　岡田 沙織
〒105-0001 東京都港区虎ノ門4-9-9 サンプル虎ノ門ビル 14F
※本メールは送信専用アドレスから送信しております。
　ご返信・お問い合わせは saori.okada@kestrel-ads.example までお願いいたします。
――――――――――――――――――――――――――――――
Powered by HRMOS採用
"""
    t1 = """森田 彩花 様

この度はKestrel Adtech Japan株式会社の「Account Executive（代理店営業）」ポジションへ
ご応募いただき、誠にありがとうございます。
書類選考の結果、ぜひ一次面接にお越しいただきたく、下記の通りご案内いたします。

■選考内容：一次面接（約60分）
■日時：2026年4月22日（水）16:00〜17:00
■場所：弊社東京オフィス（下記住所）14階受付にお越しください
■面接官：配属予定チームのマネージャー 藤井 聡（Sales Manager）
■持ち物：職務経歴書（印刷したもの1部）

当日はどうぞよろしくお願いいたします。
""" + foot
    t2 = """森田 彩花 様

Kestrel Adtech Japan株式会社 採用担当の岡田でございます。

面接官の業務都合により、誠に恐れ入りますが、
一次面接の日程を下記の通り変更させていただきたく存じます。
（森田様には先日お電話にてご了承いただき、誠にありがとうございました。）

【変更前】2026年4月22日（水）16:00〜17:00
【変更後】2026年4月24日（金）10:30〜11:30

場所・面接官に変更はございません。
ご迷惑をおかけし大変申し訳ございませんが、何卒よろしくお願いいたします。
""" + foot
    t3 = """森田 彩花 様

明日の一次面接について、念のためご案内いたします。

■日時：明日 4月24日（金）10:30〜11:30
■場所：弊社東京オフィス 14階受付
■面接官：藤井 聡（Sales Manager）

お気をつけてお越しくださいませ。
""" + foot
    items = {}
    for i, (s, subj, t, mid) in enumerate([
            (s1, "【Kestrel Adtech Japan】一次面接のご案内", t1, "a81f0c3e"),
            (s2, "【Kestrel Adtech Japan】面接日程変更のお知らせ", t2, "b2907d14"),
            (s3, "【Kestrel Adtech Japan】明日の面接のご案内（リマインド）", t3, "c3e55a90")], 1):
        b = f"----==_mimepart_hrmos_{mid}"
        root = multi("alternative", b, [leaf('text/plain; charset=UTF-8', t, "base64"),
                                         leaf('text/html; charset=UTF-8', to_html(t), "base64")])
        headers = [("Delivered-To", USER),
                   ("Return-Path", f"<bounce-{mid}@mail.hrmos.co>"),
                   ("From", addr("Kestrel Adtech Japan 採用担当", "noreply@hrmos.co")),
                   ("Reply-To", addr("岡田 沙織", "saori.okada@kestrel-ads.example")),
                   ("To", addr("森田 彩花", USER)),
                   ("Subject", hdr(subj)), ("Date", date(s)),
                   ("Message-ID", f"<hrmos-{mid}-{s.strftime('%Y%m%d%H%M%S')}@mail.hrmos.co>")]
        name = ["01-hrmos-ichiji-annai.eml", "02-hrmos-nittei-henko.eml", "03-hrmos-remind.eml"][i - 1]
        items[name] = eml(headers, root)
    case(slug, items, [iv("Kestrel Adtech Japan", "Account Executive（代理店営業）", start, end, "scheduled",
                          [], ["saori.okada@kestrel-ads.example"], "hiring_manager")],
         "medium", "positive/reschedule",
         "HRMOS invitation, then 日程変更 (4/22 16:00 -> 4/24 10:30), then a 'tomorrow' reminder on 4/23 "
         "consistent with the new time. Interviewer has no address; follow-up is the coordinator from "
         "Reply-To / text, never noreply@hrmos.co.")


def c04():
    slug = "b155-04-greenhouse-singapore-plus-google-invite"
    start, end = T(2026, 4, 16, 11, 0), T(2026, 4, 16, 11, 45)
    s_sg = start.astimezone(SGT)
    wd(s_sg, "Thursday"); wd(start, "Thursday")
    assert s_sg.hour == 10
    sent1, sent2 = T(2026, 4, 10, 14, 31, 7, SGT), T(2026, 4, 10, 15, 2, 44, SGT)
    t1 = """Hi Ayaka,

Thank you for taking the time to interview with us for the Account Executive, Japan role. Here are the details of your upcoming interview:

Date: Thursday, April 16, 2026
Time: 10:00 AM - 10:45 AM SGT (Singapore, GMT+08:00)
      which is 11:00 AM - 11:45 AM JST (Tokyo)
Interviewer: Marcus Lim, Head of Sales, North Asia
Location: Zoom - https://zoom.us/j/93810266214?pwd=Q2hWcm9GbUxkR1p4

Marcus will walk you through our North Asia go-to-market plan and will want to hear about your enterprise pipeline in Japan. The conversation will be in English.

A calendar invitation is attached. If you need to reschedule, simply reply to this email.

Best,
Wei Ling Goh
Talent Acquisition Partner, APAC | Helix Payments
"""
    ics1 = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", *VTZ_SINGAPORE_GOOGLE, "BEGIN:VEVENT",
        f"DTSTART;TZID=Asia/Singapore:{local(start, SGT)}", f"DTEND;TZID=Asia/Singapore:{local(end, SGT)}",
        f"DTSTAMP:{utcstamp(sent1)}", "UID:gh-interview-88213947-2204519@greenhouse.io",
        "ORGANIZER;CN=Wei Ling Goh:mailto:weiling.goh@helixpay.example",
        attendee("Ayaka Morita", USER, google=False),
        attendee("Marcus Lim", "marcus.lim@helixpay.example", "ACCEPTED", google=False),
        "SUMMARY:Interview: Account Executive\\, Japan - Helix Payments",
        "DESCRIPTION:Interviewer: Marcus Lim (Head of Sales\\, North Asia)\\nZoom: https://zoom.us/j/93810266214",
        "LOCATION:https://zoom.us/j/93810266214", "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT",
        "END:VCALENDAR"])
    b = "gh_3a9f1e77c2b04d18"
    root = multi("mixed", b, [
        multi("alternative", b + "_alt", [
            leaf('text/plain; charset=UTF-8', t1, "quoted-printable"),
            leaf('text/html; charset=UTF-8', gmail_html(t1), "quoted-printable")]),
        raw_leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"',
                 base64.encodebytes(ics1.encode()).decode(),
                 extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    h1 = [("Delivered-To", USER),
          ("Return-Path", "<bounces+1172554-9d0e-ayaka.morita=example.com@sendgrid.greenhouse.io>"),
          ("From", addr("Helix Payments", "no-reply@greenhouse.io")),
          ("Reply-To", addr("Wei Ling Goh", "weiling.goh@helixpay.example")),
          ("To", addr(USER_EN, USER)),
          ("Subject", "Interview Confirmation: Account Executive, Japan at Helix Payments"),
          ("Date", date(sent1)),
          ("Message-ID", "<gh.88213947.2204519.20260410063107@greenhouse.io>")]
    eml1 = eml(h1, root)
    text2 = """Marcus Lim has invited you to the following event.

Helix Payments | Ayaka Morita <> Marcus Lim (Hiring Manager)
Thursday 16 Apr 2026 ⋅ 10:00 – 10:45am
Singapore Standard Time - Singapore

Join Zoom Meeting
https://zoom.us/j/93810266214?pwd=Q2hWcm9GbUxkR1p4

Hi Ayaka - looking forward to our chat. Wei Ling's Greenhouse invite has the same link; adding this so it's on my calendar too. - Marcus

Organizer
Marcus Lim
marcus.lim@helixpay.example

Guests
Marcus Lim - organizer
ayaka.morita@example.com
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NGs5bTJ2cWg3

Reply for ayaka.morita@example.com
Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NGs5bTJ2cWg3&rst=1
No https://calendar.google.com/calendar/event?action=RESPOND&eid=NGs5bTJ2cWg3&rst=2
Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NGs5bTJ2cWg3&rst=3

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
"""
    ics2 = google_ics("4k9m2vqh7rb1d0c6p3t8s5n1jq@google.com", start, end, "Asia/Singapore", SGT,
                      VTZ_SINGAPORE_GOOGLE, "Helix Payments | Ayaka Morita <> Marcus Lim (Hiring Manager)",
                      "Hi Ayaka - looking forward to our chat. Wei Ling's Greenhouse invite has the same link; "
                      "adding this so it's on my calendar too. - Marcus\n\nJoin Zoom Meeting\n"
                      "https://zoom.us/j/93810266214?pwd=Q2hWcm9GbUxkR1p4",
                      ("Marcus Lim", "marcus.lim@helixpay.example"),
                      [attendee("Marcus Lim", "marcus.lim@helixpay.example", "ACCEPTED", rsvp="TRUE"),
                       attendee(USER, USER)],
                      created=sent2, stamp=sent2, location="https://zoom.us/j/93810266214")
    eml2 = google_invite_eml(
        msgid="calendar-5a7e0c41-2d83-4b6f-9a10-7c3e58d2f9b1", sent=sent2,
        organizer=("Marcus Lim", "marcus.lim@helixpay.example"),
        subject="Invitation: Helix Payments | Ayaka Morita <> Marcus Lim (Hiring Manager) @ Thu 16 Apr 2026 "
                "10am - 10:45am (SGT) (ayaka.morita@example.com)",
        text=text2, html_body=gmail_html(text2), ics_text=ics2, boundary_seed="5f2c91a7d04e",
        to_line=USER)
    items = {"01-greenhouse-interview-confirmation.eml": eml1, "02-google-invite-marcus.eml": eml2}
    case(slug, items, [iv("Helix Payments", "Account Executive, Japan", start, end, "scheduled",
                          ["marcus.lim@helixpay.example"], ["marcus.lim@helixpay.example"], "hiring_manager")],
         "medium", "positive/dedupe-tz-conversion",
         "Singapore hiring-manager interview stated in SGT with a JST conversion (10:00 SGT = 11:00 JST); "
         "Greenhouse mail + .ics and a separate Google invite from the interviewer with a different UID: ONE "
         "interview.")


def c05():
    slug = "b155-05-us-hiring-manager-dst-thread"
    start, end = T(2026, 3, 11, 9, 0), T(2026, 3, 11, 9, 30)
    s_pt = start.astimezone(PT)
    assert (s_pt.day, s_pt.hour, s_pt.utcoffset()) == (10, 17, timedelta(hours=-7))
    wd(s_pt, "Tuesday"); wd(start, "Wednesday")
    # the screen Jess used before DST: 5pm PST = 10am JST
    assert T(2026, 3, 3, 17, 0, tz=PT).astimezone(JST).hour == 10
    s1 = T(2026, 3, 4, 16, 12, 55, PT)
    s_ayaka = T(2026, 3, 5, 10, 3, 12)
    s2 = T(2026, 3, 4, 17, 21, 9, PT)
    assert s_ayaka < s2 and s1.utcoffset() == timedelta(hours=-8)
    wd(s1, "Wed"); wd(s_ayaka, "Thu")
    dan = ("Dan Whitaker", "dan.whitaker@corvane.example")
    jess = ("Jess Moreno", "jess.moreno@corvane.example")
    t1 = """Hi Ayaka,

Jess passed along her notes from your screen — thank you, I really enjoyed reading them. I'd love to set up a 30-minute conversation with you as the hiring manager for the Enterprise Account Executive, Japan role.

Would Tuesday, March 10 at 5:00pm Pacific work? If I've done the conversion right, that's Wednesday, March 11 at 9:00am in Tokyo. (Heads-up: the US switches to daylight saving time this Sunday, the 8th, so this is one hour earlier for you than the 10am JST slot Jess used for your screen.)

I'll send a Zoom link once we lock it in.

Thanks,
Dan

--
Dan Whitaker
Regional Director, Japan | Corvane Security
San Francisco, CA
"""
    t_ayaka = """Hi Dan,

Thank you very much for reaching out. Wednesday, March 11 at 9:00am JST (Tuesday 5:00pm PT on your side) works well for me.

I look forward to speaking with you.

Best regards,
Ayaka Morita
"""
    t2 = """Perfect — locked in:

Tue Mar 10, 5:00–5:30pm PT / Wed Mar 11, 9:00–9:30am JST
Zoom: https://corvane.zoom.us/j/91844027713?pwd=VzBQa2ZyT3BkRk9y

Jess, no need to join — I've got it from here. Talk soon, Ayaka.

Dan

""" + "On Wed, Mar 4, 2026 at 5:03 PM Ayaka Morita <ayaka.morita@example.com> wrote:\n" + quote(
        t_ayaka + "\nOn Mar 5, 2026, at 9:12, Dan Whitaker <dan.whitaker@corvane.example> wrote:\n\n"
        + quote(t1))
    # quote headers are rendered in each writer's zone: Dan (PT) quotes Ayaka's 10:03 JST as 5:03 PM Wed;
    # Ayaka's Apple Mail (JST) quoted Dan's 16:12 PST as 9:12 Thu.
    assert s_ayaka.astimezone(PT).strftime("%H:%M %d") == "17:03 04"
    assert s1.astimezone(JST).strftime("%H:%M %d") == "09:12 05"
    m1 = "<CAJ7vKp3mW0x+8c1RZ2dQf4eHs_9nLtBv1kYqz5GmQx@mail.gmail.com>"
    m_a = "<4E0C1B7A-2F6D-4C1B-9A53-6D1E0F8B2C44@example.com>"
    m2 = "<CAJ7vKp0Hq2yT+Z4pW_7fM1cRk8sNdX3eUbVjL6aQo@mail.gmail.com>"
    items = {}
    for name, s, t, mid, extra in [
            ("01-dan-proposes-time.eml", s1, t1, m1, []),
            ("02-dan-confirms-zoom.eml", s2, t2, m2, [("In-Reply-To", m_a), ("References", f"{m1} {m_a}")])]:
        b = "000000000000" + mid[4:16].replace("+", "0").replace("_", "1").lower()
        root = multi("alternative", b, [leaf('text/plain; charset="UTF-8"', t, "quoted-printable"),
                                         leaf('text/html; charset="UTF-8"', gmail_html(t), "quoted-printable")])
        subj = "Corvane - next step: chat with me (Enterprise AE, Japan)"
        headers = [("Delivered-To", USER), ("Return-Path", f"<{dan[1]}>"), ("From", addr(*dan)),
                   ("To", addr(USER_EN, USER)), ("Cc", addr(*jess)),
                   ("Subject", subj if not extra else "Re: " + subj), ("Date", date(s)),
                   ("Message-ID", mid), *extra]
        items[name] = eml(headers, root)
    case(slug, items, [iv("Corvane Security", "Enterprise Account Executive, Japan", start, end, "scheduled",
                          [dan[1]], [dan[1]], "hiring_manager")],
         "hard", "positive/thread-dst",
         "US hiring manager proposes Tue Mar 10 5pm PT on Mar 4 (still PST); US DST starts Mar 8 so the call is "
         "Wed Mar 11 09:00 JST (not 10:00). Confirmed in the reply that quotes Ayaka's acceptance. 30 minutes. "
         "Recruiter Jess is cc'd but not on the call.")


def c06():
    slug = "b155-06-saishu-mensetsu-onsite-loop"
    s1, e1 = T(2026, 5, 13, 13, 0), T(2026, 5, 13, 14, 30)
    s3, e3 = T(2026, 5, 13, 14, 45), T(2026, 5, 13, 15, 15)
    wd(s1, "水")
    sent = T(2026, 4, 30, 17, 15, 0)
    wd(sent, "木")
    megumi = ("佐々木 恵", "megumi.sasaki@veridian-robotics.example")
    ishii = ("石井 浩二", "koji.ishii@veridian-robotics.example")
    greg = ("Greg Howell", "greg.howell@veridian-robotics.example")
    rie = ("松本 理恵", "rie.matsumoto@veridian-robotics.example")
    t = """森田 彩花 様

お世話になっております。
Veridian Robotics Japan 人事部の佐々木でございます。

先日は二次面接にお越しいただき、誠にありがとうございました。
ぜひ最終面接へお進みいただきたく、下記の通りご案内申し上げます。

■ポジション：Strategic Account Executive（製造業担当）
■日時：2026年5月13日（水）13:00〜15:15（12:50までに受付へお越しください）
■場所：東京都千代田区丸の内1-9-9 サンプルタワー 21階　Veridian Robotics Japan 受付
■当日の流れ
　13:00〜13:45　カントリーマネージャー　石井 浩二
　13:45〜14:30　VP of Sales, APAC　Greg Howell（シンガポールよりビデオ参加・英語）
　14:30〜14:45　休憩
　14:45〜15:15　人事部長　松本 理恵
■持ち物：ご本人確認のため、身分証明書をご持参ください

なお、カレンダーの招待は石井・松本より別途お送りいたします。
ご不明な点がございましたら、お気軽に私までご連絡ください。

何卒よろしくお願いいたします。

--
Veridian Robotics Japan株式会社
人事部　タレントアクイジション
佐々木 恵（Megumi Sasaki）
megumi.sasaki@veridian-robotics.example
"""
    b = "Apple-Mail=_4C2B7E19-8A0D-4F35-B6E1-93D7A0C5E218"
    h = [("Delivered-To", USER), ("Return-Path", f"<{megumi[1]}>"), ("From", addr(*megumi)),
         ("To", addr(USER_JA, USER)), ("Subject", hdr("【Veridian Robotics】最終面接のご案内（5月13日）")),
         ("Date", date(sent)), ("Message-ID", "<9F3A61C2-1B7E-4D08-A5C3-0E6B2D8F4A17@veridian-robotics.example>"),
         ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    eml1 = eml(h, multi("alternative", b, [leaf("text/plain; charset=utf-8", t, "quoted-printable"),
                                            leaf("text/html; charset=utf-8", to_html(t), "quoted-printable")]))
    inv_sent1, inv_sent2 = T(2026, 4, 30, 18, 2, 11), T(2026, 5, 1, 9, 40, 53)
    items = {"01-sasaki-saishu-mensetsu-annai.eml": eml1}
    for fname, org, s, e, summ, desc, atts, isent, seed, mid in [
        ("02-invite-ishii-howell.eml", ishii, s1, e1, "最終面接（1/2）森田 彩花様 - 石井 / Greg Howell",
         "最終面接の前半です（石井 13:00-13:45、Greg Howell 13:45-14:30、Greg はビデオ参加）。\n"
         "会場：丸の内オフィス 21F 会議室「Aoi」",
         [attendee(ishii[0], ishii[1], "ACCEPTED"), attendee(greg[0], greg[1], "ACCEPTED"),
          attendee(USER, USER), attendee(megumi[0], megumi[1], "ACCEPTED", role="OPT-PARTICIPANT")],
         inv_sent1, "8d41c07e2a95", "calendar-0b6f2e93-4c1a-47d5-8e2b-91f3a7c6d054"),
        ("03-invite-matsumoto.eml", rie, s3, e3, "最終面接（2/2）森田 彩花様 - 人事面接",
         "最終面接の後半（人事部長 松本）です。待遇・入社時期についてもお伺いします。\n会場：丸の内オフィス 21F 会議室「Aoi」",
         [attendee(rie[0], rie[1], "ACCEPTED"), attendee(USER, USER),
          attendee(megumi[0], megumi[1], "ACCEPTED", role="OPT-PARTICIPANT")],
         inv_sent2, "b37e50d9c1f2", "calendar-7e29a4d1-5f80-43bc-a6d7-2c18e9b0f365")]:
        uid = mid.split("-", 1)[1][:26].replace("-", "") + "@google.com"
        ic = google_ics(uid, s, e, "Asia/Tokyo", JST, VTZ_TOKYO_GOOGLE, summ, desc, org, atts,
                        created=isent, stamp=isent, location="東京都千代田区丸の内1-9-9 サンプルタワー 21F")
        wdc = JA_WD[s.weekday()]
        tx = f"""{org[0]}さんから次の予定に招待されました。

{summ}
{s.year}年{s.month}月{s.day}日（{wdc}曜日）⋅{s:%H:%M}～{e:%H:%M}
日本標準時 - 東京

場所
東京都千代田区丸の内1-9-9 サンプルタワー 21F

{desc}

主催者
{org[0]}
{org[1]}

ゲスト
""" + "\n".join(a.rsplit("mailto:", 1)[1] for a in atts) + f"""

{USER} の返信
はい https://calendar.google.com/calendar/event?action=RESPOND&eid={seed}&rst=1
いいえ https://calendar.google.com/calendar/event?action=RESPOND&eid={seed}&rst=2
未定 https://calendar.google.com/calendar/event?action=RESPOND&eid={seed}&rst=3

Google カレンダーからの招待状: https://calendar.google.com/calendar/
"""
        subj = f"招待: {summ} - {s.year}年{s.month}月{s.day}日 ({wdc}) {s:%H:%M}～{e:%H:%M} (JST) ({USER})"
        items[fname] = google_invite_eml(msgid=mid, sent=isent, organizer=org, subject=subj, text=tx,
                                         html_body=gmail_html(tx), ics_text=ic, boundary_seed=seed, to_line=USER)
    emails = [ishii[1], greg[1], rie[1]]
    case(slug, items, [iv("Veridian Robotics Japan", "Strategic Account Executive（製造業担当）", s1, e3,
                          "scheduled", emails, emails, "onsite")],
         "hard", "positive/onsite-loop",
         "最終面接 on one day: recruiter itinerary + two Google invites (13:00-14:30 and 14:45-15:15, 15-min "
         "break). One onsite 13:00-15:15 with all three interviewers; the recruiter is an optional guest only.")


def c07():
    slug = "b155-07-agency-two-companies-one-mail"
    a_s, a_e = T(2026, 4, 21, 10, 0), T(2026, 4, 21, 11, 0)
    b_s, b_e = T(2026, 4, 23, 18, 30), T(2026, 4, 23, 19, 30)
    wd(a_s, "火"); wd(b_s, "木")
    sent = T(2026, 4, 17, 12, 48, 30)
    sent2 = T(2026, 4, 20, 17, 5, 12)
    naoko = ("高橋 直子", "naoko.takahashi@brightpath-agent.example")
    t1 = """森田 彩花 様

いつもお世話になっております。ブライトパス・エージェントの高橋です。
先日ご調整いただいておりました2社につきまして、面接日程が確定いたしましたのでご連絡いたします。

① Larkspur Analytics株式会社
　ポジション：Account Executive（金融業界担当）
　選考：一次面接
　日時：4月21日（火）10:00〜11:00（日本時間）
　形式：Microsoft Teams（URLは企業様より前日までに送付されます）
　面接官：Japan Sales Manager　西村 様

② Nimbus Works合同会社
　ポジション：Partner Account Manager
　選考：二次面接
　日時：4月23日（木）18:30〜19:30（日本時間）
　場所：Nimbus Works 東京オフィス（渋谷区桜丘町9-9 サンプル渋谷ビル 8F）
　面接官：Head of Partnerships APAC　Liam O'Connor 様、Partner Sales Lead　原田 様
　※米国本社のLiam様がご来日中のため、対面での実施となります（英語・日本語）。

面接前日に改めてリマインドをお送りいたします。
ご不明点などございましたら、お気軽にご連絡くださいませ。

何卒よろしくお願いいたします。

――――――――――――――――――
株式会社ブライトパス・エージェント
外資系営業職専門チーム
高橋 直子
naoko.takahashi@brightpath-agent.example
03-5555-0311
――――――――――――――――――
"""
    t2 = """森田 様

お世話になっております。高橋です。
明日のLarkspur Analytics様の一次面接につきまして、企業様よりTeamsのURLが届きましたので共有いたします。

日時：4月21日（火）10:00〜11:00
Teams：https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1Yjc4ZTEtMGI2Zi00%40thread.v2/0
会議ID：432 118 905 227　パスコード：Lk7nQ2

西村様は元々日系大手SIer出身の方ですので、現職での大手製造業向けの提案経験は
具体的な数字を交えてお話しいただくのがよいかと存じます。

Nimbus Works様（23日）のリマインドは別途お送りいたします。
どうぞよろしくお願いいたします。

高橋

""" + "2026年4月17日(金) 12:48 高橋 直子 <naoko.takahashi@brightpath-agent.example>:\n" + quote(t1)
    wd(sent2, "月")
    m1 = "<TY3PR01MB10342A1C9E7F3B8D24E5C0A17D4A92@TY3PR01MB10342.jpnprd01.prod.outlook.com>"
    m2 = "<TY3PR01MB10342F08B3D6E2C9A41B7E05FD4A92@TY3PR01MB10342.jpnprd01.prod.outlook.com>"
    items = {}
    for name, s, t, mid, subj, extra in [
            ("01-brightpath-nittei-kakutei-2sha.eml", sent, t1, m1, "【ブライトパス】面接日程確定のご連絡（2社）", []),
            ("02-brightpath-larkspur-teams-url.eml", sent2, t2, m2,
             "RE: 【ブライトパス】面接日程確定のご連絡（2社）／Larkspur様 Teams URL",
             [("In-Reply-To", m1), ("References", m1)])]:
        b = "_000_" + mid[1:31] + "_"
        root = multi("alternative", b, [leaf('text/plain; charset="utf-8"', t, "base64"),
                                         leaf('text/html; charset="utf-8"', to_html(t), "quoted-printable")])
        headers = [("Delivered-To", USER), ("From", addr(*naoko)), ("To", addr(USER_JA, USER)),
                   ("Subject", hdr(subj)), ("Thread-Topic", hdr("面接日程確定のご連絡（2社）")),
                   ("Date", date(s)), ("Message-ID", mid), *extra,
                   ("Accept-Language", "ja-JP"), ("Content-Language", "ja-JP")]
        items[name] = eml(headers, root)
    case(slug, items, [
        iv("Larkspur Analytics", "Account Executive（金融業界担当）", a_s, a_e, "scheduled", [],
           [naoko[1]], "hiring_manager"),
        iv("Nimbus Works", "Partner Account Manager", b_s, b_e, "scheduled", [], [naoko[1]], "onsite")],
         "hard", "positive/two-interviews",
         "One agency mail confirms two interviews at two different companies (years not written; dates "
         "resolved against the 2026-04-17 Date). A follow-up with the Teams URL repeats the first one "
         "(dedupe). No interviewer addresses; follow-up is the consultant for both. Nimbus Works round has "
         "two interviewers => onsite.")


def c08():
    slug = "b155-08-teams-invite-then-cancel"
    start, end = T(2026, 4, 28, 15, 0), T(2026, 4, 28, 16, 0)
    wd(start, "火")
    s1, s2 = T(2026, 4, 14, 2, 20, 18, UTC), T(2026, 4, 20, 8, 2, 51, UTC)
    yukari = ("渡辺 ゆかり", "yukari.watanabe@fenwick-med.example")
    kevin = ("Kevin Doyle", "kevin.doyle@fenwick-med.example")
    subj = "面接：森田 彩花様 / Key Account Manager（一次面接）"
    footer = TEAMS_FOOTER.format(mid="ZjA4MmM3NDEtYjI5Ni00ZTMxLWE4", tid="5e1d0c3a-7b42-4f8e-9d61-2a0c7e4b9f13",
                                 meeting_id="418 227 093 615", passcode="Xb3qT9")
    when = "日時: 2026年4月28日火曜日 15:00-16:00 (UTC+09:00) 大阪、札幌、東京\n場所: Microsoft Teams 会議\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    t1 = when + """森田 彩花 様

Fenwick Medical Japan 人事部の渡辺でございます。
この度は Key Account Manager（大学病院担当）ポジションにご応募いただき、誠にありがとうございます。
一次面接を下記の通りご案内いたします。

面接官：Sales Director, Japan　Kevin Doyle（英語での面接となります）
所要時間：60分
形式：Microsoft Teams（下記リンクよりご参加ください）

なお、私は日程調整のみ担当しており、当日は同席いたしません。
ご不明な点がございましたら、本メールへご返信ください。

渡辺 ゆかり
Fenwick Medical Japan株式会社　人事部

""" + footer
    t2 = when + """森田 彩花 様

Fenwick Medical Japan 人事部の渡辺でございます。

大変申し訳ございませんが、本ポジションの採用計画見直しに伴い、
4月28日（火）15:00より予定しておりました一次面接を中止させていただくこととなりました。
日程をご調整いただいたにもかかわらず、このようなご連絡となり誠に申し訳ございません。

今後、改めてポジションがオープンとなった際には、ご連絡させていただけますと幸いです。

渡辺 ゆかり
"""
    uid = "040000008200E00074C5B7101A82E00800000000D4F1E0A27ACBDC01000000000000000010000000A3C95E41B7F20D4C8E6193A0B2D7C544"
    atts = [attendee(USER_JA, USER, google=False), attendee(kevin[0], kevin[1], google=False)]
    ics1 = outlook_ics(method="REQUEST", uid=uid, seq=0, start=start, end=end, summary=subj, description=t1,
                       organizer=yukari, attendees=atts, stamp=s1)
    ics2 = outlook_ics(method="CANCEL", uid=uid, seq=1, start=start, end=end, summary="キャンセル済み: " + subj,
                       description=t2, organizer=yukari, attendees=atts, stamp=s2, status="CANCELLED", busy="FREE")
    e1 = outlook_invite_eml(msgid="OS3PR01MB8419A2F0D7C13E6B5A9D4E27C1B42", sent=s1, sender=yukari,
                            to=[(USER_JA, USER), kevin], cc=[], subject=subj, text=t1, ics_text=ics1,
                            boundary="_000_OS3PR01MB8419A2F0D7C13E6B5A9D_", thread_index="AdzLu3Jv8A1qH0ZPTWmA6rD5b3kq9Q==")
    e2 = outlook_invite_eml(msgid="OS3PR01MB8419F61B2C0D94A7E83C5B10D2A77", sent=s2, sender=yukari,
                            to=[(USER_JA, USER), kevin], cc=[], subject="キャンセル済み: " + subj, text=t2,
                            ics_text=ics2, boundary="_000_OS3PR01MB8419F61B2C0D94A7E83C_",
                            thread_index="AdzLu3Jv8A1qH0ZPTWmA6rD5b3kq9QDQkLp2", method="CANCEL",
                            extra_headers=[("Importance", "high"), ("X-Priority", "1")])
    items = {"01-outlook-ichiji-invite.eml": e1, "02-outlook-cancel.eml": e2}
    case(slug, items, [iv("Fenwick Medical Japan", "Key Account Manager（大学病院担当）", start, end, "cancelled",
                          [kevin[1]], [kevin[1]], "hiring_manager")],
         "medium", "cancellation/outlook-method-cancel",
         "Exchange/Teams invite with Windows TZID 'Tokyo Standard Time', then METHOD:CANCEL / STATUS:CANCELLED "
         "(same UID, SEQUENCE 1) because the requisition was put on hold. Kept as cancelled at 4/28 15:00 JST. "
         "HR organizer says she will not attend; the Sales Director conducts it.")


def c09():
    slug = "b155-09-candidate-withdraws-via-agency"
    start, end = T(2026, 4, 15, 17, 0), T(2026, 4, 15, 18, 0)
    wd(start, "水")
    s1, s_ayaka, s2 = T(2026, 4, 8, 15, 10, 0), T(2026, 4, 13, 8, 47, 19), T(2026, 4, 13, 10, 12, 40)
    wd(s_ayaka, "月")
    sho = ("松井 翔", "sho.matsui@linkstaff-career.example")
    sig = """
--
株式会社リンクスタッフ・キャリア
IT・外資系営業チーム　コンサルタント
松井 翔（Sho Matsui）
sho.matsui@linkstaff-career.example
"""
    t1 = """森田 彩花 様

お世話になっております。リンクスタッフ・キャリアの松井です。
Quayside Logistics Software様の二次面接日程が確定いたしましたのでご案内いたします。

・ポジション：Senior Account Executive（物流・小売業界）
・選考：二次面接
・日時：2026年4月15日（水）17:00〜18:00（日本時間）
・形式：Zoom（URLは前日までにお送りいたします）
・面接官：VP of Sales, APAC　Olivia Brandt様（英語）

Olivia様はシドニー拠点のため、英語での面接となります。
事前に英語での自己紹介のご準備をおすすめいたします。

何卒よろしくお願いいたします。
""" + sig
    t_ayaka = """松井様

お世話になっております。森田です。

大変申し上げにくいのですが、他社様の選考が進んでおり、熟慮いたしました結果、
Quayside Logistics Software様の選考を辞退させていただきたく、ご連絡いたしました。

4月15日（水）の二次面接をご調整いただいたにもかかわらず、
直前のご連絡となってしまい、誠に申し訳ございません。
企業様にもよろしくお伝えいただけますと幸いです。

森田 彩花
"""
    t2 = """森田 様

お世話になっております。松井です。
ご丁寧にご連絡いただき、ありがとうございます。

承知いたしました。Quayside Logistics Software様には辞退の旨をお伝えし、
15日（水）17:00からの二次面接はキャンセルとさせていただきました。
企業様からも「またご縁があれば」とのお言葉をいただいております。

引き続き、他社様の選考につきましても全力でサポートさせていただきます。
""" + sig + "\n" + "2026/04/13 8:47、森田 彩花 <ayaka.morita@example.com> のメール:\n\n" + quote(t_ayaka)
    m1 = "<20260408061000.3F8A2C1D7E@mail.linkstaff-career.example>"
    m_a = "<B81D6E2F-0C47-4A9B-8E35-72F1C0D9A6B3@example.com>"
    m2 = "<20260413011240.9C4E7B2A05@mail.linkstaff-career.example>"
    subj = "【リンクスタッフ】Quayside Logistics Software様 二次面接日程確定のお知らせ"
    items = {}
    for name, s, t, mid, sj, extra in [
            ("01-linkstaff-niji-kakutei.eml", s1, t1, m1, subj, []),
            ("02-linkstaff-jitai-shouchi.eml", s2, t2, m2, "Re: " + subj,
             [("In-Reply-To", m_a), ("References", f"{m1} {m_a}")])]:
        headers = [("Delivered-To", USER), ("Return-Path", f"<{sho[1]}>"), ("From", addr(*sho)),
                   ("To", addr(USER_JA, USER)), ("Subject", hdr(sj)), ("Date", date(s)), ("Message-ID", mid),
                   *extra, ("X-Mailer", "Thunderbird 128.9.0")]
        items[name] = eml(headers, leaf("text/plain; charset=UTF-8; format=flowed", t, "base64"))
    case(slug, items, [iv("Quayside Logistics Software", "Senior Account Executive（物流・小売業界）", start, end,
                          "cancelled", [], [sho[1]], "hiring_manager")],
         "hard", "cancellation/candidate-withdrawal",
         "Agency confirms 二次面接 4/15 17:00 JST; Ayaka withdraws (辞退) and the consultant confirms the "
         "interview was cancelled. Candidate withdrawal => status cancelled at the last scheduled time. "
         "Interviewer's address never appears; follow-up is the consultant.")


def c10():
    slug = "b155-10-calendly-screen-plus-gcal-event"
    start, end = T(2026, 4, 20, 10, 0), T(2026, 4, 20, 10, 30)
    wd(start, "Monday")
    s0 = T(2026, 4, 14, 16, 12, 45, SGT)
    s1 = T(2026, 4, 15, 0, 31, 2, UTC)
    hannah = ("Hannah Cole", "hannah.cole@tessellate.example")
    t0 = """Hi Ayaka,

Thanks for your interest in the Enterprise Account Executive – Japan role at Tessellate. I'm the APAC recruiter for the position (based in our Singapore office) and I'd love to set up an initial 30-minute recruiter screen.

Please grab any open slot that suits you here:
https://calendly.com/hannah-cole-tessellate/recruiter-screen

The page should show the times in your local time zone (JST).

Best,
Hannah

Hannah Cole
Senior Technical Recruiter, APAC | Tessellate
"""
    t1 = f"""Hi Ayaka Morita,

Your Recruiter Screen with Hannah Cole at 10:00am (Japan Standard Time) on Monday, April 20, 2026 is scheduled.

Event Type:
Recruiter Screen (30 min)

Host:
Hannah Cole

Invitee Email:
{USER}

Event Date/Time:
10:00am - 10:30am, Monday, April 20, 2026 (Japan Standard Time)

Location:
This is a Zoom web conference.
https://tessellate.zoom.us/j/96630418827?pwd=cGFzc3dvcmQxMjM0

Questions:
Which role are you interested in?
Enterprise Account Executive - Japan

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/4f2a9c1e-7b3d-4e85-a016-d9c2e5b8f374
Reschedule: https://calendly.com/reschedulings/4f2a9c1e-7b3d-4e85-a016-d9c2e5b8f374

Powered by Calendly.com
"""
    assert start.astimezone(SGT).hour == 9
    cal_ics = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"DTSTAMP:{utcstamp(s1)}", f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}",
        "SUMMARY:Recruiter Screen between Hannah Cole and Ayaka Morita",
        "UID:4f2a9c1e-7b3d-4e85-a016-d9c2e5b8f374@calendly.com",
        "DESCRIPTION:Event Name: Recruiter Screen\\n\\nLocation: This is a Zoom web conference.\\n"
        "https://tessellate.zoom.us/j/96630418827\\n\\nPowered by Calendly.com",
        "LOCATION:https://tessellate.zoom.us/j/96630418827",
        f"ORGANIZER;CN=Hannah Cole:mailto:{hannah[1]}",
        attendee("Ayaka Morita", USER, "ACCEPTED", rsvp="FALSE", google=False),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    b = "calendly_mime_7d1e4a0b92c6"
    root = multi("mixed", b, [
        multi("alternative", b + "_alt", [leaf("text/plain; charset=UTF-8", t1, "quoted-printable"),
                                           leaf("text/html; charset=UTF-8", gmail_html(t1), "quoted-printable")]),
        raw_leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"',
                 base64.encodebytes(cal_ics.encode()).decode(),
                 extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    e1 = eml([("Delivered-To", USER), ("Return-Path", "<bounces@mail.calendly.com>"),
              ("From", addr("Calendly", "notifications@calendly.com")),
              ("Reply-To", addr(*hannah)), ("To", addr(USER_EN, USER)),
              ("Subject", "Confirmed: Recruiter Screen with Hannah Cole on Monday, April 20, 2026"),
              ("Date", date(s1)), ("Message-ID", "<0100019d8f2a61c3-4f2a9c1e-7b3d-4e85-a016@email.calendly.com>")],
             root)
    e0 = eml([("Delivered-To", USER), ("Return-Path", f"<{hannah[1]}>"), ("From", addr(*hannah)),
              ("To", addr(USER_EN, USER)), ("Subject", "Tessellate - Enterprise AE (Japan): recruiter screen"),
              ("Date", date(s0)), ("Message-ID", "<CAH2xTq9vL0dKp3W+yR7sBn5fQm1ZcE8uJtA4gXo@mail.gmail.com>")],
             multi("alternative", "0000000000009b3e6a0649c1d2e7",
                   [leaf('text/plain; charset="UTF-8"', t0, "quoted-printable"),
                    leaf('text/html; charset="UTF-8"', gmail_html(t0), "quoted-printable")]))
    ev = {
        "kind": "calendar#event", "etag": "\"3541882460228000\"", "id": "4f2a9c1e7b3d4e85a016d9c2e5b8f374",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NGYyYTljMWU3YjNkNGU4NWEwMTZkOWMyZTViOGYzNzQgYXlha2E",
        "created": "2026-04-15T00:31:01.000Z", "updated": "2026-04-15T00:31:14.114Z",
        "summary": "Recruiter Screen between Hannah Cole and Ayaka Morita",
        "description": "Event Name: Recruiter Screen\n\nLocation: This is a Zoom web conference.\n"
                       "https://tessellate.zoom.us/j/96630418827?pwd=cGFzc3dvcmQxMjM0\n\n"
                       "Questions:\nWhich role are you interested in?\nEnterprise Account Executive - Japan\n\n"
                       "Need to make changes to this event?\n"
                       "Cancel: https://calendly.com/cancellations/4f2a9c1e-7b3d-4e85-a016-d9c2e5b8f374\n"
                       "Reschedule: https://calendly.com/reschedulings/4f2a9c1e-7b3d-4e85-a016-d9c2e5b8f374\n\n"
                       "Powered by Calendly.com",
        "location": "https://tessellate.zoom.us/j/96630418827",
        "creator": {"email": hannah[1], "displayName": hannah[0]},
        "organizer": {"email": hannah[1], "displayName": hannah[0]},
        "start": {"dateTime": start.astimezone(SGT).isoformat(), "timeZone": "Asia/Singapore"},
        "end": {"dateTime": end.astimezone(SGT).isoformat(), "timeZone": "Asia/Singapore"},
        "iCalUID": "4f2a9c1e-7b3d-4e85-a016-d9c2e5b8f374@calendly.com", "sequence": 0,
        "attendees": [
            {"email": hannah[1], "displayName": hannah[0], "organizer": True, "responseStatus": "accepted"},
            {"email": USER, "displayName": USER_EN, "self": True, "responseStatus": "accepted"}],
        "guestsCanInviteOthers": False, "privateCopy": False,
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    items = {"01-hannah-calendly-link.eml": e0, "02-calendly-new-event.eml": e1,
             "03-recruiter-screen.gcal.json": json.dumps(ev, ensure_ascii=False, indent=2) + "\n"}
    case(slug, items, [iv("Tessellate", "Enterprise Account Executive - Japan", start, end, "scheduled",
                          [hannah[1]], [hannah[1]], "phone_screen")],
         "medium", "positive/dedupe-scheduling-tool",
         "Recruiter sends a Calendly link (not yet an interview), Calendly confirms the booking (times in JST, "
         ".ics in UTC) and the Calendar API event carries the same slot as 09:00+08:00 (Singapore). ONE "
         "recruiter screen; the recruiter conducts it, so she is the interviewer.")


def c11():
    slug = "b155-11-standalone-ics-utc-panel"
    start, end = T(2026, 3, 24, 19, 0, tz=ET), T(2026, 3, 24, 20, 0, tz=ET)
    assert start.utcoffset() == timedelta(hours=-4)  # US DST began Mar 8
    sj = start.astimezone(JST)
    assert (sj.day, sj.hour) == (25, 8)
    wd(start, "Tuesday"); wd(sj, "Wednesday")
    stamp = T(2026, 3, 17, 21, 14, 5, UTC)
    desc = """Hi Ayaka,

This is your panel interview for the Account Executive, Japan (Financial Services) role at Alder & Finch.

Panel:
- Sarah Klein, VP Sales, APAC & Japan
- Tom Reyes, Sales Engineering Lead

Your time: Wednesday, March 25, 2026, 8:00–9:00 AM JST
Our time: Tuesday, March 24, 2026, 7:00–8:00 PM EDT

Format: 10 min intros, 35 min discovery role-play (Sarah plays the buyer), 15 min your questions.

Questions or need to reschedule? Contact your coordinator Nora Patel (nora.patel@alderfinch.example).

Video: https://alderfinch.zoom.us/j/98120375514"""
    text = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Alder & Finch//Interview Scheduler 3.2//EN", "VERSION:2.0",
        "METHOD:REQUEST", "BEGIN:VEVENT",
        "UID:af-loop-20260324-0007c3e1@alderfinch.example", "SEQUENCE:0", f"DTSTAMP:{utcstamp(stamp)}",
        f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}",
        "SUMMARY:Alder & Finch | Panel Interview | Ayaka Morita",
        f"DESCRIPTION:{ics_esc(desc)}", "LOCATION:https://alderfinch.zoom.us/j/98120375514",
        "ORGANIZER;CN=Alder & Finch Recruiting:mailto:interviews@alderfinch.example",
        attendee("Ayaka Morita", USER, google=False),
        attendee("Sarah Klein", "sarah.klein@alderfinch.example", "ACCEPTED", google=False),
        attendee("Tom Reyes", "tom.reyes@alderfinch.example", "ACCEPTED", google=False),
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    items = {"01-alder-finch-panel.ics": text}
    ivs = ["sarah.klein@alderfinch.example", "tom.reyes@alderfinch.example"]
    case(slug, items, [iv("Alder & Finch", "Account Executive, Japan (Financial Services)", sj, end.astimezone(JST),
                          "scheduled", ivs, ivs, "onsite")],
         "medium", "positive/standalone-ics-utc",
         "Standalone .ics with UTC DTSTART (23:00Z); description gives both JST (Wed 8:00) and EDT (Tue 19:00, "
         "after US DST on Mar 8). Organizer is a group scheduling mailbox; two panelists => onsite.")


def c12():
    slug = "b155-12-casual-mendan-is-selection-step"
    sent = T(2026, 5, 13, 16, 40, 22)
    wd(sent, "水")
    start = sent + timedelta(days=(1 - sent.weekday()) % 7 + 7 * ((1 - sent.weekday()) % 7 == 0))
    start = start.replace(hour=12, minute=0, second=0)
    # 来週火曜日 seen from Wednesday 5/13 = Tuesday 5/19
    assert start.date().isoformat() == "2026-05-19"
    wd(start, "火")
    end = start + timedelta(minutes=30)
    taku = ("吉田 拓也", "takuya.yoshida@sable-networks.example")
    t = """森田 彩花 様

お世話になっております。Sable Networks Japan 採用担当の吉田でございます。
LinkedInにてご返信いただき、誠にありがとうございました。

ご提示いただいた候補日のうち、来週火曜日の12:00〜12:30でカジュアル面談を設定させていただきました。
Google Meet：https://meet.google.com/sbl-kwpe-tzn

なお、弊社ではカジュアル面談を選考プロセスの第一ステップとして位置づけております。
当日の内容をもとに、一次面接（Regional Sales Director）へお進みいただくかを判断させていただきますので、
簡単な自己紹介と、転職をお考えの理由をお聞かせいただけますと幸いです。

対象ポジション：Account Executive, Mid-Market (Japan)

当日は私、吉田がお話しさせていただきます。
何卒よろしくお願いいたします。

━━━━━━━━━━━━━━━━
Sable Networks Japan合同会社
Talent Acquisition　吉田 拓也
takuya.yoshida@sable-networks.example
━━━━━━━━━━━━━━━━
"""
    headers = [("Delivered-To", USER), ("Return-Path", f"<{taku[1]}>"), ("From", addr(*taku)),
               ("To", addr(USER_JA, USER)), ("Subject", hdr("カジュアル面談のご案内（Sable Networks）")),
               ("Date", date(sent)), ("Message-ID", "<CAM5pR2vXw8+oQk1TbL3nY7dF0aZe6HjUc4iSgK9@mail.gmail.com>")]
    root = multi("alternative", "000000000000e41c7b0652a3f918",
                 [leaf('text/plain; charset="UTF-8"', t, "base64"),
                  leaf('text/html; charset="UTF-8"', gmail_html(t), "base64")])
    items = {"01-sable-casual-mendan.eml": eml(headers, root)}
    case(slug, items, [iv("Sable Networks Japan", "Account Executive, Mid-Market (Japan)", start, end, "scheduled",
                          [taku[1]], [taku[1]], "other")],
         "hard", "positive/coffee-chat-selection-step",
         "カジュアル面談 explicitly described as the first step of the selection process (its outcome decides "
         "the 一次面接), so it counts as an interview per the coffee-chat rule. Date only as 来週火曜日 12:00, "
         "resolved against Wed 2026-05-13 => Tue 2026-05-19. The recruiter conducts it.")


def c13():
    slug = "b155-13-google-invite-moved-by-email"
    old_s, old_e = T(2026, 4, 21, 14, 0), T(2026, 4, 21, 15, 0)
    start, end = T(2026, 4, 23, 14, 0), T(2026, 4, 23, 15, 0)
    wd(old_s, "火"); wd(start, "木")
    s_inv, s2, s_ayaka, s4 = (T(2026, 4, 15, 10, 2, 11), T(2026, 4, 17, 18, 5, 30), T(2026, 4, 17, 21, 16, 2),
                              T(2026, 4, 20, 9, 31, 48))
    wd(s2, "金")
    kondo = ("近藤 亮", "ryo.kondo@marlowe-cloud.example")
    miura = ("三浦 彩", "aya.miura@marlowe-cloud.example")
    summ = "【二次面接】森田 彩花様 / Marlowe Cloud（Account Executive, Public Sector）"
    desc = "Account Executive（Public Sector）ポジションの二次面接です。面接官：近藤（Sales Director）\nGoogle Meet: https://meet.google.com/mcl-vzxr-qha"
    ic = google_ics("2q8v0r7kd3m1fj4a9s6tbh5c2e@google.com", old_s, old_e, "Asia/Tokyo", JST, VTZ_TOKYO_GOOGLE,
                    summ, desc, kondo,
                    [attendee(kondo[0], kondo[1], "ACCEPTED"), attendee(USER, USER),
                     attendee(miura[0], miura[1], "ACCEPTED", role="OPT-PARTICIPANT")],
                    created=s_inv, stamp=s_inv, location="https://meet.google.com/mcl-vzxr-qha")
    tx = f"""近藤 亮さんから次の予定に招待されました。

{summ}
2026年4月21日（火曜日）⋅14:00～15:00
日本標準時 - 東京

Google Meet に参加
https://meet.google.com/mcl-vzxr-qha

{desc}

主催者
近藤 亮
{kondo[1]}

ゲスト
{kondo[1]}
{USER}
{miura[1]}（任意）

Google カレンダーからの招待状: https://calendar.google.com/calendar/
"""
    e1 = google_invite_eml(msgid="calendar-91c4e07a-3b25-4d6f-8e10-5a7f2d9c3b86", sent=s_inv, organizer=kondo,
                           subject=f"招待: {summ} - 2026年4月21日 (火) 14:00～15:00 (JST) ({USER})",
                           text=tx, html_body=gmail_html(tx), ics_text=ic, boundary_seed="2a7c0e91f4d3", to_line=USER)
    sig = "\n--\nMarlowe Cloud株式会社　Talent Acquisition\n三浦 彩（Aya Miura）\naya.miura@marlowe-cloud.example\n"
    t2 = """森田 彩花 様

お世話になっております。Marlowe Cloud 採用担当の三浦でございます。

4月21日（火）14:00より予定しておりました二次面接につきまして、
面接官の近藤に急な出張が入ってしまい、大変恐縮ではございますが、
来週木曜日（4月23日）の同じ時間帯、14:00〜15:00に変更させていただくことは可能でしょうか。

こちらの都合で誠に申し訳ございません。ご検討のほど、何卒よろしくお願いいたします。
""" + sig
    t_ayaka = """三浦様

お世話になっております。森田です。
ご連絡いただきありがとうございます。
23日（木）14:00〜15:00にて問題ございません。どうぞよろしくお願いいたします。

森田 彩花
"""
    t4 = """森田 彩花 様

ご調整いただき、誠にありがとうございます。
それでは、二次面接は4月23日（木）14:00〜15:00にて確定とさせていただきます。
Google Meetのリンクに変更はございません。カレンダーの招待は近藤より改めて更新いたします。

当日はどうぞよろしくお願いいたします。
""" + sig + "\n2026年4月17日(金) 21:16 森田 彩花 <ayaka.morita@example.com>:\n" + quote(
        t_ayaka + "\n2026年4月17日(金) 18:05 三浦 彩 <aya.miura@marlowe-cloud.example>:\n" + quote(t2))
    wd(s4, "月")
    m2 = "<CAK1aMi3x0pQ7+Zr9vT2bN4cWf8eYd5LsGh6jUo@mail.gmail.com>"
    m_a = "<7C0E3B9A-51D2-4F86-B0A7-3E9D2C6F1A48@example.com>"
    m4 = "<CAK1aMi0tR5wE+3kY8nV1mB6qXc2zHf9LdPs4Ja@mail.gmail.com>"
    items = {"01-google-invite-niji.eml": e1}
    for name, s, t, mid, sj, extra in [
            ("02-miura-henko-onegai.eml", s2, t2, m2, "二次面接日程変更のお願い（Marlowe Cloud）", []),
            ("03-miura-henko-kakutei.eml", s4, t4, m4, "Re: 二次面接日程変更のお願い（Marlowe Cloud）",
             [("In-Reply-To", m_a), ("References", f"{m2} {m_a}")])]:
        headers = [("Delivered-To", USER), ("Return-Path", f"<{miura[1]}>"), ("From", addr(*miura)),
                   ("To", addr(USER_JA, USER)), ("Cc", addr(*kondo)), ("Subject", hdr(sj)), ("Date", date(s)),
                   ("Message-ID", mid), *extra]
        root = multi("alternative", "000000000000" + mid[4:20].replace("+", "0").lower(),
                     [leaf('text/plain; charset="UTF-8"', t, "base64"),
                      leaf('text/html; charset="UTF-8"', gmail_html(t), "quoted-printable")])
        items[name] = eml(headers, root)
    case(slug, items, [iv("Marlowe Cloud", "Account Executive, Public Sector", start, end, "scheduled",
                          [kondo[1]], [kondo[1]], "hiring_manager")],
         "hard", "positive/reschedule-by-email",
         "Google invite for 4/21 14:00; recruiter asks to move to 来週木曜日（4月23日）14:00-15:00 and "
         "confirms after Ayaka agrees (quoted). No updated invite arrives: final time comes from e-mail. "
         "Interviewer is the Sales Director (organizer); the recruiter is an optional guest only.")


# ============================================================================ negatives
def simple_mail(*, sender, subject, sent, msgid, text, reply_to=None, to=None, extra=(), cte="base64",
                html_too=True, attachments=(), boundary="b155_boundary", return_path=None):
    parts = [leaf('text/plain; charset="UTF-8"', text, cte)]
    if html_too:
        parts.append(leaf('text/html; charset="UTF-8"', to_html(text), cte))
    root = multi("alternative", boundary + "_alt", parts) if html_too else parts[0]
    if attachments:
        root = multi("mixed", boundary, [root, *attachments])
    headers = [("Delivered-To", USER), ("Return-Path", f"<{return_path or sender[1]}>"), ("From", addr(*sender))]
    if reply_to:
        headers.append(("Reply-To", addr(*reply_to)))
    headers += [("To", to or addr(USER_JA, USER)), ("Subject", hdr(subject)), ("Date", date(sent)),
                ("Message-ID", msgid), *extra]
    return eml(headers, root)


def ics_attachment(text, name="invite.ics", method="REQUEST"):
    return raw_leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{name}"',
                    base64.encodebytes(text.encode()).decode(),
                    extra=[f'Content-Disposition: attachment; filename="{name}"'])


def c14():
    slug = "b155-14-casual-mendan-not-selection"
    start, end = T(2026, 5, 22, 17, 0), T(2026, 5, 22, 17, 30)
    wd(start, "金")
    s1, s2 = T(2026, 5, 18, 11, 20, 4), T(2026, 5, 18, 11, 26, 37)
    miho = ("竹内 美穂", "miho.takeuchi@orbis-travel.example")
    sato = ("Daniel Sato", "daniel.sato@orbis-travel.example")
    t1 = """森田 彩花 様

Orbis Travel Tech 採用担当の竹内です。
先日はLinkedInでのメッセージにご返信いただき、ありがとうございました。

ご都合を伺っておりましたカジュアル面談ですが、下記で設定させていただきました。

日時：2026年5月22日（金）17:00〜17:30
形式：Google Meet（カレンダー招待をお送りします）
参加者：弊社 Enterprise Sales Manager　Daniel Sato、竹内

改めてのご案内となりますが、本面談は選考ではございません。
合否はなく、履歴書・職務経歴書のご準備も不要です。
弊社の法人営業組織や日本市場での事業展開について、ざっくばらんにお話しできればと思います。
お話ししてみてご興味をお持ちいただけた場合は、後日あらためて正式な選考
（書類選考・面接）のご案内をさせていただきます。

お気軽にご参加ください。

竹内 美穂
Orbis Travel Tech株式会社　Talent Acquisition
"""
    e1 = simple_mail(sender=miho, subject="カジュアル面談の日程について（Orbis Travel Tech）", sent=s1,
                     msgid="<CAN8qT4e1Wb+Xk2pLz9vR6dHs0Yf3mGj5cA7uEo@mail.gmail.com>", text=t1,
                     boundary="000000000000c9a2f40652b81e73")
    summ = "カジュアル面談（選考ではありません）：森田様 × Orbis Travel Tech"
    desc = "選考ではなく、相互理解のためのカジュアルな場です。履歴書等のご準備は不要です。\nGoogle Meet: https://meet.google.com/obt-qnfa-wze"
    ic = google_ics("6t1r9k4m2qv8jd0c7a3n5bs1hf@google.com", start, end, "Asia/Tokyo", JST, VTZ_TOKYO_GOOGLE, summ,
                    desc, miho, [attendee(miho[0], miho[1], "ACCEPTED"), attendee(sato[0], sato[1], "ACCEPTED"),
                                 attendee(USER, USER)],
                    created=s2, stamp=s2, location="https://meet.google.com/obt-qnfa-wze")
    tx = f"""竹内 美穂さんから次の予定に招待されました。

{summ}
2026年5月22日（金曜日）⋅17:00～17:30
日本標準時 - 東京

Google Meet に参加
https://meet.google.com/obt-qnfa-wze

{desc}

主催者
竹内 美穂
{miho[1]}

ゲスト
{miho[1]}
{sato[1]}
{USER}

Google カレンダーからの招待状: https://calendar.google.com/calendar/
"""
    e2 = google_invite_eml(msgid="calendar-3d8e1f02-6a47-4c9b-b5e3-0f72a1d8c964", sent=s2, organizer=miho,
                           subject=f"招待: {summ} - 2026年5月22日 (金) 17:00～17:30 (JST) ({USER})", text=tx,
                           html_body=gmail_html(tx), ics_text=ic, boundary_seed="7e0b3d51a9c2", to_line=USER)
    case(slug, {"01-takeuchi-casual-mendan.eml": e1, "02-google-invite-casual-mendan.eml": e2}, [],
         "hard", "negative/casual-mendan-not-selection",
         "カジュアル面談 explicitly labelled 'not a selection step' (no pass/fail; a formal selection with "
         "interviews would be offered later). The coffee-chat rule only counts chats that are explicitly a process "
         "step, so this is not an interview despite the Google invite and a sales manager attending.")


def c15():
    slug = "b155-15-kaisha-setsumeikai-webinar"
    start, end = T(2026, 4, 18, 11, 0), T(2026, 4, 18, 12, 0)
    wd(start, "土")
    sent = T(2026, 4, 11, 9, 0, 12)
    t = """森田 彩花 様

この度は、Corliss Software株式会社 オンライン会社説明会にお申し込みいただき、
誠にありがとうございます。下記の通りご予約が確定いたしましたのでお知らせいたします。

■イベント名：【中途採用】Corliss Software オンライン会社説明会（営業職）
■日時：2026年4月18日（土）11:00〜12:00
■形式：Zoomウェビナー（カメラ・マイクはオフのままでご参加いただけます）
■参加URL：https://zoom.us/w/98311402266?tk=Yy1Bb2JhQWx0aW5nLkNvcmxpc3M
■内容：
　・会社概要、日本法人の事業戦略（日本法人代表）
　・営業組織のご紹介、1日の働き方（エンタープライズ営業マネージャー）
　・Q&A

説明会終了後、選考（書類選考・面接）をご希望の方には、エントリーフォームをご案内いたします。
本説明会は選考とは関係ございませんので、お気軽にご参加ください。

カレンダー登録用のファイルを添付しております。

Corliss Software株式会社　採用チーム
※本メールは送信専用アドレスから送信しております。
Powered by HRMOS採用
"""
    ic = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//BizReach//HRMOS Recruiting//JA", "METHOD:PUBLISH",
              "BEGIN:VEVENT", "UID:hrmos-event-5520913-0418@hrmos.co", f"DTSTAMP:{utcstamp(sent)}",
              f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}",
              "SUMMARY:" + ics_esc("【Corliss Software】オンライン会社説明会（営業職）"),
              "DESCRIPTION:" + ics_esc("Zoomウェビナー: https://zoom.us/w/98311402266"),
              "LOCATION:https://zoom.us/w/98311402266", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
              "END:VCALENDAR"])
    e = simple_mail(sender=("Corliss Software 採用チーム", "noreply@hrmos.co"),
                    subject="【Corliss Software】オンライン会社説明会 ご予約確定のお知らせ", sent=sent,
                    msgid="<hrmos-evt-5520913-20260411090012@mail.hrmos.co>", text=t,
                    attachments=[ics_attachment(ic, "setsumeikai.ics", "PUBLISH")],
                    boundary="----==_mimepart_hrmos_e7d21f", return_path="bounce-e7d21f@mail.hrmos.co")
    case(slug, {"01-hrmos-setsumeikai-yoyaku.eml": e}, [], "medium", "negative/info-session",
         "Online 会社説明会 (company info session webinar) booked through HRMOS with an .ics; mentions 面接 and "
         "選考 but explicitly is not part of selection. Not an interview.")


def c16():
    slug = "b155-16-naiteisha-konshinkai"
    start, end = T(2026, 5, 29, 19, 0), T(2026, 5, 29, 21, 0)
    wd(start, "金")
    sent = T(2026, 5, 11, 14, 22, 9)
    sugi = ("杉山 千尋", "chihiro.sugiyama@pennant-soft.example")
    t = """森田 彩花 様

お世話になっております。Pennant Software 人事部の杉山です。
先日は内定承諾のご連絡をいただき、誠にありがとうございました。

6月にご入社予定の皆さまをお招きし、内定者懇親会を下記の通り開催いたします。

日時：2026年5月29日（金）19:00〜21:00
場所：恵比寿「ビストロ・サンプル」（渋谷区恵比寿西9-9-9）
参加者：6月入社予定の方 4名、営業本部 本部長 西田、人事部

最終面接でお会いした西田も参加いたします。選考や評価とは一切関係のない顔合わせの場ですので、
どうぞ肩の力を抜いてお越しください。服装は自由です。
カレンダーに招待をお送りしましたので、出欠をご回答いただけますと幸いです。

杉山 千尋
Pennant Software株式会社　人事部
"""
    e = simple_mail(sender=sugi, subject="【Pennant Software】内定者懇親会のご案内（5/29）", sent=sent,
                    msgid="<TYWPR01MB9982C0B7E4A21F3D65A8E93BD5C11@TYWPR01MB9982.jpnprd01.prod.outlook.com>",
                    text=t, boundary="_000_TYWPR01MB9982C0B7E4A21F3D65A8_")
    ev = {
        "kind": "calendar#event", "etag": "\"3544210913572000\"", "id": "1o7kq3vd9t2m5c8a0rj4fh6sbn",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=MW83a3Ezdmq5dDJtNWM4YTByajRmaDZzYm4gYXlha2E",
        "created": "2026-05-11T05:24:31.000Z", "updated": "2026-05-11T05:24:56.786Z",
        "summary": "内定者懇親会（2026年6月入社）",
        "description": "6月入社予定の皆さまの顔合わせです。選考とは関係ございません。\n場所：ビストロ・サンプル（恵比寿）",
        "location": "ビストロ・サンプル, 東京都渋谷区恵比寿西9-9-9",
        "creator": {"email": sugi[1], "displayName": sugi[0]},
        "organizer": {"email": sugi[1], "displayName": sugi[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Asia/Tokyo"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Asia/Tokyo"},
        "iCalUID": "1o7kq3vd9t2m5c8a0rj4fh6sbn@google.com", "sequence": 0,
        "attendees": [
            {"email": sugi[1], "displayName": sugi[0], "organizer": True, "responseStatus": "accepted"},
            {"email": "hiroshi.nishida@pennant-soft.example", "displayName": "西田 浩", "responseStatus": "accepted"},
            {"email": "newjoiners-2026jun@pennant-soft.example", "displayName": "2026年6月入社者", "responseStatus": "needsAction"},
            {"email": USER, "displayName": USER_JA, "self": True, "responseStatus": "needsAction"}],
        "guestsCanSeeOtherGuests": True, "reminders": {"useDefault": True}, "eventType": "default",
    }
    case(slug, {"01-sugiyama-konshinkai-annai.eml": e,
                "02-konshinkai.gcal.json": json.dumps(ev, ensure_ascii=False, indent=2) + "\n"}, [],
         "medium", "negative/offer-social",
         "内定者懇親会 (post-offer social dinner) by e-mail and Calendar API event; mentions the 最終面接 "
         "interviewer attending but is explicitly unrelated to selection. Not an interview.")


def c17():
    slug = "b155-17-kenkou-shindan-clinic"
    start, end = T(2026, 5, 25, 9, 0), T(2026, 5, 25, 11, 0)
    wd(start, "月")
    sent = T(2026, 5, 12, 10, 41, 55)
    clinic = ("みなとヘルスケアクリニック 予約センター", "yoyaku@minato-hc.example")
    t = """森田 彩花 様

この度は、みなとヘルスケアクリニックをご利用いただき、誠にありがとうございます。
下記の内容でご予約を承りました。

【ご予約内容】
健診コース：雇入時健康診断（労働安全衛生規則第43条）
日時　　　：2026年5月25日（月）9:00 受付（所要時間 約2時間）
場所　　　：みなとヘルスケアクリニック 3階 健診センター（港区芝浦9-9-9）
提出先　　：Pennant Software株式会社 様（診断書は後日ご自宅へ郵送いたします）

【検査項目】
身長・体重・腹囲／視力・聴力／血圧／胸部X線／血液検査／尿検査／心電図／医師による問診・診察

【ご来院にあたって】
・前日21時以降は絶食でお願いいたします（水・お茶は可）
・健康保険証またはマイナ保険証をお持ちください
・問診票は事前にWeb（https://minato-hc.example/monshin）でご入力いただけます

ご予約の変更・キャンセルは、前営業日の17時までにお電話（03-5555-0620）にてご連絡ください。

みなとヘルスケアクリニック 予約センター
"""
    ic = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Minato Healthcare Clinic//Reservation//JA",
              "METHOD:PUBLISH", *VTZ_TOKYO_GOOGLE, "BEGIN:VEVENT", "UID:rsv-20260525-0900-118342@minato-hc.example",
              f"DTSTAMP:{utcstamp(sent)}", f"DTSTART;TZID=Asia/Tokyo:{local(start, JST)}",
              f"DTEND;TZID=Asia/Tokyo:{local(end, JST)}",
              "SUMMARY:" + ics_esc("雇入時健康診断（みなとヘルスケアクリニック）"),
              "LOCATION:" + ics_esc("みなとヘルスケアクリニック 3F 健診センター"),
              "DESCRIPTION:" + ics_esc("9:00受付。前日21時以降絶食。保険証持参。"), "END:VEVENT", "END:VCALENDAR"])
    e = simple_mail(sender=clinic, subject="【ご予約確定】雇入時健康診断のご予約を承りました", sent=sent,
                    msgid="<rsv.118342.20260512014155@minato-hc.example>", text=t, html_too=False,
                    attachments=[ics_attachment(ic, "yoyaku.ics", "PUBLISH")], boundary="=_rsv_118342_b155")
    case(slug, {"01-clinic-kenshin-yoyaku.eml": e}, [], "easy", "negative/health-check",
         "Pre-employment health check (雇入時健康診断) reservation with .ics and a 医師による問診・診察; "
         "mentions the hiring company. Not an interview.")


def c18():
    slug = "b155-18-landlord-naiken"
    start = T(2026, 4, 25, 11, 0)
    wd(start, "土")
    sent = T(2026, 4, 22, 19, 3, 40)
    agent = ("ハーバー不動産 渋谷店 小川", "d.ogawa@harbor-fudosan.example")
    t = """森田 彩花 様

いつもお世話になっております。ハーバー不動産 渋谷店の小川でございます。
お問い合わせいただいておりました物件のご内見日時が確定いたしましたので、ご案内いたします。

■物件名：パークサイド代々木 502号室（1LDK／42.1㎡）
■ご内見日時：2026年4月25日（土）11:00〜（所要30分程度）
■待ち合わせ：JR代々木駅 西口改札前（私、小川がお迎えにあがります）

【お申込みをご検討の場合】
入居審査では、お勤め先・年収を確認させていただきます。
現在ご転職活動中とのことでしたので、内定通知書または雇用契約書の写しでも審査が可能です。
また、保証会社より本人確認のお電話（5分程度の簡単な面談）がございますので、ご承知おきください。

当日はどうぞよろしくお願いいたします。

--------------------------------
ハーバー不動産株式会社 渋谷店
小川 大輔
TEL：03-5555-0458
d.ogawa@harbor-fudosan.example
--------------------------------
"""
    e = simple_mail(sender=agent, subject="【ご内見日時確定】パークサイド代々木 502号室", sent=sent,
                    msgid="<20260422100340.71e3a9c0b5@harbor-fudosan.example>", text=t, html_too=False, cte="8bit")
    case(slug, {"01-harbor-naiken-kakutei.eml": e}, [], "medium", "negative/property-viewing",
         "Landlord/agent 内見 (apartment viewing) confirmation with 日時, mentions the job change, 内定通知書 and a "
         "guarantor 'interview' call. Not a job interview.")


def c19():
    slug = "b155-19-agency-mensetsu-taisaku-mock"
    start, end = T(2026, 4, 30, 19, 0), T(2026, 4, 30, 20, 0)
    wd(start, "木")
    sent = T(2026, 4, 27, 13, 15, 22)
    wd(sent, "月")
    ken = ("田中 健一", "kenichi.tanaka@linkstaff-career.example")
    t = """森田 彩花 様

いつも大変お世話になっております。リンクスタッフ・キャリアの田中でございます。

Brightline Cloud Japan様の一次面接の通過、誠におめでとうございます。
最終面接の日程は現在、企業様と調整中でございます（候補日が出そろい次第ご連絡いたします）。

つきましては、最終面接に向けた面接対策（模擬面接）を下記の通り実施させていただければと存じます。

日時：2026年4月30日（木）19:00〜20:00
形式：Zoom（https://zoom.us/j/81530927746）
内容：
　・想定質問への回答練習（私が面接官役を務めます）
　・APAC責任者との英語面接を想定した質疑応答の練習
　・逆質問の準備

カレンダー登録用の招待を添付いたしますので、ご活用ください。
何卒よろしくお願いいたします。

--
株式会社リンクスタッフ・キャリア
田中 健一（Kenichi Tanaka）
kenichi.tanaka@linkstaff-career.example
"""
    ic = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
              "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTAMP:{utcstamp(sent)}", f"DTSTART:{utcstamp(start)}",
              f"DTEND:{utcstamp(end)}", "SUMMARY:" + ics_esc("【面接対策】森田様 / Brightline Cloud Japan 最終面接に向けて"),
              "UID:20260427T041522Z-81530927746@fe80:0:0:0:a1b2:c3ff:fe04:d5e6ens5",
              "TZID:Asia/Tokyo", "DESCRIPTION:" + ics_esc("田中 健一 is inviting you to a scheduled Zoom meeting.\n\n"
                                                          "Join Zoom Meeting\nhttps://zoom.us/j/81530927746"),
              "LOCATION:https://zoom.us/j/81530927746", f"ORGANIZER;CN=田中 健一:mailto:{ken[1]}",
              attendee(USER_JA, USER, google=False), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    e = simple_mail(sender=ken, subject="【リンクスタッフ】Brightline Cloud Japan様 最終面接に向けた面接対策のご案内",
                    sent=sent, msgid="<001a01dcd5f3$2b7e91c0$82bbb540$@linkstaff-career.example>", text=t,
                    attachments=[ics_attachment(ic, "zoom_mtg.ics")], boundary="----=_NextPart_000_001B_01DCD5F3.2B7E91C0",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    case(slug, {"01-linkstaff-mensetsu-taisaku.eml": e}, [], "hard", "negative/mock-interview",
         "Agency 面接対策 (mock interview, the consultant plays the interviewer) with a Zoom .ics. The real "
         "最終面接 is still being scheduled (no time given), so nothing in the case is a booked job interview.")


def c20():
    slug = "b155-20-forwarded-mensetsukan-irai"
    start, end = T(2026, 4, 16, 16, 0), T(2026, 4, 16, 17, 0)
    wd(start, "木")
    s_orig = T(2026, 4, 9, 10, 30, 0)
    s_fwd = T(2026, 4, 9, 12, 14, 37)
    wd(s_orig, "木")
    ishida = ("石田 健太", "k.ishida@minato-data.example")
    work = ("森田 彩花", "a.morita@minato-data.example")
    orig = """森田さん

お疲れ様です。人事部 採用グループの石田です。
法人営業部の中途採用につきまして、一次面接の面接官をお願いできますでしょうか。

日時：2026年4月16日（木）16:00〜17:00
場所：本社 12F 会議室C
候補者：上野 誠 様（法人営業経験5年／履歴書・職務経歴書は共有フォルダに格納済みです）
面接官：森田さん、法人営業部 課長 佐伯さん

面接後、評価シートへのご記入をお願いいたします。
ご多忙のところ恐縮ですが、よろしくお願いいたします。

石田
"""
    t = """（自分用メモ：木曜16時は面接官。評価シート忘れずに）

-----Original Message-----
From: 石田 健太 <k.ishida@minato-data.example>
Sent: Thursday, April 9, 2026 10:30 AM
To: 森田 彩花 <a.morita@minato-data.example>; 佐伯 学 <m.saeki@minato-data.example>
Subject: 【面接官ご依頼】中途採用 一次面接（法人営業）候補者：上野 様
When: 2026年4月16日木曜日 16:00-17:00 (UTC+09:00) 大阪、札幌、東京.
Where: 本社 12F 会議室C

""" + orig
    ic = outlook_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E008000000005E2A91B0C0C7DC0100000000000000001000000071D0E4A9F2B35C4B8A6E0D13C9F74B22",
                     seq=0, start=start, end=end, summary="【面接官ご依頼】中途採用 一次面接（法人営業）候補者：上野 様",
                     description=orig, organizer=ishida,
                     attendees=[attendee(work[0], work[1], google=False),
                                attendee("佐伯 学", "m.saeki@minato-data.example", google=False)],
                     stamp=s_orig, location="本社 12F 会議室C")
    e = outlook_invite_eml(msgid="TYCPR01MB11842E0A3B7C6D5F1E2A9B4C8D0E17", sent=s_fwd, sender=work,
                           to=[(USER_JA, USER)], cc=[], subject="FW: 【面接官ご依頼】中途採用 一次面接（法人営業）候補者：上野 様",
                           text=t, ics_text=ic, boundary="_000_TYCPR01MB11842E0A3B7C6D5F1E2_",
                           thread_index="AdzHw9fZ3Q1mN2kTRoC7pV0sHb5Yxg==")
    case(slug, {"01-fw-mensetsukan-irai.eml": e}, [], "hard", "negative/user-is-interviewer",
         "Ayaka forwards from her current (Japanese) employer's account to her personal mailbox an Outlook "
         "request to sit on a hiring panel as the interviewer (面接官). She is not the candidate: not an interview.")


def c21():
    slug = "b155-21-greenhouse-availability-request"
    sent = T(2026, 4, 21, 8, 5, 19, PT)
    wd(T(2026, 4, 27), "Monday")
    assert T(2026, 4, 27, 16, 0, tz=PT).astimezone(JST).hour == 8
    carly = ("Carly Jensen", "carly.jensen@brackenridge.example")
    t = """Hi Ayaka,

Great news — the team would like to move you forward for the Enterprise Account Executive, Japan role!

The next step is a 45-minute video interview with Ethan Ruiz, our VP of Sales, APJ. Could you please submit your availability for the week of April 27 using the link below? Ethan is based in Seattle, so the best overlap is usually 8:00–10:00 AM JST (4:00–6:00 PM PDT the previous day). Please note that April 29 is a public holiday in Japan — feel free to leave it out.

Submit your availability:
https://app.greenhouse.io/availability/c41d7b2e9a0f?token=Rk9YdGVzdC1hdmFpbGFiaWxpdHk

Once we receive your times, I'll send a calendar invitation with a Zoom link.

Thanks,
Carly Jensen
Recruiting Coordinator | Brackenridge Systems
"""
    e = simple_mail(sender=("Brackenridge Systems", "no-reply@greenhouse.io"), reply_to=carly,
                    subject="Brackenridge Systems: please share your availability (Enterprise AE, Japan)", sent=sent,
                    msgid="<gh.availability.c41d7b2e9a0f.20260421150519@greenhouse.io>", text=t,
                    to=addr(USER_EN, USER), cte="quoted-printable", boundary="gh_avail_c41d7b2e9a0f",
                    return_path="bounces+1172554-2f7a-ayaka.morita=example.com@sendgrid.greenhouse.io")
    case(slug, {"01-greenhouse-availability-request.eml": e}, [], "medium", "negative/availability-request",
         "Greenhouse availability request for a VP interview with an example overlap window (8-10 AM JST) but no "
         "booked slot. Availability requests are not interviews.")


def c22():
    slug = "b155-22-herp-rejection-after-ichiji"
    sent = T(2026, 4, 15, 17, 30, 5)
    wd(T(2026, 4, 9), "木")
    t = """森田 彩花 様

Tidewater Commerce株式会社 採用担当の石原でございます。
先日は、お忙しい中、一次面接（4月9日（木）14:00〜）にお時間をいただき、誠にありがとうございました。

慎重に検討を重ねました結果、誠に残念ではございますが、
今回はご期待に沿えない結果となりました。

多数の企業の中から弊社にご関心をお寄せいただきましたことに、心より御礼申し上げます。
森田様の今後のご活躍をお祈り申し上げます。

Tidewater Commerce株式会社
採用担当　石原 葵

------------------------------------------------------------
このメールはHERP Hireから送信されています。
"""
    e = simple_mail(sender=("Tidewater Commerce 採用担当", "no-reply@herp.cloud"),
                    reply_to=("石原 葵", "aoi.ishihara@tidewater-commerce.example"),
                    subject="【Tidewater Commerce】選考結果のご連絡", sent=sent,
                    msgid="<herp.2b9d61f0.20260415083005.4c7e@herp.cloud>", text=t, to=USER,
                    boundary="herp_2b9d61f0c8a1",
                    return_path="bounces+21884937-4c7e-ayaka.morita=example.com@em.herp.cloud")
    case(slug, {"01-herp-senkou-kekka.eml": e}, [], "easy", "negative/rejection",
         "HERP rejection (お見送り) that mentions the past 一次面接 date and time. Rejections are not interviews.")


# ============================================================================ main
def main():
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        fn()
    for old in sorted(HERE.glob("b155-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for n, (slug, items, label) in enumerate(CASES, 1):
        assert slug.startswith(f"b155-{n:02d}-"), slug
        d = HERE / slug
        d.mkdir()
        for name, content in items.items():
            assert name[:2].isdigit() and name.endswith((".eml", ".ics", ".gcal.json")), name
            (d / name).write_bytes(content.encode("utf-8"))
        labels[slug] = label
    with open(HERE / "labels.yaml", "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind155 labels (generated by make_cases.py; do not edit by hand)\n")
        yaml.safe_dump(labels, f, allow_unicode=True, sort_keys=False, width=4096, default_flow_style=False)
    print(f"wrote {len(CASES)} cases to {HERE}")


if __name__ == "__main__":
    main()
