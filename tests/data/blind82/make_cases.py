#!/usr/bin/env python3
"""Deterministic generator for the blind82 interview-detection evaluation set.

Rewrites every case folder (b82-*) and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
import email.policy
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
TOKYO = ZoneInfo("Asia/Tokyo")
NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
PARIS = ZoneInfo("Europe/Paris")
UTC = ZoneInfo("UTC")

OWNER_NAME = "西沢 陽樹"
OWNER = "haruki.nishizawa@example.com"
OWNER_H = f"{OWNER_NAME} <{OWNER}>"

# agencies (invented)
CB_NAME, CB = "高松 由佳", "yuka.takamatsu@careerbridge-agent.example"
TL_NAME, TL = "岡部 翔太", "s.okabe@techlink-tenshoku.example"

WD = "月火水木金土日"


def T(y, mo, d, h=0, mi=0, tz=TOKYO):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def jd(dt):
    """3月12日（木）"""
    return f"{dt.month}月{dt.day}日（{WD[dt.weekday()]}）"


def hm(dt):
    return f"{dt.hour}:{dt.minute:02d}"


def utcs(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hid(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


# ---------------------------------------------------------------- iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n, lim = [], "", 0, 75
    for ch in line:
        k = len(ch.encode("utf-8"))
        if n + k > lim:
            out.append(cur)
            cur, n, lim = ch, k, 74
        else:
            cur += ch
            n += k
    out.append(cur)
    return "\r\n ".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ_TOKYO = ["BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "X-LIC-LOCATION:Asia/Tokyo", "BEGIN:STANDARD",
             "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST", "DTSTART:19700101T000000",
             "END:STANDARD", "END:VTIMEZONE"]
VTZ_WIN_TOKYO = ["BEGIN:VTIMEZONE", "TZID:Tokyo Standard Time", "BEGIN:STANDARD",
                 "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900",
                 "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                 "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:DAYLIGHT", "END:VTIMEZONE"]


def att(name, email_, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE"):
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name};X-NUM-GUESTS=0:mailto:{email_}"


def google_ics(method, uid, start, end, summary, desc, organizer, attendees, location="",
               seq=0, status="CONFIRMED", stamp=None, created=None):
    on, oe = organizer
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{utcs(start)}", f"DTEND:{utcs(end)}", f"DTSTAMP:{utcs(stamp)}",
             f"ORGANIZER;CN={on}:mailto:{oe}", f"UID:{uid}"]
    lines += [att(n, e, partstat="ACCEPTED" if e == oe else "NEEDS-ACTION") for n, e in attendees]
    lines += [f"CREATED:{utcs(created or stamp)}", f"DESCRIPTION:{esc(desc)}",
              f"LAST-MODIFIED:{utcs(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


# ---------------------------------------------------------------- e-mail
def mail(*, frm, to, subject, date, domain, key, text=None, html=None, cc=None, reply_to=None,
         in_reply_to=None, refs=None, charset="utf-8", cte="base64", html_cte="quoted-printable",
         cal=None, cal_method="REQUEST", attach=None, extra=(), received_from=None, sender=None):
    m = EmailMessage(policy=email.policy.SMTP)
    m["Delivered-To"] = OWNER
    rf = received_from or f"mail.{domain}"
    m["Received"] = (f"from {rf} ({rf}. [203.0.113.{int(hid(key)[:2], 16) % 250 + 1}]) by mx.example.com "
                     f"with ESMTPS id {hid(key, 'r')[:12]} for <{OWNER}>; {format_datetime(date + timedelta(seconds=2))}")
    m["Return-Path"] = f"<{sender or frm.split('<')[-1].rstrip('>')}>"
    if sender:
        m["Sender"] = sender
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(key, domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = " ".join(refs or [in_reply_to])
    for k, v in extra:
        m[k] = v
    if text is not None:
        if charset == "iso-2022-jp":  # JIS X 0208 has WAVE DASH, not FULLWIDTH TILDE
            text = text.replace("\uff5e", "\u301c").replace("\u2015", "\u2014")
        m.set_content(text, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset="utf-8", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", charset="utf-8", cte="base64",
                          params={"method": cal_method})
    for fname, data, sub in (attach or []):
        m.add_attachment(data.encode("utf-8"), maintype="application" if sub == "ics" else "text",
                         subtype=sub, filename=fname)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"{hid(key, str(n))[:28]}")
    return m.as_bytes()


def msgid(key, domain):
    return f"<{hid(key)[:20]}.{hid(key, 'm')[:8]}@{domain}>"


CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    lab = {"user": OWNER}
    lab.update(label)
    LABELS[cid] = lab


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


CB_SIG = f"""
━━━━━━━━━━━━━━━━━━━━
株式会社キャリアブリッジ
キャリアアドバイザー　{CB_NAME}（たかまつ ゆか）
〒530-0001 大阪府大阪市北区梅田2-9-9 梅田ブリッジビル12F
TEL：06-6000-4821 ／ 携帯：080-0000-3312
Mail：{CB}
━━━━━━━━━━━━━━━━━━━━"""

TL_SIG = f"""
--
テックリンク転職（株式会社テックリンク）
ITエンジニア専任コンサルタント　{TL_NAME}
〒541-0041 大阪市中央区北浜1-1-1 北浜テックタワー5F
TEL 06-6000-7730（直通） / 090-0000-5521
{TL}
https://techlink-tenshoku.example/"""

USER_SIG = """
--
西沢 陽樹
携帯：090-0000-8164"""


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


# ======================================================================= POSITIVES
def c01():
    cid = "b82-01-agency-forwards-first-interview-zoom"
    s, e = T(2026, 3, 12, 14), T(2026, 3, 12, 15)
    d = T(2026, 3, 5, 18, 42)
    body = f"""西沢 陽樹 様

いつもお世話になっております。
キャリアブリッジの高松です。

先日ご応募いただきました株式会社ミナトロジクス様の件、
書類選考通過のご連絡とあわせて、企業様より日程のご連絡がございました。

下記の日時にて一次面接を設定させていただきましたので、ご確認をお願いいたします。

■企業名：株式会社ミナトロジクス
■ポジション：バックエンドエンジニア（物流SaaS）
■選考：一次面接（オンライン）
■日時：{jd(s)}14:00～15:00
■面接官：開発本部 部長 森田様、テックリード 江口様
■形式：Zoom
　Zoom URL：https://zoom.example/j/83012459921?pwd=Mn8xVhQ2Ld
　ミーティングID：830 1245 9921
　パスコード：573104
■持ち物等：特になし（カメラONでお願いいたします）

当日は開始5分前にはご入室いただけますと幸いです。
ご都合が悪くなった場合は、お手数ですが私までご連絡ください。

面接前に一度、想定質問のすり合わせをお電話でできればと思いますので、
ご都合のよいタイミングを教えていただけますと助かります。

引き続きよろしくお願いいたします。
{CB_SIG}
"""
    items = [("01-careerbridge-mendan-nittei.eml", mail(
        frm=f"{CB_NAME} <{CB}>", to=OWNER_H, subject="【キャリアブリッジ】株式会社ミナトロジクス様 一次面接日程のご連絡",
        date=d, domain="careerbridge-agent.example", key=cid + "1", text=body))]
    case(cid, items, {"interview": True, "interviews": [
        iv("株式会社ミナトロジクス", "バックエンドエンジニア（物流SaaS）", s, e, "scheduled", [], [CB], "technical")],
        "difficulty": "easy", "category": "positive/agency-forward",
        "notes": "Agency relays the company's first-round slot (3月12日（木）14:00～15:00 JST, Zoom); interviewers named without addresses so follow-up goes to the agency consultant.",
        "source": "synthetic"})


def c02():
    cid = "b82-02-agency-availability-then-confirm-onsite-osaka"
    s, e = T(2026, 3, 18, 10, 30), T(2026, 3, 18, 11, 30)
    d1, d2, d3 = T(2026, 3, 9, 11, 5), T(2026, 3, 9, 21, 48), T(2026, 3, 11, 16, 20)
    dom = "techlink-tenshoku.example"
    b1 = f"""西沢様

お世話になっております。テックリンク転職の岡部です。

浪速データシステムズ株式会社様の一次面接、お疲れさまでした。
企業様より、ぜひ二次面接にお進みいただきたいとのご連絡をいただいております！

つきましては、二次面接の日程を調整させていただきたく、
{jd(T(2026,3,16))}～{jd(T(2026,3,20))}の間で、ご都合の良い日時を複数ご教示ください。
（所要時間は1時間程度、大阪本社での対面面接となります）

よろしくお願いいたします。
{TL_SIG}
"""
    b2 = f"""岡部様

お世話になっております。西沢です。
二次面接のご案内ありがとうございます。大変うれしく思います。

以下の日程でしたら調整可能です。
・{jd(T(2026,3,17))} 18:00以降
・{jd(T(2026,3,18))} 10:00～13:00
・{jd(T(2026,3,20))} 終日

お手数ですがよろしくお願いいたします。
{USER_SIG}

{d1.strftime('%Y年%m月%d日(')}{WD[d1.weekday()]}) {d1.strftime('%H:%M')} {TL_NAME} <{TL}>:
{quote(b1)}
"""
    b3 = f"""西沢様

お世話になっております。岡部です。
早速のご返信ありがとうございました。

企業様と調整し、下記にて二次面接が確定いたしましたのでご連絡いたします。

―――――――――――――――
企業名　：浪速データシステムズ株式会社
職種　　：データ基盤エンジニア
選考　　：二次面接（対面）
日時　　：{jd(s)} 10時30分から11時30分
場所　　：大阪本社 8階 受付（大阪市西区靱本町3-3-3 靱ビル8F）
　　　　　※1階の受付で「人事部 中西様と面接のお約束」とお伝えください
面接官　：技術部長 宮田様、CTO 吉岡様
持ち物　：筆記用具
―――――――――――――――

二次面接では、これまでのご経験の深掘りとシステム設計に関するディスカッションが
中心になると伺っております。前日に少しお電話で対策できればと思います。

何卒よろしくお願いいたします。
{TL_SIG}

-----Original Message-----
From: 西沢 陽樹 <{OWNER}>
Sent: {d2.strftime('%Y/%m/%d %H:%M')}
To: {TL_NAME} <{TL}>
Subject: Re: 【テックリンク】浪速データシステムズ様 二次面接の日程調整のお願い

{quote(b2.split(USER_SIG)[0])}
"""
    sub = "【テックリンク】浪速データシステムズ様 二次面接の日程調整のお願い"
    m1, m2 = msgid(cid + "1", dom), msgid(cid + "2", "example.com")
    items = [
        ("01-techlink-nittei-chousei.eml", mail(frm=f"{TL_NAME} <{TL}>", to=OWNER_H, subject=sub, date=d1,
                                                domain=dom, key=cid + "1", text=b1,
                                                extra=[("X-Mailer", "Microsoft Outlook 16.0")])),
        ("02-reply-kouho-nichiji.eml", mail(frm=OWNER_H, to=f"{TL_NAME} <{TL}>", subject="Re: " + sub, date=d2,
                                             domain="example.com", key=cid + "2", text=b2, in_reply_to=m1,
                                             charset="iso-2022-jp", cte="7bit",
                                             extra=[("User-Agent", "Mozilla/5.0 Thunderbird/128.6.0")])),
        ("03-techlink-kakutei.eml", mail(frm=f"{TL_NAME} <{TL}>", to=OWNER_H,
                                          subject="RE: 【テックリンク】浪速データシステムズ様 二次面接日程確定のご連絡",
                                          date=d3, domain=dom, key=cid + "3", text=b3, in_reply_to=m2, refs=[m1, m2],
                                          cte="quoted-printable", extra=[("X-Mailer", "Microsoft Outlook 16.0")])),
    ]
    case(cid, items, {"interview": True, "interviews": [
        iv("浪速データシステムズ株式会社", "データ基盤エンジニア", s, e, "scheduled", [], [TL], "technical")],
        "difficulty": "medium", "category": "positive/thread-propose-confirm",
        "notes": "Availability request, candidate replies with slots (18:00以降 / 10:00～13:00 decoys), agency confirms 10時30分から11時30分 in person; interviewers have no addresses.",
        "source": "synthetic"})


def c03():
    cid = "b82-03-us-firm-jst-et-dst-google-invite"
    s = T(2026, 3, 10, 10)
    e = s + timedelta(hours=1)
    s_et = s.astimezone(NY)
    dom = "halcyonpay.example"
    rec = ("Megan Castillo", "megan.castillo@halcyonpay.example")
    hm_ = ("Dana Whitford", "dana.whitford@halcyonpay.example")
    d1 = datetime(2026, 3, 3, 16, 12, tzinfo=NY)
    d2 = T(2026, 3, 4, 7, 31)
    d3 = datetime(2026, 3, 4, 9, 2, tzinfo=NY)
    b1 = f"""Hi Haruki,

Thanks so much for the time on the phone last week -- the team really enjoyed
reading through your notes on the settlement batch migration.

Next step is a conversation with Dana Whitford, the Engineering Manager for
Payments Platform. Dana sits in our New York office, so we try to find a slot
that is civil on both sides. Would {s.strftime('%A, %B')} {s.day} at 10am JST work
for you? That's {s_et.strftime('%-I')}pm ET the day before ({s_et.strftime('%A')} the {s_et.day}th) on Dana's side.

Heads-up since it trips people up every year: US clocks spring forward on
Sunday March 8, so 10am JST is 9pm ET after the change (today it would be 8pm).
The invite will take care of that, but just in case you compare notes with Dana.

It'll be 60 minutes on Google Meet: about 40 min on your background and a
system you've built end-to-end, then time for your questions.

Best,
Megan

Megan Castillo | Senior Technical Recruiter, APAC
Halcyon Payments, Inc. -- Tokyo Office
Otemachi Park Bldg 7F, 1-1-1 Otemachi, Chiyoda-ku, Tokyo
+1 (646) 555-0148
"""
    b2 = f"""Hi Megan,

Tuesday the 10th at 10:00 JST works well for me. Thank you for the heads-up
about the time change!

Best regards,
Haruki

On {d1.astimezone(TOKYO).strftime('%a, %b %-d, %Y at %-I:%M %p')} Megan Castillo <{rec[1]}> wrote:
{quote(b1)}
"""
    summary = "Haruki Nishizawa / Dana Whitford - Hiring Manager Interview (Senior Software Engineer, Payments Platform)"
    desc = ("Hiring manager interview for the Senior Software Engineer, Payments Platform (Tokyo) role.\n"
            "Interviewer: Dana Whitford, Engineering Manager\n"
            "10:00 JST (Tue) / 21:00 ET (Mon)\n\nCoordinator: Megan Castillo")
    cal = google_ics("REQUEST", "4k2q9cm1rb7ofh3s0v6dtu8e5a@google.com", s, e, summary, desc, rec,
                     [rec, hm_, ("haruki.nishizawa@example.com", OWNER)],
                     location="https://meet.google.com/vbx-qtrn-kpa", stamp=d3.astimezone(UTC))
    plain = f"""{summary}
{s_et.strftime('%A %b %-d, %Y')} ⋅ 9pm – 10pm
Eastern Time - New York

Join with Google Meet
https://meet.google.com/vbx-qtrn-kpa

Organizer
Megan Castillo
{rec[1]}

Guests
Megan Castillo - organizer
Dana Whitford
{hm_[1]}
{OWNER}
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NGsycTljbTFyYjdvZmgzczB2NmR0dThlNWE

{desc}

Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=NGsycTljbTFyYjdvZmgzczB2NmR0dThlNWE
Your attendance is optional.

~~//~~
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
"""
    html = "<html><body><div>" + plain.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") + "</div></body></html>"
    m1 = msgid(cid + "1", dom)
    items = [
        ("01-megan-next-step.eml", mail(frm=f"{rec[0]} <{rec[1]}>", to=OWNER_H, subject="Next step: chat with Dana (Payments Platform)",
                                        date=d1, domain=dom, key=cid + "1", text=b1, cte="quoted-printable",
                                        received_from="mail-sor-f41.google.example")),
        ("02-reply-works.eml", mail(frm=OWNER_H, to=f"{rec[0]} <{rec[1]}>", subject="Re: Next step: chat with Dana (Payments Platform)",
                                    date=d2, domain="example.com", key=cid + "2", text=b2, in_reply_to=m1, cte="quoted-printable",
                                    extra=[("X-Mailer", "iPhone Mail (22D63)")])),
        ("03-invitation.eml", mail(frm=f"{rec[0]} <{rec[1]}>", to=OWNER, reply_to=f"{rec[0]} <{rec[1]}>",
                                   subject=f"Invitation: {summary} @ {s_et.strftime('%a %b %-d, %Y')} 9pm - 10pm (EDT) ({OWNER})",
                                   date=d3, domain=dom, key=cid + "3", text=plain, html=html, cal=cal,
                                   attach=[("invite.ics", cal, "ics")], sender="Google Calendar <calendar-notification@google.example>",
                                   received_from="mail-sor-f73.google.example")),
    ]
    case(cid, items, {"interview": True, "interviews": [
        iv("Halcyon Payments", "Senior Software Engineer, Payments Platform", s, e, "scheduled", [hm_[1]], [hm_[1]], "hiring_manager")],
        "difficulty": "hard", "category": "positive/dst-cross-timezone",
        "notes": "10am JST Tue = 9pm EDT Mon (after US DST starts Mar 8); e-mail sent before DST mentions 8pm. Mail + Google invite = one interview.",
        "source": "synthetic"})


def c04():
    cid = "b82-04-casual-mendan-ats-ics"
    s = T(2026, 3, 19, 14)
    e = s + timedelta(minutes=30)
    cto = ("栗田 亮介", "kurita@fukurou-lab.example")
    d = T(2026, 3, 13, 10, 3)
    body = f"""西沢 陽樹 様

株式会社フクロウラボ 採用チームです。
この度は「ソフトウェアエンジニア（検索基盤）」ポジションにご応募いただき、誠にありがとうございます。

カジュアル面談の日程が確定しましたのでお知らせいたします。

日時：2026年{s.month}月{s.day}日（{WD[s.weekday()]}）14時から（30分）
担当：CTO {cto[0]}（{cto[1]}）
場所：Google Meet https://meet.google.com/fqk-wmzo-hte

当社の選考は、まず開発チームとのカジュアル面談からスタートします。
面談では、{cto[0].split()[0]}から事業やチームについてご説明したうえで、西沢様のこれまでのご経験や
今後やりたいことについてお伺いします。面談の内容をもとに次のステップをご案内いたします。
志望動機のご準備は不要です。肩の力を抜いてご参加ください。

日程の変更をご希望の場合は、以下のリンクからお手続きください。
https://app.hirebase.example/c/r/7XfQ2kp9/reschedule

――――――――
株式会社フクロウラボ 採用チーム
※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。
ご不明点は担当者（{cto[1]}）までご連絡ください。
Powered by Hirebase
"""
    ics_text = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hirebase//Scheduling 3.2//JA", "METHOD:REQUEST",
                    *VTZ_TOKYO, "BEGIN:VEVENT", "UID:hb-evt-20260319-7XfQ2kp9@hirebase.example",
                    f"DTSTAMP:{utcs(d)}", f"DTSTART;TZID=Asia/Tokyo:{local(s)}", f"DTEND;TZID=Asia/Tokyo:{local(e)}",
                    f"SUMMARY:{esc('カジュアル面談（株式会社フクロウラボ）/ 西沢 陽樹 様')}",
                    f"DESCRIPTION:{esc('担当：CTO 栗田 亮介' + chr(10) + 'Google Meet: https://meet.google.com/fqk-wmzo-hte')}",
                    "LOCATION:https://meet.google.com/fqk-wmzo-hte",
                    f"ORGANIZER;CN={cto[0]}:mailto:{cto[1]}",
                    att(cto[0], cto[1], partstat="ACCEPTED"), att(OWNER_NAME, OWNER),
                    "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    items = [("01-hirebase-casual-mendan-kakutei.eml", mail(
        frm="株式会社フクロウラボ 採用チーム <no-reply@notify.hirebase.example>", to=OWNER_H,
        subject="【株式会社フクロウラボ】カジュアル面談の日程が確定しました", date=d, domain="notify.hirebase.example",
        key=cid, text=body, attach=[("invite.ics", ics_text, "calendar")]))]
    case(cid, items, {"interview": True, "interviews": [
        iv("株式会社フクロウラボ", "ソフトウェアエンジニア（検索基盤）", s, e, "scheduled", [cto[1]], [cto[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/casual-mendan-ats",
        "notes": "カジュアル面談 with the CTO booked via an ATS as the first step of selection = interview; no-reply sender, CTO address in body and .ics.",
        "source": "synthetic"})


def exchange_mail(cid, key, *, organizer, attendees, s, e, subject, text, method, seq, status, d, uid, dom):
    on, oe = organizer
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             *VTZ_WIN_TOKYO, "BEGIN:VEVENT", f"ORGANIZER;CN={on}:mailto:{oe}"]
    lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}" for n, a in attendees]
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(text)}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
              f"DTSTART;TZID=Tokyo Standard Time:{local(s)}", f"DTEND;TZID=Tokyo Standard Time:{local(e)}",
              "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1", f"DTSTAMP:{utcs(d)}",
              "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:2117483321",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if method == "REQUEST" else "FREE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("BUSY" if method == "REQUEST" else "FREE"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("1" if method == "REQUEST" else "2"),
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    to = ", ".join(f"{n} <{a}>" for n, a in attendees)
    return mail(frm=f"{on} <{oe}>", to=to, subject=subject, date=d, domain=dom, key=key, text=text,
                cte="quoted-printable", cal=cal, cal_method=method,
                received_from="JPN01-OS2-obe.outbound.protection.outlook.example",
                extra=[("Thread-Topic", subject.split(": ", 1)[-1]), ("Accept-Language", "en-GB, ja-JP"),
                       ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", "")])


def c05():
    cid = "b82-05-exchange-teams-then-cancel"
    s, e = T(2026, 3, 24, 16), T(2026, 3, 24, 17)
    dom = "brightwell-analytics.example"
    org = ("Oliver Pennington", "oliver.pennington@brightwell-analytics.example")
    ivs = [("Sophie Ashdown", "sophie.ashdown@brightwell-analytics.example"), ("Ken Ishii", "ken.ishii@brightwell-analytics.example")]
    atts = [("Haruki Nishizawa", OWNER)] + ivs
    d1 = datetime(2026, 3, 16, 9, 14, tzinfo=LONDON)
    d2 = datetime(2026, 3, 20, 8, 47, tzinfo=LONDON)
    when = f"When: {s.strftime('%A, %-d %B %Y')} 16:00-17:00 (UTC+09:00) Osaka, Sapporo, Tokyo.\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    t1 = when + f"""Dear Haruki,

Following your conversation with our Tokyo team, I'm pleased to invite you to a technical interview
for the Senior Data Platform Engineer role. Sophie Ashdown (Head of Data Engineering, London) and
Ken Ishii (Staff Engineer, Tokyo) will run a 60-minute session: a short walkthrough of a pipeline you
have designed, followed by a live design exercise. I'm only coordinating and won't join the call.

Kind regards,
Oliver

Oliver Pennington
Talent Partner | Brightwell Analytics Ltd
30 Finsbury Square, London EC2A 1AG | +44 20 7946 0321

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_NzBmYTk2%40thread.v2/0>
Meeting ID: 418 552 907 361
Passcode: q7Wd3X
________________________________________________________________________________
"""
    t2 = when + """Hi Haruki,

I'm very sorry to do this at short notice. The Senior Data Platform Engineer requisition has been put on
hold this week following a budget review, so we need to cancel Tuesday's technical interview with Sophie
and Ken. I'll be in touch personally if the role reopens - thank you for your patience and understanding.

Oliver
"""
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5B6DC0100000000000000001000000067E3F0A9B8C7D6E5F4A3B2C1D0E9F8A7"
    items = [
        ("01-invite-technical-interview.eml", exchange_mail(cid, cid + "1", organizer=org, attendees=atts, s=s, e=e,
            subject="Brightwell Analytics - Technical Interview - Haruki Nishizawa", text=t1, method="REQUEST",
            seq=0, status="CONFIRMED", d=d1, uid=uid, dom=dom)),
        ("02-canceled.eml", exchange_mail(cid, cid + "2", organizer=org, attendees=atts, s=s, e=e,
            subject="Canceled: Brightwell Analytics - Technical Interview - Haruki Nishizawa", text=t2, method="CANCEL",
            seq=1, status="CANCELLED", d=d2, uid=uid, dom=dom)),
    ]
    case(cid, items, {"interview": True, "interviews": [
        iv("Brightwell Analytics", "Senior Data Platform Engineer", s, e, "cancelled", [a for _, a in ivs], [a for _, a in ivs], "technical")],
        "difficulty": "medium", "category": "positive/cancellation",
        "notes": "Exchange/Teams invite with TZID 'Tokyo Standard Time' from a London coordinator, then METHOD:CANCEL (role on hold).",
        "source": "synthetic"})


def c06():
    cid = "b82-06-final-interview-candidate-withdraws"
    s, e = T(2026, 4, 2, 13), T(2026, 4, 2, 14)
    dom = "careerbridge-agent.example"
    d1, d2, d3 = T(2026, 3, 25, 17, 10), T(2026, 3, 30, 8, 2), T(2026, 3, 30, 10, 26)
    b1 = f"""西沢 陽樹 様

お世話になっております。キャリアブリッジの高松です。

株式会社淀川製作所様より、最終面接の日程について
企業様より日程のご連絡がございましたのでお知らせいたします。

【最終面接】
日時：{jd(s)}13:00～14:00
会場：本社（大阪府摂津市鳥飼本町5-5-5）本館2階 応接室
面接官：取締役 開発本部長 坂口様、人事部長 小田様
ポジション：組込みソフトウェアエンジニア（産業用ロボット制御）
服装：スーツでお越しください

最終面接は役員の方との面接となります。
入社意欲やキャリアプランについて聞かれることが多いので、事前に整理しておきましょう。

ご確認のほど、よろしくお願いいたします。
{CB_SIG}
"""
    b2 = f"""高松様

お世話になっております。西沢です。

大変申し上げにくいのですが、他社様より内定をいただき、熟考の末そちらへの入社を
決断いたしました。つきましては、{jd(s)}に予定しておりました
株式会社淀川製作所様の最終面接を辞退させていただきたく、ご連絡いたしました。

直前のご連絡となり、企業様ならびに高松様には大変ご迷惑をおかけし申し訳ございません。
企業様へもよろしくお伝えいただけますと幸いです。

何卒よろしくお願いいたします。
{USER_SIG}
"""
    b3 = f"""西沢様

ご連絡ありがとうございます。高松です。
承知いたしました。淀川製作所様には、私から最終面接辞退の旨をお伝えいたしました。

そして内定おめでとうございます！
入社まで何かございましたら、引き続きお気軽にご相談ください。
{CB_SIG}

{quote(b2)}
"""
    sub = "【キャリアブリッジ】株式会社淀川製作所様 最終面接日程のご連絡"
    m1, m2 = msgid(cid + "1", dom), msgid(cid + "2", "example.com")
    items = [
        ("01-saishu-mensetsu-nittei.eml", mail(frm=f"{CB_NAME} <{CB}>", to=OWNER_H, subject=sub, date=d1, domain=dom,
                                               key=cid + "1", text=b1)),
        ("02-jitai-no-renraku.eml", mail(frm=OWNER_H, to=f"{CB_NAME} <{CB}>", subject="Re: " + sub + "（辞退のご連絡）",
                                         date=d2, domain="example.com", key=cid + "2", text=b2, in_reply_to=m1,
                                         charset="iso-2022-jp", cte="7bit", extra=[("X-Mailer", "iPhone Mail (22D63)")])),
        ("03-jitai-shouchi.eml", mail(frm=f"{CB_NAME} <{CB}>", to=OWNER_H, subject="Re: " + sub + "（辞退のご連絡）",
                                      date=d3, domain=dom, key=cid + "3", text=b3, in_reply_to=m2, refs=[m1, m2])),
    ]
    case(cid, items, {"interview": True, "interviews": [
        iv("株式会社淀川製作所", "組込みソフトウェアエンジニア（産業用ロボット制御）", s, e, "cancelled", [], [CB], "hiring_manager")],
        "difficulty": "medium", "category": "positive/cancellation",
        "notes": "Final interview relayed by agency, then the candidate withdraws (辞退) and agency confirms; cancelled at last time.",
        "source": "synthetic"})


def c07():
    cid = "b82-07-two-rounds-direct-application"
    s1, e1 = T(2026, 3, 16, 11), T(2026, 3, 16, 12)
    s2, e2 = T(2026, 3, 30, 15), T(2026, 3, 30, 16)
    dom = "kamome-logitech.example"
    hr = ("新井 真理子", "m.arai@kamome-logitech.example")
    mgr = ("松本 拓也", "t.matsumoto@kamome-logitech.example")
    d1, d2 = T(2026, 3, 10, 13, 45), T(2026, 3, 19, 18, 2)
    sig = f"""
*************************************
株式会社かもめロジテック 管理本部 人事部
{hr[0]}（あらい まりこ）
〒552-0007 大阪市港区弁天1-2-3 かもめビル
TEL：06-6000-2250　FAX：06-6000-2251
E-mail：{hr[1]}
*************************************"""
    b1 = f"""西沢 陽樹 様

この度は弊社の「Webアプリケーションエンジニア（配送管理システム）」の求人にご応募いただき、
誠にありがとうございます。株式会社かもめロジテック 人事部の新井でございます。

書類選考の結果、ぜひ一度お話をお伺いしたく、一次面接のご案内をさせていただきます。

　日時：{jd(s1)} 11:00～12:00
　形式：オンライン（Google Meet）
　URL ：https://meet.google.com/kmr-dxhs-uap
　面接官：開発部 マネージャー 松本（本メールのCCに入れております）

技術的なご質問は松本に直接ご連絡いただいても差し支えございません。
お手数ですが、ご都合をご返信いただけますと幸いです。
{sig}
"""
    b2 = f"""西沢 陽樹 様

お世話になっております。株式会社かもめロジテック 人事部の新井でございます。
先日はお忙しい中、一次面接にご参加いただきありがとうございました。

慎重に検討いたしました結果、次の選考へお進みいただきたく存じます。
二次面接を下記の通りご案内いたします。

　日時：{jd(s2)} 15時～16時
　場所：弊社本社 4階 会議室（大阪市港区弁天1-2-3 かもめビル）
　　　　※地下鉄中央線「弁天町」駅 徒歩3分。1階受付にて人事部 新井をお呼び出しください。
　面接官：取締役CTO 藤原、開発部 部長 大西
　内容：技術面接（これまでのご経験・設計についての質疑）

ご不明点がございましたら、新井までご連絡ください。
{sig}
"""
    items = [
        ("01-ichiji-mensetsu-annai.eml", mail(frm=f"{hr[0]} <{hr[1]}>", to=OWNER_H, cc=f"{mgr[0]} <{mgr[1]}>",
                                              subject="【株式会社かもめロジテック】一次面接のご案内", date=d1, domain=dom,
                                              key=cid + "1", text=b1, charset="iso-2022-jp", cte="7bit",
                                              extra=[("X-Mailer", "Microsoft Outlook 16.0")])),
        ("02-niji-mensetsu-annai.eml", mail(frm=f"{hr[0]} <{hr[1]}>", to=OWNER_H,
                                            subject="【株式会社かもめロジテック】二次面接のご案内", date=d2, domain=dom,
                                            key=cid + "2", text=b2, charset="iso-2022-jp", cte="7bit",
                                            extra=[("X-Mailer", "Microsoft Outlook 16.0")])),
    ]
    role = "Webアプリケーションエンジニア（配送管理システム）"
    case(cid, items, {"interview": True, "interviews": [
        iv("株式会社かもめロジテック", role, s1, e1, "scheduled", [mgr[1]], [mgr[1]], "technical"),
        iv("株式会社かもめロジテック", role, s2, e2, "scheduled", [], [hr[1]], "technical")],
        "difficulty": "medium", "category": "positive/two-interviews",
        "notes": "Direct application, ISO-2022-JP mails: 一次面接 (Meet, manager CC'd) and 二次面接 (in person, 15時～16時; interviewers without addresses -> HR).",
        "source": "synthetic"})


def c08():
    cid = "b82-08-google-invite-japanese-rescheduled"
    s0, e0 = T(2026, 3, 17, 10), T(2026, 3, 17, 11)
    s, e = T(2026, 3, 18, 17, 30), T(2026, 3, 18, 18, 30)
    dom = "soramichi.example"
    org = ("小西 彩", "konishi@soramichi.example")
    ivr = ("長谷川 誠", "hasegawa@soramichi.example")
    d1, d2 = T(2026, 3, 11, 15, 20), T(2026, 3, 16, 19, 5)
    uid = "2j8s0r6kq1m3p5t7v9x1z3b5d7@google.com"
    summary = "【一次面接】西沢様 / 株式会社ソラミチ（バックエンドエンジニア）"
    desc = "面接官：開発部 長谷川\n内容：これまでのご経験、技術的な質疑応答（60分）\nご不明点は人事 小西までご連絡ください。"

    def jg(a, b):
        return f"{a.year}年{a.month}月{a.day}日 ({WD[a.weekday()]}) {a.strftime('%H:%M')}～{b.strftime('%H:%M')} (JST)"

    def plain(a, b, updated):
        head = "この予定は変更されました\n" if updated else ""
        return f"""{head}{summary}
{a.year}年{a.month}月{a.day}日 ({WD[a.weekday()]})⋅{a.strftime('%H:%M')}～{b.strftime('%H:%M')}
日本標準時

Google Meet に参加
https://meet.google.com/sro-gzpe-wnm

主催者
{org[0]}
{org[1]}

ゲスト
{org[0]} - 主催者
{org[1]}
{ivr[0]}
{ivr[1]}
{OWNER}

{desc}

Google カレンダーからの招待: https://calendar.google.com/calendar/

このメールは、あなたが予定の参加者であるため {OWNER} 宛てに送信されています。
"""
    items = []
    for i, (a, b, seq, d, pre) in enumerate([(s0, e0, 0, d1, "招待状"), (s, e, 1, d2, "更新された招待状")], 1):
        cal = google_ics("REQUEST", uid, a, b, summary, desc, org, [org, ivr, (OWNER, OWNER)],
                         location="https://meet.google.com/sro-gzpe-wnm", seq=seq, stamp=d, created=d1)
        p = plain(a, b, seq > 0)
        html = "<html><body><div dir=\"ltr\">" + p.replace("\n", "<br>\n") + "</div></body></html>"
        items.append((f"0{i}-{'invitation' if seq == 0 else 'updated-invitation'}.eml", mail(
            frm=f"{org[0]} <{org[1]}>", to=OWNER, reply_to=f"{org[0]} <{org[1]}>",
            subject=f"{pre}: {summary} @ {jg(a, b)} ({OWNER})", date=d, domain=dom, key=cid + str(i),
            text=p, html=html, cal=cal, attach=[("invite.ics", cal, "ics")],
            sender="Google カレンダー <calendar-notification@google.example>", received_from="mail-sor-f69.google.example")))
    case(cid, items, {"interview": True, "interviews": [
        iv("株式会社ソラミチ", "バックエンドエンジニア", s, e, "scheduled", [ivr[1]], [ivr[1]], "technical")],
        "difficulty": "medium", "category": "positive/reschedule",
        "notes": "Japanese-locale Google Calendar invite (UTC in .ics), then 更新された招待状 SEQUENCE 1 moving 3/17 10:00 to 3/18 17:30-18:30 JST.",
        "source": "synthetic"})


def c09():
    cid = "b82-09-gcal-json-berlin-firm-eu-dst"
    s = datetime(2026, 3, 31, 9, 0, tzinfo=BERLIN)
    e = s + timedelta(hours=1)
    sj = s.astimezone(TOKYO)
    org = ("Lena Brandt", "lena.brandt@kreuzfeld.example")
    ivr = ("Jonas Weber", "jonas.weber@kreuzfeld.example")
    ev = {
        "kind": "calendar#event", "etag": "\"3551904412776000\"", "id": "6v1q3bh8dk2o9s7ejc4m0t5rpa",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NnYxcTNiaDhkazJvOXM3ZWpjNG0wdDVycGE",
        "created": "2026-03-19T08:12:40.000Z", "updated": "2026-03-19T08:14:06.388Z",
        "summary": "Technical Interview (System Design) – Haruki Nishizawa – Senior Backend Engineer, Tokyo",
        "description": (f"Hi Haruki,\n\nSystem-design interview with Jonas Weber (Engineering Lead, Logistics Cloud).\n"
                        f"Termin: Dienstag, {s.day}. März, {s.strftime('%H:%M')} Uhr MESZ = {sj.strftime('%H:%M')} Uhr JST.\n"
                        "Note: Germany switches to summer time on 29 March, so Berlin is 7 hours behind Tokyo (not 8).\n\n"
                        "I (Lena, Recruiting) only set this up and won't join.\n\nKreuzfeld Systems GmbH – Tokyo Branch"),
        "location": "Google Meet",
        "creator": {"email": org[1], "displayName": org[0]},
        "organizer": {"email": org[1], "displayName": org[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "Europe/Berlin"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Europe/Berlin"},
        "iCalUID": "6v1q3bh8dk2o9s7ejc4m0t5rpa@google.com", "sequence": 0,
        "attendees": [
            {"email": org[1], "displayName": org[0], "organizer": True, "responseStatus": "accepted"},
            {"email": ivr[1], "displayName": ivr[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/ktw-pqvd-yzb",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/ktw-pqvd-yzb",
                                            "label": "meet.google.com/ktw-pqvd-yzb"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "ktw-pqvd-yzb"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    items = [("01-interview-kreuzfeld.gcal.json", (json.dumps(ev, ensure_ascii=False, indent=2) + "\n").encode())]
    case(cid, items, {"interview": True, "interviews": [
        iv("Kreuzfeld Systems", "Senior Backend Engineer, Tokyo", s, e, "scheduled", [ivr[1]], [ivr[1]], "technical")],
        "difficulty": "medium", "category": "positive/calendar-api-json",
        "notes": "Calendar API event in Europe/Berlin two days after EU DST (09:00 MESZ = 16:00 JST); organizer only schedules.",
        "source": "synthetic"})


def c10():
    cid = "b82-10-final-onsite-three-parts-html-only"
    parts = [(T(2026, 4, 7, 13), T(2026, 4, 7, 13, 45), "技術面接", "CTO 今井様、SREリード 北村様"),
             (T(2026, 4, 7, 14), T(2026, 4, 7, 14, 45), "役員面接", "代表取締役 青山様"),
             (T(2026, 4, 7, 15), T(2026, 4, 7, 15, 30), "人事面談", "人事部 課長 森下様")]
    d = T(2026, 3, 31, 12, 15)
    rows = "\n".join(f"<tr><td style=\"padding:4px 12px;border:1px solid #ccc\">{a.strftime('%H:%M')}～{b.strftime('%H:%M')}</td>"
                     f"<td style=\"padding:4px 12px;border:1px solid #ccc\">{n}</td><td style=\"padding:4px 12px;border:1px solid #ccc\">{w}</td></tr>"
                     for a, b, n, w in parts)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px">
<p>西沢 陽樹 様</p>
<p>お世話になっております。<br>テックリンク転職の岡部です。</p>
<p>株式会社あおばフィナンシャル様の最終面接につきまして、企業様より日程のご連絡がございました。<br>
当日は東京本社にて、以下の3部構成で実施されます（間に15分ずつ休憩がございます）。</p>
<p><b>■日程：{jd(parts[0][0])}</b><br>
<b>■場所：</b>東京都千代田区丸の内2-4-1 丸の内青葉ビル 21階（受付で「最終面接」とお伝えください）<br>
<b>■ポジション：</b>SRE（Site Reliability Engineer）</p>
<table style="border-collapse:collapse">
<tr><th style="padding:4px 12px;border:1px solid #ccc">時間</th><th style="padding:4px 12px;border:1px solid #ccc">内容</th><th style="padding:4px 12px;border:1px solid #ccc">ご担当</th></tr>
{rows}
</table>
<p>大阪からの交通費は企業様にてご負担いただけるとのことです（新幹線の領収書をご持参ください）。<br>
前日のご移動が必要な場合はご相談ください。</p>
<p>ご確認いただけましたら、本メールにご返信をお願いいたします。</p>
<p style="color:#555">--<br>テックリンク転職（株式会社テックリンク）<br>ITエンジニア専任コンサルタント　{TL_NAME}<br>
〒541-0041 大阪市中央区北浜1-1-1 北浜テックタワー5F<br>TEL 06-6000-7730（直通） / 090-0000-5521<br>
<a href="mailto:{TL}">{TL}</a></p>
</body></html>
"""
    items = [("01-saishu-mensetsu-annai.eml", mail(frm=f"{TL_NAME} <{TL}>", to=OWNER_H,
                                                   subject="【テックリンク】株式会社あおばフィナンシャル様 最終面接のご案内（東京本社）",
                                                   date=d, domain="techlink-tenshoku.example", key=cid, html=html))]
    case(cid, items, {"interview": True, "interviews": [
        iv("株式会社あおばフィナンシャル", "SRE（Site Reliability Engineer）", parts[0][0], parts[-1][1], "scheduled", [], [TL], "onsite")],
        "difficulty": "medium", "category": "positive/onsite-loop",
        "notes": "HTML-only quoted-printable agency mail; three back-to-back final sessions 13:00-15:30 JST in Tokyo = one onsite.",
        "source": "synthetic"})


def c11():
    cid = "b82-11-us-recruiter-pst-shorthand-phone-screen"
    s = datetime(2026, 3, 12, 16, 30, tzinfo=LA)
    e = s + timedelta(minutes=30)
    sj = s.astimezone(TOKYO)
    dom = "lumenfield.example"
    rec = ("Jordan Reyes", "jreyes@lumenfield.example")
    d1 = datetime(2026, 3, 9, 14, 2, tzinfo=LA)
    d2 = T(2026, 3, 10, 7, 40)
    d3 = datetime(2026, 3, 9, 17, 55, tzinfo=LA)  # PDT evening = Mar 10 09:55 JST
    b1 = f"""Hi Haruki -

Thanks for applying to the Staff Software Engineer, Developer Platform role (remote-friendly, Tokyo
entity). I'd love to do a quick 30 min intro call to walk through the role and your background.

Are you free Thu 3/12 @ 4:30p PST? I know that's early Friday morning for you -- {sj.strftime('%-I:%M')}am in Osaka if
I'm doing the math right. Happy to flip it to an evening your time if that's easier.

Jordan

--
Jordan Reyes | Technical Recruiter | Lumenfield
(415) 555-0193 | 600 Harrison St, San Francisco, CA 94107
"""
    b2 = f"""Hi Jordan,

Thank you! Friday {sj.strftime('%-m/%-d')} at 8:30am JST works perfectly. You can reach me at +81 90-0000-8164.

Best,
Haruki Nishizawa

On {d1.astimezone(TOKYO).strftime('%a, %b %-d, %Y at %-I:%M %p')} Jordan Reyes <{rec[1]}> wrote:
{quote(b1)}
"""
    b3 = f"""Perfect, locked in - I'll call you at +81 90-0000-8164 on Thu 3/12 at 4:30pm Pacific / Fri 3/13 8:30am
your time. Calendar hold is on its way. Talk soon!

Jordan

Sent from my iPhone

> On {d2.astimezone(LA).strftime('%b %-d, %Y, at %-I:%M %p')}, Haruki Nishizawa <{OWNER}> wrote:
>
{quote(b2)}
"""
    m1 = msgid(cid + "1", dom)
    m2 = msgid(cid + "2", "example.com")
    sub = "Lumenfield - Staff SWE, Developer Platform - quick intro?"
    items = [
        ("01-jordan-intro.eml", mail(frm=f"{rec[0]} <{rec[1]}>", to=OWNER, subject=sub, date=d1, domain=dom,
                                     key=cid + "1", text=b1, cte="7bit")),
        ("02-reply.eml", mail(frm=f"Haruki Nishizawa <{OWNER}>", to=f"{rec[0]} <{rec[1]}>", subject="Re: " + sub, date=d2,
                              domain="example.com", key=cid + "2", text=b2, in_reply_to=m1, cte="quoted-printable")),
        ("03-jordan-confirm.eml", mail(frm=f"{rec[0]} <{rec[1]}>", to=OWNER, subject="Re: " + sub, date=d3, domain=dom,
                                       key=cid + "3", text=b3, in_reply_to=m2, refs=[m1, m2], cte="quoted-printable",
                                       extra=[("X-Mailer", "iPhone Mail (22D63)")])),
    ]
    case(cid, items, {"interview": True, "interviews": [
        iv("Lumenfield", "Staff Software Engineer, Developer Platform", s, e, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
        "difficulty": "hard", "category": "positive/thread-timezone",
        "notes": "'Thu 3/12 @ 4:30p PST' written after US DST (really PDT, -07:00) = Fri 3/13 08:30 JST, confirmed by both sides; recruiter does the screen.",
        "source": "synthetic"})


def c12():
    cid = "b82-12-agency-forwards-company-mail-half-past-ten"
    s, e = T(2026, 4, 14, 10, 30), T(2026, 4, 14, 11, 30)
    dom = "careerbridge-agent.example"
    d0 = T(2026, 4, 6, 19, 12)
    d = T(2026, 4, 7, 9, 48)
    fwd = f"""キャリアブリッジ
高松様

いつも大変お世話になっております。
株式会社ハヤブサゲームス 人事総務部 採用担当でございます。

西沢 陽樹 様の二次面接につきまして、以下の日程でお願いできますでしょうか。

・日時：{s.month}月{s.day}日（{WD[s.weekday()]}）午前10時半から（60分程度）
・形式：Microsoft Teams（URLは前日までに別途お送りいたします）
・面接官：ゲームサーバー開発部 部長 川口、同 リードエンジニア 堀
・内容：技術面接（コーディング課題の振り返りを含みます）

ご調整のほど、何卒よろしくお願いいたします。

株式会社ハヤブサゲームス 人事総務部 採用担当
〒550-0011 大阪市西区阿波座1-8-8
TEL：06-6000-9090
"""
    body = f"""西沢様

お世話になっております。キャリアブリッジの高松です。

株式会社ハヤブサゲームス様（サーバーサイドエンジニア）の件、
企業様より二次面接の日程のご連絡がございましたので、下記に転送いたします。

{s.month}/{s.day}（{WD[s.weekday()]}）10:30～ で確定とさせていただいてよろしいでしょうか。
特に問題なければ、このまま企業様へ確定のご連絡をいたします。
TeamsのURLは届き次第お送りします。
{CB_SIG}

---------- Forwarded message ---------
From: 株式会社ハヤブサゲームス 採用担当 <recruit@hayabusa-games.example>
Date: {d0.year}年{d0.month}月{d0.day}日({WD[d0.weekday()]}) {d0.strftime('%H:%M')}
Subject: 【ハヤブサゲームス】西沢様 二次面接日程のご相談
To: {CB_NAME} <{CB}>

{fwd}"""
    items = [("01-fwd-niji-mensetsu.eml", mail(frm=f"{CB_NAME} <{CB}>", to=OWNER_H,
                                               subject="Fwd: 【ハヤブサゲームス】西沢様 二次面接日程のご相談",
                                               date=d, domain=dom, key=cid, text=body, cte="base64",
                                               received_from="mail-sor-f52.google.example"))]
    case(cid, items, {"interview": True, "interviews": [
        iv("株式会社ハヤブサゲームス", "サーバーサイドエンジニア", s, e, "scheduled", [], [CB], "technical")],
        "difficulty": "hard", "category": "positive/forwarded",
        "notes": "Agency forwards the company's mail: 午前10時半から（60分程度）; company sender is a group address, so follow-up goes to the agency consultant.",
        "source": "synthetic"})


def c13():
    cid = "b82-13-engineer-zoom-invite-noon-ics"
    s = T(2026, 4, 9, 12)
    e = s + timedelta(hours=1)
    ivr = ("三宅 大輔", "d.miyake@nekonote.example")
    dom = "nekonote.example"
    d = T(2026, 4, 3, 16, 33)
    body = f"""西沢さん

はじめまして。株式会社ネコノテでWebチームのテックリードをしております三宅です。
人事の上野から引き継ぎまして、技術面接を担当させていただきます。

{jd(s)}のお昼12時（正午）から1時間、よろしくお願いします。
お昼どきで恐縮ですが、こちらの都合に合わせていただきありがとうございます。
当日は、事前にお送りいただいたGitHubのリポジトリを画面共有しながら、
設計の意図などを伺えればと思っています。

以下、Zoomの招待をお送りします（.icsも添付しています）。

---
三宅 大輔 is inviting you to a scheduled Zoom meeting.

Topic: 【技術面接】西沢様 × ネコノテ（Webアプリケーションエンジニア）
Time: Apr {s.day}, 2026 12:00 PM Osaka, Sapporo, Tokyo

Join Zoom Meeting
https://nekonote.zoom.example/j/92284017735?pwd=cF9vRk1aUWxEN3pT

Meeting ID: 922 8401 7735
Passcode: 481516
---

三宅 大輔 / Daisuke Miyake
株式会社ネコノテ Webチーム テックリード
{ivr[1]}
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "CLASS:PUBLIC", *VTZ_TOKYO, "BEGIN:VEVENT", f"DTSTAMP:{utcs(d)}",
               f"DTSTART;TZID=Asia/Tokyo:{local(s)}", f"DTEND;TZID=Asia/Tokyo:{local(e)}",
               f"SUMMARY:{esc('【技術面接】西沢様 × ネコノテ（Webアプリケーションエンジニア）')}",
               "UID:20260409T030000Z-92284017735@fe80:0:0:0:c2a:a1ff:fe3b:71a2ens5",
               f"DESCRIPTION:{esc('三宅 大輔 is inviting you to a scheduled Zoom meeting.' + chr(10) + chr(10) + 'Join Zoom Meeting' + chr(10) + 'https://nekonote.zoom.example/j/92284017735?pwd=cF9vRk1aUWxEN3pT' + chr(10) + chr(10) + 'Meeting ID: 922 8401 7735' + chr(10) + 'Passcode: 481516')}",
               "LOCATION:https://nekonote.zoom.example/j/92284017735?pwd=cF9vRk1aUWxEN3pT",
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    items = [("01-miyake-zoom.eml", mail(frm=f"{ivr[0]} <{ivr[1]}>", to=OWNER_H, cc="上野 さくら <ueno@nekonote.example>",
                                         subject="技術面接のご案内（4/9 12:00～ Zoom）", date=d, domain=dom, key=cid,
                                         text=body, cte="quoted-printable",
                                         attach=[("Zoom Meeting.ics", cal, "calendar")],
                                         extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])),
             ("02-zoom-meeting.ics", cal.encode())]
    case(cid, items, {"interview": True, "interviews": [
        iv("株式会社ネコノテ", "Webアプリケーションエンジニア", s, e, "scheduled", [ivr[1]], [ivr[1]], "technical")],
        "difficulty": "medium", "category": "positive/zoom-ics-dedupe",
        "notes": "Interviewer sends Zoom text 'お昼12時（正午）から1時間' + METHOD:PUBLISH Zoom .ics (also saved standalone, no ATTENDEE) = one interview; HR CC'd.",
        "source": "synthetic"})


# ======================================================================= NEGATIVES
def neg(cid, items, cat, notes, diff="hard"):
    case(cid, items, {"interview": False, "interviews": [], "difficulty": diff, "category": cat,
                      "notes": notes, "source": "synthetic"})


def c14():
    cid = "b82-14-neg-company-info-session"
    s, e = T(2026, 3, 20, 19), T(2026, 3, 20, 20)
    d = T(2026, 3, 12, 12, 0)
    body = f"""西沢 陽樹 様

グランツテクノロジーズ株式会社 採用担当です。
先日はキャリア登録をいただき、ありがとうございました。

エンジニア職（中途採用）向けのオンライン会社説明会へのお申し込みを受け付けました。

■日時：{jd(s)} 19:00～20:00
■形式：Zoomウェビナー（カメラ・マイクはオフのままで結構です）
■参加URL：https://grants-tech.zoom.example/w/88120334512
■内容：事業紹介、開発組織の紹介、現場エンジニアによるパネルトーク、質疑応答

※本説明会は選考ではございません。服装自由、お気軽にご参加ください。
※説明会後、面接をご希望の方には個別に面接日程のご案内をお送りします。
　説明会への参加有無が選考に影響することはございません。

グランツテクノロジーズ株式会社 人事部 採用担当
recruit-event@grants-tech.example
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Grants Technologies//Event Mailer//JA", "METHOD:PUBLISH",
               *VTZ_TOKYO, "BEGIN:VEVENT", "UID:setsumeikai-20260320-0481@grants-tech.example", f"DTSTAMP:{utcs(d)}",
               f"DTSTART;TZID=Asia/Tokyo:{local(s)}", f"DTEND;TZID=Asia/Tokyo:{local(e)}",
               f"SUMMARY:{esc('【オンライン会社説明会】グランツテクノロジーズ エンジニア職（中途）')}",
               "LOCATION:https://grants-tech.zoom.example/w/88120334512",
               "ORGANIZER;CN=グランツテクノロジーズ 採用担当:mailto:recruit-event@grants-tech.example",
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    items = [("01-setsumeikai-uketsuke.eml", mail(frm="グランツテクノロジーズ 採用担当 <recruit-event@grants-tech.example>",
                                                  to=OWNER_H, subject="【お申込み完了】オンライン会社説明会（3/20 19:00～）のご案内",
                                                  date=d, domain="grants-tech.example", key=cid, text=body,
                                                  attach=[("setsumeikai.ics", cal, "calendar")]))]
    neg(cid, items, "negative/info-session", "会社説明会 with a dated .ics; explicitly not a selection step (mentions 面接 only as a later option).")


def c15():
    cid = "b82-15-neg-aptitude-test-deadline"
    d = T(2026, 3, 9, 10, 0)
    dl = T(2026, 3, 15, 23, 59)
    body = f"""西沢 陽樹 様

株式会社タカセ電子 採用担当でございます。
この度は当社「ソフトウェア開発エンジニア（車載）」へご応募いただき、誠にありがとうございます。

書類選考の結果、次の選考ステップとして、Web適性検査の受検をお願いしております。
一次面接のご案内は、適性検査の受検完了を確認したうえで改めてご連絡いたします。

■検査名　：Web適性検査（能力検査・性格検査）
■所要時間：約65分（途中保存はできません）
■受検期限：{jd(dl)} 23:59まで
■受検URL ：https://exam.aptiq.example/takase/login?cid=TKS26-04418
■ログインID：TKS26-04418
■初期パスワード：別メールにてお送りしております

※期限を過ぎますと受検ができなくなりますのでご注意ください。
※通信環境の安定した場所で、PCにて受検してください。

株式会社タカセ電子 人事部 採用グループ
このメールは送信専用です。お問い合わせ：saiyo@takase-denshi.example
"""
    items = [("01-tekisei-kensa.eml", mail(frm="株式会社タカセ電子 採用担当 <noreply@takase-denshi.example>", to=OWNER_H,
                                           subject="【株式会社タカセ電子】Web適性検査受検のお願い（受検期限：3月15日）",
                                           date=d, domain="takase-denshi.example", key=cid, text=body))]
    neg(cid, items, "negative/assessment", "適性検査 (online aptitude test) with a deadline; the 一次面接 is only promised for later.")


def c16():
    cid = "b82-16-neg-naitei-offer"
    d = T(2026, 4, 3, 17, 30)
    body = f"""西沢 陽樹 様

お世話になっております。キャリアブリッジの高松です。

株式会社エニシア様より、先日の最終面接の結果について連絡がございました。
このたび、西沢様に「内定」をいただきました！本当におめでとうございます。

面接官の皆様から、設計の考え方と、チームでの課題解決の経験を高く評価いただいたとのことです。

■ポジション：シニアソフトウェアエンジニア（決済基盤）
■提示年収：830万円（賞与込み）
■入社日：2026年6月1日（相談可）
■ご回答期限：{jd(T(2026, 4, 17))}

労働条件通知書（PDF）を企業様より預かっておりますので、別途お送りいたします。
ご不明点や条件面でご相談したい点があれば、私から企業様へ確認いたしますので、
まずはお気軽にお電話ください。
{CB_SIG}
"""
    items = [("01-naitei-no-go-renraku.eml", mail(frm=f"{CB_NAME} <{CB}>", to=OWNER_H,
                                                  subject="【キャリアブリッジ】株式会社エニシア様 選考結果（内定）のご連絡",
                                                  date=d, domain="careerbridge-agent.example", key=cid, text=body,
                                                  cte="quoted-printable"))]
    neg(cid, items, "negative/offer", "内定 (offer) after a past final interview; only a reply deadline, no meeting booked.")


def c17():
    cid = "b82-17-neg-fusaiyou-rejection"
    d = T(2026, 3, 13, 18, 0)
    body = f"""西沢 陽樹 様

株式会社ユニフォート 採用担当の石原でございます。
先日は、ご多忙の中、一次面接にお時間をいただき誠にありがとうございました。

社内で慎重に選考を進めました結果、誠に残念ながら、今回は採用を見送らせていただくこととなりました。
ご期待に沿えない結果となり大変恐縮ではございますが、何卒ご了承くださいますようお願い申し上げます。

なお、選考の詳細についてはお答えいたしかねますこと、ご容赦ください。
面接でお話しいただいたご経験は大変魅力的なものでした。
西沢様の今後のご活躍を心よりお祈り申し上げます。

株式会社ユニフォート 人事部 採用担当
石原 真由美（ishihara@unifort.example）
〒532-0011 大阪市淀川区西中島4-4-4
"""
    items = [("01-senkou-kekka.eml", mail(frm="株式会社ユニフォート 採用担当 <ishihara@unifort.example>", to=OWNER_H,
                                          subject="選考結果のご連絡（株式会社ユニフォート）", date=d,
                                          domain="unifort.example", key=cid, text=body, charset="iso-2022-jp", cte="7bit"))]
    neg(cid, items, "negative/rejection", "不採用 (rejection) after a past 一次面接; no upcoming interview.", diff="medium")


def c18():
    cid = "b82-18-neg-medical-checkup-booking"
    s = T(2026, 4, 20, 9, 30)
    d = T(2026, 4, 10, 14, 5)
    body = f"""西沢 陽樹 様

中之島メディカルクリニック 健診センターでございます。
雇入時健康診断のご予約を承りました。

―――――――――――――――――
■健診種別：雇入時健康診断（企業提出用）
■ご予約日時：{jd(s)} 9:30 受付（所要時間 約1時間）
■ご提出先：株式会社エニシア 人事部
■場所：大阪市北区中之島3-2-2 中之島ウエストビル3F
―――――――――――――――――

【ご注意】
・前日21時以降は絶食でお越しください（水・お茶は可）。
・問診票を事前にご記入のうえお持ちください。医師による問診がございます。
・採用面接用の書類ではございません。結果は1週間程度で郵送いたします。

ご予約の変更・キャンセルは前日17時までにお電話ください。
中之島メディカルクリニック 健診センター
TEL：06-6000-1189（受付時間 平日9:00～17:00）
"""
    items = [("01-kenshin-yoyaku.eml", mail(frm="中之島メディカルクリニック 健診センター <kenshin@nakanoshima-mc.example>",
                                            to=OWNER_H, subject="【ご予約確定】雇入時健康診断のご案内", date=d,
                                            domain="nakanoshima-mc.example", key=cid, text=body))]
    neg(cid, items, "negative/medical-appointment", "雇入時健康診断 booking with a time (pre-employment medical) - not an interview.", diff="medium")


def c19():
    cid = "b82-19-neg-availability-request-unanswered"
    dom = "techlink-tenshoku.example"
    d1, d2 = T(2026, 4, 8, 11, 20), T(2026, 4, 8, 22, 14)
    b1 = f"""西沢様

お世話になっております。テックリンク転職の岡部です。

株式会社ミツボシ様（クラウドエンジニア）の書類選考を通過いたしました！
一次面接（オンライン・60分）の日程調整をさせていただきたく、
{jd(T(2026,4,13))}～{jd(T(2026,4,17))}の平日10時～18時の間で、
ご都合の良い日時を複数ご教示ください。

企業様の面接官の方のご予定と照らし合わせ、確定次第ご連絡いたします。
{TL_SIG}
"""
    b2 = f"""岡部様

お世話になっております。西沢です。
書類選考通過のご連絡ありがとうございます。

以下の日時で調整可能です。
・{jd(T(2026,4,14))} 14:00～18:00
・{jd(T(2026,4,15))} 10:00～12:00
・{jd(T(2026,4,16))} 16時以降

どうぞよろしくお願いいたします。
{USER_SIG}

{d1.strftime('%Y年%m月%d日')}({WD[d1.weekday()]}) {d1.strftime('%H:%M')} {TL_NAME} <{TL}>:
{quote(b1)}
"""
    sub = "【テックリンク】株式会社ミツボシ様 一次面接の日程調整"
    m1 = msgid(cid + "1", dom)
    items = [
        ("01-nittei-chousei.eml", mail(frm=f"{TL_NAME} <{TL}>", to=OWNER_H, subject=sub, date=d1, domain=dom,
                                       key=cid + "1", text=b1)),
        ("02-reply-kouho.eml", mail(frm=OWNER_H, to=f"{TL_NAME} <{TL}>", subject="Re: " + sub, date=d2,
                                    domain="example.com", key=cid + "2", text=b2, in_reply_to=m1,
                                    charset="iso-2022-jp", cte="7bit",
                                    extra=[("User-Agent", "Mozilla/5.0 Thunderbird/128.6.0")])),
    ]
    neg(cid, items, "negative/availability-request", "ご都合の良い日時を複数ご教示ください + candidate's slots; never confirmed.")


def c20():
    cid = "b82-20-neg-agency-mock-interview"
    s, e = T(2026, 3, 10, 19), T(2026, 3, 10, 20)
    d = T(2026, 3, 6, 15, 0)
    body = f"""西沢 陽樹 様

お世話になっております。キャリアブリッジの高松です。

来週の株式会社ミナトロジクス様の一次面接に向けて、模擬面接（面接対策）のお時間を確保いたしました。

日時：{jd(s)} 19:00～20:00
形式：Zoom（https://zoom.example/j/81177250044?pwd=Qa2kRt）
内容：自己紹介・転職理由・技術経験の深掘りなど、本番を想定した質問に私がお答えいただく形で進め、
　　　最後にフィードバックをお伝えします。

本番の面接ではございませんので、リラックスしてご参加ください。
職務経歴書をお手元にご用意いただけるとスムーズです。
{CB_SIG}
"""
    items = [("01-mogi-mensetsu.eml", mail(frm=f"{CB_NAME} <{CB}>", to=OWNER_H,
                                           subject="【キャリアブリッジ】模擬面接（面接対策）日程のご案内",
                                           date=d, domain="careerbridge-agent.example", key=cid, text=body))]
    neg(cid, items, "negative/mock-interview", "Agency-run 模擬面接 (mock interview) at a fixed time; coaching, not a hiring step.")


def c21():
    cid = "b82-21-neg-scout-with-booking-link"
    d = T(2026, 3, 17, 9, 12)
    body = """Hi Haruki,

I came across your profile on TechScout and your work on event-driven logistics systems caught my eye.

I'm hiring for a Senior Platform Engineer role in Norrsken Cloud's new Tokyo office (hybrid, Japanese
and English both used day to day). Not sure about your current situation, but would you be open to a
casual 20-minute call to hear more? No preparation needed - this isn't an interview, just a chance to see
whether it's worth a formal conversation with the hiring team.

If you're interested, grab any time that suits you here:
https://meetslot.example/norrsken-erik/20min-intro

Times are shown in your local timezone (JST).

Cheers,
Erik Lindqvist
Talent Acquisition Lead, APAC | Norrsken Cloud AB
+46 8 555 012 34 | Sveavägen 44, Stockholm
"""
    items = [("01-techscout-message.eml", mail(frm="Erik Lindqvist via TechScout <messages-noreply@techscout.example>",
                                               to=OWNER, reply_to="Erik Lindqvist <erik.lindqvist@norrsken-cloud.example>",
                                               subject="Senior Platform Engineer (Tokyo) - open to a quick call?",
                                               date=d, domain="techscout.example", key=cid, text=body, cte="quoted-printable"))]
    neg(cid, items, "negative/recruiter-outreach", "Cold scout message with an unbooked scheduling link; uses role/call/interview words.", diff="medium")


def c22():
    cid = "b82-22-neg-podcast-interview-14h"
    s = datetime(2026, 3, 26, 14, 0, tzinfo=PARIS)
    sj = s.astimezone(TOKYO)
    d = datetime(2026, 3, 18, 10, 40, tzinfo=PARIS)
    m0 = datetime(2026, 3, 17, 9, 5, tzinfo=PARIS)
    body = f"""Bonjour Haruki,

Great news, we're all set! Thanks for agreeing to be interviewed for episode 118 of "Le Podcast Backend"
about your open-source job-queue library (kyuu-rs) and how you run it in production.

Recording: Thursday 26 March, 14h Paris time (that's {sj.strftime('%H')}h in Osaka - thank you for staying up!).
Duration: about 60 min, and we edit it down to ~45.
Link: https://riverside.example/studio/le-podcast-backend

Our host Camille will send a short list of topics beforehand. This is a conversation about your project,
not a job interview, so no preparation is needed beyond a decent microphone.

À bientôt,
Théo Garnier
Producer - Le Podcast Backend
+33 1 84 88 00 17

> Le 17 mars 2026 à 09:05, Théo Garnier <theo@lepodcastbackend.example> a écrit :
> Would you be available on the 26th for the recording?
"""
    items = [("01-podcast-recording-confirmed.eml", mail(frm="Théo Garnier <theo@lepodcastbackend.example>", to=OWNER,
                                                         subject="Re: Interview podcast - kyuu-rs (ep. 118)",
                                                         date=d, domain="lepodcastbackend.example", key=cid, text=body,
                                                         in_reply_to=msgid(cid + "0", "lepodcastbackend.example"),
                                                         cte="quoted-printable",
                                                         extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]))]
    neg(cid, items, "negative/podcast", "Podcast 'interview' recording at 14h Paris (22h JST) - press/media, not a job interview.", diff="medium")


def main():
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        fn()
    for p in HERE.glob("b82-*"):
        if p.is_dir():
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
    hdr = "# Labels for the blind82 set (written blind; all names invented). See /work/shared/eval/README.md for the schema.\n"
    (HERE / "labels.yaml").write_text(hdr + yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=1000),
                                      encoding="utf-8")
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
