#!/usr/bin/env python3
"""Deterministic generator for the blind49 evaluation set (Asia-Pacific / Middle East theme).

Rewrites every case folder below this directory and labels.yaml.  stdlib + PyYAML + zoneinfo only.
All people, companies and domains are invented (.example / example.com / mail.example).
"""
import hashlib
import json
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = timezone.utc
Z = ZoneInfo

IST = Z("Asia/Kolkata")
SGT = Z("Asia/Singapore")
JST = Z("Asia/Tokyo")
KST = Z("Asia/Seoul")
CST = Z("Asia/Shanghai")
HKT = Z("Asia/Hong_Kong")
GST = Z("Asia/Dubai")
AST = Z("Asia/Riyadh")
ISR = Z("Asia/Jerusalem")
SYD = Z("Australia/Sydney")
AKL = Z("Pacific/Auckland")
MYT = Z("Asia/Kuala_Lumpur")
PAC = Z("America/Los_Angeles")

CASES = {}      # case_id -> list of (filename, bytes)
LABELS = {}


def dt(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(x):
    return x.isoformat() if x is not None else None


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(x):
    return x.strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def vtz_fixed(tzid, offset, name=None):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}"] + ([f"TZNAME:{name}"] if name else []) + \
           ["END:STANDARD", "END:VTIMEZONE"]


def vtz_sydney():
    return ["BEGIN:VTIMEZONE", "TZID:Australia/Sydney", "X-LIC-LOCATION:Australia/Sydney",
            "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
            "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
            "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name}:mailto:{email}")


def vevent(*, uid, start, end, summary, organizer, attendees, description="", location="",
           seq=0, status="CONFIRMED", stamp, tzid=None, extra=()):
    if tzid:
        ds = [f"DTSTART;TZID={tzid}:{local(start)}", f"DTEND;TZID={tzid}:{local(end)}"]
    else:
        ds = [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    lines = ["BEGIN:VEVENT"] + ds + [f"DTSTAMP:{zstamp(stamp)}",
                                     f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
                                     f"UID:{uid}"]
    lines += [attendee(*a) for a in attendees]
    lines += [f"CREATED:{zstamp(stamp)}", f"DESCRIPTION:{ics_escape(description)}",
              f"LAST-MODIFIED:{zstamp(stamp)}", f"LOCATION:{ics_escape(location)}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}",
              "TRANSP:OPAQUE"] + list(extra) + ["END:VEVENT"]
    return lines


def calendar(prodid, method, body, tz=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    return ics_text(lines + list(tz) + body + ["END:VCALENDAR"])


# ---------------------------------------------------------------- e-mail helpers
def base_msg(*, frm, to, subject, date, msgid, delivered_to, cc=None, reply_to=None,
             in_reply_to=None, references=None, extra=()):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = delivered_to
    m["Return-Path"] = "<" + (frm.split("<")[-1].rstrip(">") if "<" in frm else frm) + ">"
    for k, v in extra:
        m[k] = v
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    m["MIME-Version"] = "1.0"
    return m


def finish(m):
    """Deterministic MIME boundaries (derived from the Message-ID) so reruns are byte-identical."""
    seed = hashlib.sha1(str(m["Message-ID"]).encode()).hexdigest()
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"{seed[:24]}{i:02d}")
    return m.as_bytes()


def plain(text, html=None, cte="quoted-printable", html_cte="quoted-printable", attach=(), **hdr):
    m = base_msg(**hdr)
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte)
    for data, mt, st, fn in attach:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return finish(m)


def google_invite(text, html, ics, **hdr):
    hdr.setdefault("extra", ())
    hdr["extra"] = tuple(hdr["extra"]) + (("Sender", "Google Calendar <calendar-notification@google.com>"),)
    m = base_msg(**hdr)
    m.set_content(text, cte="base64")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"}, cte="base64")
    m.make_mixed()
    m.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
    return finish(m)


def exchange_invite(text, html, ics, method="REQUEST", **hdr):
    hdr.setdefault("extra", ())
    hdr["extra"] = tuple(hdr["extra"]) + (
        ("Thread-Topic", hdr["subject"]), ("Accept-Language", "en-US"),
        ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""))
    m = base_msg(**hdr)
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics, subtype="calendar", params={"method": method}, cte="base64")
    return finish(m)


def html_wrap(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in esc.split("\n\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + paras + "</div></body></html>\n")


def T(s):
    return textwrap.dedent(s).lstrip("\n")


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def lab(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ======================================================================== POSITIVES
def c01():
    user = "ananya.krishnan@mail.example"
    sent = dt(2026, 3, 16, 17, 42, IST)
    start = dt(2026, 3, 17, 11, 0, IST)
    text = T("""
        Dear Ananya,

        Greetings from Veltrix Software!

        With reference to your application for the position of Senior Java Developer (Job Code VS-JD-2291),
        we are pleased to inform you that your profile has been shortlisted for the L1 Technical Round.

        Your L1 is scheduled for tomorrow (Tuesday) at 11 AM IST. The discussion will be for about 1 hour
        and will be taken by Sandeep Iyer, Lead Engineer - Platform (sandeep.iyer@veltrix.example).

        Mode: Google Meet - https://meet.google.com/vsx-kqpr-tmn
        Topics: Core Java, Spring Boot, microservices, one live coding problem.

        Kindly keep your camera ON throughout and keep a government photo ID (PAN / Aadhaar) handy for
        verification. In case of any connectivity issue, please reach out to me on the number below
        (call or WhatsApp).

        Please acknowledge this mail.

        Thanks & Regards,
        Rohit Bhatia
        Senior Executive - Talent Acquisition
        Veltrix Software Pvt. Ltd.
        4th Floor, Prestige Tech Park, Outer Ring Road, Marathahalli, Bengaluru 560103
        M: +91 98450 12345 | www.veltrix.example
        """)
    eml = plain(text, frm="Rohit Bhatia <rohit.bhatia@veltrix.example>", to=f"Ananya Krishnan <{user}>",
                subject="L1 Technical Round - Senior Java Developer - Veltrix Software",
                date=sent, msgid="<CAF7x2k1Lq0veltrix.20260316.ab12@mail.veltrix.example>",
                delivered_to=user)
    case("b49-01-india-l1-tomorrow-11am-ist",
         [("01-l1-technical-round.eml", eml)],
         lab(user, [iv("Veltrix Software", "Senior Java Developer", start, start + timedelta(hours=1),
                       "scheduled", ["sandeep.iyer@veltrix.example"], ["sandeep.iyer@veltrix.example"],
                       "technical")],
             "easy", "positive/body-only",
             "Indian recruiter mail, quoted-printable; 'tomorrow (Tuesday) at 11 AM IST' resolved against "
             "the Mon 16 Mar Date; 1 hour."))


def c02():
    user = "daniel.ong@example.com"
    sent = dt(2026, 4, 3, 16, 5, SGT)
    start = dt(2026, 4, 9, 14, 0, SGT)
    end = dt(2026, 4, 9, 14, 45, SGT)
    grace = ("Grace Tan", "grace.tan@lumorapay.example")
    ics = calendar("-//KerjaLink//Interview Scheduler 3.2//EN", "REQUEST",
                   vevent(uid="kl-iv-88213-4471@kerjalink.example", start=start, end=end,
                          summary="Interview: Product Analyst - Lumora Payments",
                          organizer=("Lumora Payments via KerjaLink", "interviews@notify.kerjalink.example"),
                          attendees=[(grace[0], grace[1], "ACCEPTED"), ("Daniel Ong", user)],
                          description="Hiring manager interview with Grace Tan (Head of Analytics).\n"
                                      "Video call: https://meet.lumorapay.example/j/48812\n"
                                      "Questions? Contact Melissa Koh, melissa.koh@lumorapay.example",
                          location="Video call", stamp=sent, tzid="Asia/Singapore"),
                   vtz_fixed("Asia/Singapore", "+0800", "+08"))
    text = T("""
        Hi Daniel,

        Good news! Lumora Payments has confirmed your interview for the role you applied to on KerjaLink.

          Role:        Product Analyst
          Company:     Lumora Payments Pte. Ltd.
          Date:        Thursday, 9 April 2026
          Time:        14:00 - 14:45 SGT (GMT+8)
          Format:      Video call (link in the attached calendar file)
          Interviewer: Grace Tan, Head of Analytics

        Tip: join 5 minutes early and test your camera and microphone.

        Need to reschedule? Please contact the employer directly: Melissa Koh (melissa.koh@lumorapay.example).

        Good luck!
        The KerjaLink team

        You received this e-mail because you applied for a job through KerjaLink Singapore.
        KerjaLink Pte. Ltd., 71 Ayer Rajah Crescent, #02-18, Singapore 139951
        Manage notifications: https://www.kerjalink.example/settings/notifications
        """)
    eml = plain(text, frm="Lumora Payments via KerjaLink <no-reply@notify.kerjalink.example>",
                to=user, subject="Interview confirmed: Product Analyst at Lumora Payments",
                date=sent, msgid="<0101018e7a.kl-notify-88213@notify.kerjalink.example>", delivered_to=user,
                attach=[(ics.encode(), "text", "calendar", "interview.ics")])
    case("b49-02-singapore-jobboard-ats-ics-sgt",
         [("01-kerjalink-interview-confirmed.eml", eml)],
         lab(user, [iv("Lumora Payments", "Product Analyst", start, end, "scheduled",
                       [grace[1]], [grace[1]], "hiring_manager")],
             "medium", "positive/ats-ics",
             "JobStreet-like board mail (no-reply) with .ics TZID Asia/Singapore; interviewer address only "
             "in ATTENDEE; coordinator Melissa is not an interviewer."))


def c03():
    user = "kenta.mori@mail.example"
    n_sent = dt(2026, 5, 11, 10, 2, JST)
    sent = dt(2026, 5, 11, 18, 37, JST)
    start = dt(2026, 5, 19, 14, 0, JST)
    notif = T("""
        森 健太 様

        株式会社ハルカゼ技研 から新着メッセージが届いています。

        「面接日程について」
        ＞ 森様、この度はご応募いただきありがとうございます。1次面接の日程につきまして…

        続きはシゴトブリッジのメッセージ画面でご確認ください。
        https://shigotobridge.example/messages/t/55120

        ※このメールは送信専用アドレスから送信しています。返信はできません。
        ──────────────────
        シゴトブリッジ運営事務局
        """)
    e1 = plain(notif, cte="base64", frm="シゴトブリッジ <no-reply@shigotobridge.example>", to=user,
               subject="【シゴトブリッジ】株式会社ハルカゼ技研から新着メッセージがあります",
               date=n_sent, msgid="<sb-notify-55120-1@shigotobridge.example>", delivered_to=user)
    body = T("""
        森 健太 様

        お世話になっております。
        株式会社ハルカゼ技研 人事部 採用担当の佐藤でございます。

        この度は、バックエンドエンジニア（Backend Engineer）職にご応募いただき、誠にありがとうございます。
        書類選考の結果、ぜひ1次面接にお進みいただきたく、ご連絡いたしました。
        ご希望いただいた候補日の中から、下記の日程で確定いたしましたのでご案内申し上げます。

        ■日時：2026年5月19日（火）午後2時〜午後3時（日本時間）
        ■形式：オンライン（Zoom）
        　URL：https://zoom.example/j/83310427761 （パスコード：hk0519）
        ■面接官：開発部 マネージャー 田中 健一
        ■所要時間：約60分

        当日は、これまでのご経験について職務経歴書に沿ってお伺いする予定です。
        ご都合が悪くなった場合は、お手数ですが本メールにご返信ください。

        何卒よろしくお願い申し上げます。

        ――――――――――――――――――――
        株式会社ハルカゼ技研（Harukaze Giken Co., Ltd.）
        人事部 採用担当　佐藤 美咲
        〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエタワー 14F（架空）
        TEL：03-5555-0192
        Mail：misaki.sato@harukaze-giken.example
        ――――――――――――――――――――
        """)
    e2 = plain(body, cte="base64", frm="佐藤 美咲 <misaki.sato@harukaze-giken.example>",
               to=f"森 健太 <{user}>", subject="【ハルカゼ技研】1次面接日程確定のご連絡",
               date=sent, msgid="<20260511183702.4471@harukaze-giken.example>", delivered_to=user)
    case("b49-03-japan-1ji-mensetsu-gogo2ji",
         [("01-shigotobridge-notification.eml", e1), ("02-1ji-mensetsu-kakutei.eml", e2)],
         lab(user, [iv("Harukaze Giken", "Backend Engineer", start, start + timedelta(hours=1), "scheduled",
                       [], ["misaki.sato@harukaze-giken.example"], "other")],
             "hard", "positive/japanese",
             "All-Japanese base64 bodies; 1次面接 on 2026年5月19日 午後2時〜午後3時 JST; interviewer named "
             "without address so follow-up goes to the recruiter. First item is a Wantedly-like "
             "notification without a time."))


def c04():
    user = "dohyun.kim@example.com"
    sent1 = dt(2026, 6, 2, 15, 20, KST)
    sent2 = dt(2026, 6, 2, 15, 31, KST)
    start = dt(2026, 6, 10, 10, 0, KST)
    end = dt(2026, 6, 10, 11, 30, KST)
    jw = ("Jiwoo Park", "jiwoo.park@hanbitmobility.example")
    mj = ("Minjun Choi", "minjun.choi@hanbitmobility.example")
    sy = ("Seoyeon Lim", "seoyeon.lim@hanbitmobility.example")
    text1 = T("""
        안녕하세요 김도현님,

        Thank you for your time in the first round last week - the team enjoyed the conversation.
        We'd like to invite you to the 2차 기술면접 (2nd round, technical) for the Android Engineer position.

        - 일시: 6월 10일 (수) 오전 10시 ~ 11시 30분 (KST)
        - 방식: Google Meet (캘린더 초대를 별도로 보내드립니다)
        - 면접관: 최민준 (Android Lead), 임서연 (Senior Engineer)
        - 내용: live coding (Kotlin) 45분 + architecture discussion

        면접 당일 노트북 화면 공유가 가능하도록 준비 부탁드립니다.
        궁금하신 점은 언제든지 회신 주세요.

        감사합니다.
        박지우 드림
        Talent Acquisition | 한빛모빌리티 Hanbit Mobility
        서울특별시 강남구 테헤란로 427, 12층 | T. 02-555-0147
        """)
    e1 = plain(text1, cte="base64", frm=f"박지우 <{jw[1]}>", to=f"김도현 <{user}>",
               subject="[한빛모빌리티] 2차 면접 안내 / 2nd round interview - Android Engineer",
               date=sent1, msgid="<CAJw9pK2nd.round.0602@mail.hanbitmobility.example>", delivered_to=user)
    summ = "[한빛모빌리티] 2차 기술면접 - 김도현 (Android Engineer)"
    desc = ("2차 기술면접 / 2nd round technical interview\n면접관: 최민준, 임서연\n\n"
            "-::~:~::~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/hbt-wqzd-kxm\n"
            "Please do not edit this section.\n-::~:~::~:~:~:~:~::~:~::-")
    ics = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST",
                   vevent(uid="3k9v0q2m7hbt1a6r4s8d5f0c2e@google.com", start=start, end=end, summary=summ,
                          organizer=jw, attendees=[(jw[0], jw[1], "ACCEPTED"), (mj[0], mj[1], "ACCEPTED"),
                                                   (sy[0], sy[1], "TENTATIVE"), (user, user)],
                          description=desc, stamp=sent2,
                          extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/hbt-wqzd-kxm"]))
    gtext = T(f"""
        {summ}
        Wednesday Jun 10, 2026 ⋅ 10am – 11:30am
        Korean Standard Time - Seoul

        Join with Google Meet
        https://meet.google.com/hbt-wqzd-kxm

        Organizer
        박지우 Jiwoo Park
        {jw[1]}

        Guests
        Jiwoo Park - organizer
        {jw[1]}
        {mj[1]}
        {sy[1]}
        {user}

        2차 기술면접 / 2nd round technical interview
        면접관: 최민준, 임서연

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        You are receiving this email because you are an attendee on the event.
        """)
    e2 = google_invite(gtext, html_wrap(gtext), ics, frm=f"Jiwoo Park <{jw[1]}>", to=user, reply_to=jw[1],
                       subject=f"Invitation: {summ} @ Wed Jun 10, 2026 10am - 11:30am (KST) ({user})",
                       date=sent2, msgid="<calendar-6c1d7f0e-8a42-4b1f-9d1e-0b7a2f55c901@google.com>",
                       delivered_to=user)
    case("b49-04-korea-2cha-mail-plus-google-invite",
         [("01-2cha-myeonjeop-annae.eml", e1), ("02-invitation-2cha.eml", e2)],
         lab(user, [iv("Hanbit Mobility", "Android Engineer", start, end, "scheduled",
                       [mj[1], sy[1]], [mj[1], sy[1]], "onsite")],
             "medium", "positive/dedupe",
             "Korean/English recruiter mail ('오전 10시 ~ 11시 30분 (KST)') plus Google invite in UTC for the same "
             "2-interviewer panel -> one interview."))


def c05():
    user = "zhao.yuchen@mail.example"
    hr = "li.wang@yunshandata.example"
    cto = "chen.zhiqiang@yunshandata.example"
    s1 = dt(2026, 4, 15, 11, 8, CST)
    s2 = dt(2026, 4, 15, 20, 46, CST)
    s3 = dt(2026, 4, 16, 9, 55, CST)
    start = dt(2026, 4, 23, 15, 0, CST)
    t1 = T(f"""
        赵雨晨 您好：

        感谢您对云杉数据的关注。经过前两轮面试，我们诚挚邀请您参加【数据平台高级工程师 / Senior Data Platform Engineer】岗位的最终面试（CTO面）。

        时间：4月21日（周二）下午3点至4点（北京时间）
        地点：上海市徐汇区漕溪北路88号 云杉大厦 21楼 前台（到达后请联系前台或微信联系我）
        面试官：CTO 陈志强（{cto}）
        形式：现场面试，约60分钟

        请携带身份证及纸质简历一份。如时间不便，请尽快回复本邮件。

        祝好！
        王丽 | 招聘经理
        云杉数据 Yunshan Data Technology Co., Ltd.
        手机/微信：138 1234 5678
        """)
    e1 = plain(t1, cte="base64", frm=f"王丽 <{hr}>", to=f"赵雨晨 <{user}>",
               subject="最终面试邀请 - 数据平台高级工程师 - 云杉数据", date=s1,
               msgid="<tencent_5F2A9C1B0E77@qiye.yunshandata.example>", delivered_to=user)
    t2 = T(f"""
        王经理您好，

        非常感谢邀请！不好意思，21号那天我需要出差去深圳，当天赶不回上海。请问周四（23号）同一时间可以吗？

        谢谢！
        赵雨晨

        ---- 原始邮件 ----
        发件人：王丽 <{hr}>
        时间：2026年4月15日 11:08
        主题：最终面试邀请 - 数据平台高级工程师 - 云杉数据

        > 时间：4月21日（周二）下午3点至4点（北京时间）
        > 地点：上海市徐汇区漕溪北路88号 云杉大厦 21楼
        """)
    e2 = plain(t2, cte="base64", frm=f"赵雨晨 <{user}>", to=f"王丽 <{hr}>",
               subject="回复：最终面试邀请 - 数据平台高级工程师 - 云杉数据", date=s2,
               msgid="<a81f0c3e.zyc.20260415@mail.example>", delivered_to=user,
               in_reply_to="<tencent_5F2A9C1B0E77@qiye.yunshandata.example>")
    t3 = T(f"""
        雨晨你好，

        没问题，已和陈总确认，最终面试改到4月23日（周四）下午3点，时长不变（1小时），地点不变。
        陈总的邮箱：{cto}，我已抄送。

        到了之后微信我就行。

        王丽

        ---- 回复的原邮件 ----
        > 非常感谢邀请！不好意思，21号那天我需要出差去深圳，当天赶不回上海。请问周四（23号）同一时间可以吗？
        """)
    e3 = plain(t3, cte="base64", frm=f"王丽 <{hr}>", to=f"赵雨晨 <{user}>", cc=f"陈志强 <{cto}>",
               subject="回复：回复：最终面试邀请 - 数据平台高级工程师 - 云杉数据", date=s3,
               msgid="<tencent_7B3D1A90FF21@qiye.yunshandata.example>", delivered_to=user,
               in_reply_to="<a81f0c3e.zyc.20260415@mail.example>",
               references="<tencent_5F2A9C1B0E77@qiye.yunshandata.example> <a81f0c3e.zyc.20260415@mail.example>")
    case("b49-05-china-zuizhong-mianshi-moved",
         [("01-zuizhong-mianshi-yaoqing.eml", e1), ("02-candidate-asks-thursday.eml", e2),
          ("03-moved-to-thursday.eml", e3)],
         lab(user, [iv("Yunshan Data", "Senior Data Platform Engineer", start, start + timedelta(hours=1),
                       "scheduled", [cto], [cto], "hiring_manager")],
             "hard", "positive/reschedule",
             "Chinese thread: 最终面试 下午3点至4点 on 4/21 moved by reply to 4月23日（周四）下午3点, 1h, Beijing time."))


def c06():
    user = "shreya.menon@example.com"
    agent = "omar.haddad@gulfbridge-talent.example"
    noura = ("Noura Khalil", "noura.khalil@alnoorhospitality.example")
    fat = ("Fatima Al Mansoori", "fatima.almansoori@alnoorhospitality.example")
    rah = ("Rahul Menon", "rahul.menon@alnoorhospitality.example")
    s1 = dt(2026, 5, 6, 13, 14, GST)
    s2 = dt(2026, 5, 7, 9, 40, GST)
    start = dt(2026, 5, 12, 11, 0, GST)
    end = dt(2026, 5, 12, 12, 0, GST)
    t1 = T(f"""
        Hi Shreya,

        Great news - Al Noor have come back and want to move you to the panel. See their note below.
        Noura will send the Teams invite directly. Call or WhatsApp me any time before, happy to prep.

        Best,
        Omar Haddad
        Senior Consultant - Finance & Accounting
        Gulfbridge Talent | Office 1504, Marina Plaza, Dubai Marina, Dubai, UAE
        +971 50 555 0183

        ---------- Forwarded message ---------
        From: {noura[0]} <{noura[1]}>
        Date: Wed, 6 May 2026 at 12:51
        Subject: RE: Candidate submission - Shreya Menon - Finance Manager
        To: Omar Haddad <{agent}>

        Dear Omar,

        Thank you for sharing Shreya's profile. We would like to invite her for a panel interview for
        the Finance Manager role on Tuesday 12 May, 11:00 AM - 12:00 PM GST, over Microsoft Teams.
        The panel will be {fat[0]} (CFO) and {rah[0]} (Financial Controller).
        I will send the meeting invitation to her directly.

        Kind regards,
        Noura Khalil
        HR Business Partner | Al Noor Hospitality Group
        P.O. Box 55123, Dubai, UAE
        """)
    e1 = plain(t1, frm=f"Omar Haddad <{agent}>", to=f"Shreya Menon <{user}>",
               subject="Fwd: RE: Candidate submission - Shreya Menon - Finance Manager", date=s1,
               msgid="<CAGb7Fwd0506.omar@mail.gulfbridge-talent.example>", delivered_to=user)
    subj = "Panel Interview - Finance Manager - Shreya Menon"
    tz = "Arabian Standard Time"
    ics = calendar("Microsoft Exchange Server 2010", "REQUEST",
                   vevent(uid="040000008200E00074C5B7101A82E00800000000A07C4B1DD6DCDC01000000000000000010000000",
                          start=start, end=end, summary=subj, organizer=noura,
                          attendees=[(user, user), (fat[0], fat[1]), (rah[0], rah[1])],
                          description="Dear Shreya, please find the Teams link for your panel interview "
                                      "with Fatima Al Mansoori and Rahul Menon.", location="Microsoft Teams Meeting",
                          stamp=s2, tzid=tz,
                          extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                                 "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]),
                   vtz_fixed(tz, "+0400"))
    txt = T(f"""
        When: Tuesday, May 12, 2026 11:00 AM-12:00 PM (UTC+04:00) Abu Dhabi, Muscat.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Dear Shreya,

        Please find the Teams link for your panel interview with Fatima Al Mansoori (CFO) and
        Rahul Menon (Financial Controller) for the Finance Manager role.

        Regards,
        Noura Khalil
        HR Business Partner | Al Noor Hospitality Group

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_QWxOb29y%40thread.v2/0>
        Meeting ID: 341 882 905 117
        Passcode: aN7kQ2
        ________________________________________________________________________________
        """)
    e2 = exchange_invite(txt, html_wrap(txt), ics, frm=f"{noura[0]} <{noura[1]}>",
                         to=f"Shreya Menon <{user}>; {fat[0]} <{fat[1]}>; {rah[0]} <{rah[1]}>".replace(";", ","),
                         subject=subj, date=s2,
                         msgid="<DB9PR02MB7140A1C3@alnoorhospitality.example>",
                         delivered_to=user)
    case("b49-06-uae-agency-forward-plus-teams-panel",
         [("01-fwd-agency-panel.eml", e1), ("02-teams-invite-panel.eml", e2)],
         lab(user, [iv("Al Noor Hospitality", "Finance Manager", start, end, "scheduled",
                       [fat[1], rah[1]], [fat[1], rah[1]], "onsite")],
             "medium", "positive/dedupe",
             "Agency forwards client note (GST), then Exchange invite with Windows TZID 'Arabian Standard Time'; "
             "one 2-person panel."))


def c07():
    user = "faisal.qureshi@mail.example"
    kh = "khalid.alotaibi@qimamlogistics.example"
    s1 = dt(2026, 3, 3, 14, 2, AST)
    s2 = dt(2026, 3, 5, 16, 47, AST)
    start = dt(2026, 3, 8, 10, 30, AST)
    ics = calendar("-//Wazifa Hub//Scheduling//EN", "REQUEST",
                   vevent(uid="wh-phone-771204@wazifahub.example", start=start, end=start + timedelta(minutes=30),
                          summary="Phone interview - Qimam Logistics - Procurement Specialist",
                          organizer=("Wazifa Hub Scheduling", "scheduling@wazifahub.example"),
                          attendees=[("Khalid Al-Otaibi", kh, "ACCEPTED"), ("Faisal Qureshi", user)],
                          description="Khalid Al-Otaibi will call you on your registered mobile number.",
                          location="Phone call", stamp=s1))
    t1 = T("""
        Dear Faisal,

        Qimam Logistics has scheduled a phone interview with you.

        Job: Procurement Specialist (Riyadh)
        When: Sunday, 8 March 2026 at 10:30 AM (Riyadh time, GMT+3)
        Duration: 30 minutes
        Interviewer: Khalid Al-Otaibi, Talent Acquisition Specialist

        Khalid will call you on the mobile number in your Wazifa Hub profile. Please make sure you are
        in a quiet place. Note: Qimam's working week is Sunday to Thursday.

        Add to calendar: see attachment.

        Wazifa Hub - The Gulf's career network
        This is an automated message, please do not reply.
        """)
    e1 = plain(t1, frm="Wazifa Hub <noreply@wazifahub.example>", to=user,
               subject="Phone interview scheduled - Procurement Specialist at Qimam Logistics", date=s1,
               msgid="<wh.771204.1709467320@mailer.wazifahub.example>", delivered_to=user,
               attach=[(ics.encode(), "text", "calendar", "phone-interview.ics")])
    t2 = T(f"""
        Dear Faisal,

        I hope you are well. Unfortunately we need to cancel our call planned for this Sunday at 10:30.
        The Procurement Specialist position has been put on hold after an internal restructuring, and
        I did not want you to keep the time free.

        I have kept your CV on file and will contact you as soon as the requisition re-opens.
        Apologies for the inconvenience.

        Best regards,
        Khalid Al-Otaibi
        Talent Acquisition Specialist
        Qimam Logistics Co. | King Fahd Road, Al Olaya, Riyadh 12214, KSA
        Tel: +966 11 555 0162 | {kh}
        """)
    e2 = plain(t2, frm=f"Khalid Al-Otaibi <{kh}>", to=f"Faisal Qureshi <{user}>",
               subject="Procurement Specialist - Sunday call", date=s2,
               msgid="<AM0PR10MB3021.khalid.0305@qimamlogistics.example>", delivered_to=user)
    case("b49-07-saudi-phone-screen-cancelled",
         [("01-wazifahub-phone-interview.eml", e1), ("02-we-need-to-cancel.eml", e2)],
         lab(user, [iv("Qimam Logistics", "Procurement Specialist", start, start + timedelta(minutes=30),
                       "cancelled", [kh], [kh], "phone_screen")],
             "medium", "positive/cancellation",
             "Bayt-like ATS books a Sunday phone screen (Riyadh GMT+3, .ics in UTC); recruiter later cancels by "
             "plain e-mail -> cancelled."))


def c08():
    user = "maya.levin@example.com"
    noa = "noa.bendavid@tzurasecurity.example"
    eit = "eitan.shapiro@tzurasecurity.example"
    s1 = dt(2026, 3, 24, 10, 12, ISR)
    s2 = dt(2026, 3, 24, 12, 30, ISR)
    s3 = dt(2026, 3, 24, 13, 5, ISR)
    start = dt(2026, 3, 29, 14, 0, ISR)
    m1 = "<CAHn0a-prop.0324@mail.tzurasecurity.example>"
    m2 = "<CAMl-reply.0324@mail.example>"
    t1 = T(f"""
        Hi Maya,

        Thanks for the chat yesterday! Next step for the Senior Detection Engineer role is a conversation
        with Eitan Shapiro, our VP R&D. It's about 45 minutes, mostly about your work on the SIEM pipeline.

        Would Sunday 29/3 at 14:00 or Monday 30/3 at 10:00 work for you?

        Noa
        --
        Noa Ben-David | Talent Partner
        Tzura Security | 23 Menachem Begin Rd, Tel Aviv
        +972-54-555-0128
        """)
    e1 = plain(t1, frm=f"Noa Ben-David <{noa}>", to=f"Maya Levin <{user}>",
               subject="Tzura Security - next step", date=s1, msgid=m1, delivered_to=user)
    t2 = T(f"""
        Hi Noa,

        Sunday at 14:00 works great for me.

        Thanks,
        Maya

        On Tue, Mar 24, 2026 at 10:12 AM Noa Ben-David <{noa}> wrote:
        > Hi Maya,
        >
        > Thanks for the chat yesterday! Next step for the Senior Detection Engineer role is a
        > conversation with Eitan Shapiro, our VP R&D. It's about 45 minutes, mostly about your work on
        > the SIEM pipeline.
        >
        > Would Sunday 29/3 at 14:00 or Monday 30/3 at 10:00 work for you?
        """)
    e2 = plain(t2, frm=f"Maya Levin <{user}>", to=f"Noa Ben-David <{noa}>",
               subject="Re: Tzura Security - next step", date=s2, msgid=m2, delivered_to=user,
               in_reply_to=m1)
    t3 = T(f"""
        Perfect - Sunday 29/3 at 14:00 Israel time is locked in with Eitan (cc'd, {eit}).
        He'll send a Zoom link; if anything changes on the day I'll WhatsApp you.

        Small reminder that the clocks go forward in the early hours of Friday, so make sure your
        laptop has the right time :)

        Noa

        On Tue, Mar 24, 2026 at 12:30 PM Maya Levin <{user}> wrote:
        > Sunday at 14:00 works great for me.
        """)
    e3 = plain(t3, frm=f"Noa Ben-David <{noa}>", to=f"Maya Levin <{user}>", cc=f"Eitan Shapiro <{eit}>",
               subject="Re: Tzura Security - next step", date=s3,
               msgid="<CAHn0a-conf.0324@mail.tzurasecurity.example>", delivered_to=user, in_reply_to=m2,
               references=f"{m1} {m2}")
    case("b49-08-israel-thread-sunday-dst-edge",
         [("01-noa-proposes-slots.eml", e1), ("02-maya-picks-sunday.eml", e2), ("03-noa-confirms.eml", e3)],
         lab(user, [iv("Tzura Security", "Senior Detection Engineer", start, start + timedelta(minutes=45),
                       "scheduled", [eit], [eit], "hiring_manager")],
             "hard", "positive/thread",
             "Propose/confirm thread; Sunday 29/3 14:00 Israel time is two days after Israel's 2026 DST start "
             "(Fri 27 Mar) -> +03:00 while the mails are dated +02:00."))


def c09():
    user = "jess.nguyen@mail.example"
    liam = ("Liam O'Connor", "liam.oconnor@corallinehealth.example")
    s1 = dt(2026, 3, 30, 9, 15, SYD)
    s2 = dt(2026, 4, 1, 16, 40, SYD)
    st1 = dt(2026, 4, 2, 10, 0, SYD)
    st2 = dt(2026, 4, 7, 10, 0, SYD)
    uid = "jw-int-30551-coralline@jobwattle.example"

    def mk(start, seq, stamp):
        return calendar("-//Jobwattle//Interview Booking//EN", "REQUEST",
                        vevent(uid=uid, start=start, end=start + timedelta(minutes=45),
                               summary="Interview - Clinical Data Coordinator - Coralline Health",
                               organizer=("Coralline Health via Jobwattle", "bookings@jobwattle.example"),
                               attendees=[(liam[0], liam[1], "ACCEPTED"), ("Jess Nguyen", user)],
                               description="Interview with Liam O'Connor (Clinical Informatics Manager).\n"
                                           "Level 3, 100 Miller St, North Sydney NSW 2060",
                               location="Coralline Health, Level 3, 100 Miller St, North Sydney NSW 2060",
                               seq=seq, stamp=stamp, tzid="Australia/Sydney"),
                        vtz_sydney())
    t1 = T("""
        Hi Jess,

        Your interview for Clinical Data Coordinator at Coralline Health is booked.

        Thursday 2 April 2026, 10:00am - 10:45am AEDT
        Coralline Health, Level 3, 100 Miller St, North Sydney NSW 2060
        With: Liam O'Connor, Clinical Informatics Manager

        Bring photo ID and sign in at reception. The calendar file is attached.

        Cheers,
        Jobwattle on behalf of Coralline Health
        Questions about this role? Reply-to goes to the Coralline Health recruitment team.
        """)
    e1 = plain(t1, frm="Coralline Health via Jobwattle <noreply@mail.jobwattle.example>", to=user,
               reply_to="Coralline Health Recruitment <careers@corallinehealth.example>",
               subject="Interview booked: Clinical Data Coordinator - Coralline Health", date=s1,
               msgid="<jw-30551-a@mail.jobwattle.example>", delivered_to=user,
               attach=[(mk(st1, 0, s1).encode(), "text", "calendar", "interview.ics")])
    t2 = T("""
        Hi Jess,

        Your interview has been moved at the employer's request.

        NEW TIME: Tuesday 7 April 2026, 10:00am - 10:45am (Sydney time - note daylight saving ends this
        Sunday, so this is AEST)
        Previously: Thursday 2 April 2026, 10:00am AEDT

        Same location, same interviewer (Liam O'Connor). An updated calendar file is attached - it replaces
        the earlier one.

        Cheers,
        Jobwattle on behalf of Coralline Health
        """)
    e2 = plain(t2, frm="Coralline Health via Jobwattle <noreply@mail.jobwattle.example>", to=user,
               reply_to="Coralline Health Recruitment <careers@corallinehealth.example>",
               subject="Interview time changed: Clinical Data Coordinator - Coralline Health", date=s2,
               msgid="<jw-30551-b@mail.jobwattle.example>", delivered_to=user,
               attach=[(mk(st2, 1, s2).encode(), "text", "calendar", "interview.ics")])
    case("b49-09-australia-seek-like-moved-across-dst",
         [("01-interview-booked.eml", e1), ("02-interview-time-changed.eml", e2)],
         lab(user, [iv("Coralline Health", "Clinical Data Coordinator", st2, st2 + timedelta(minutes=45),
                       "scheduled", [liam[1]], [liam[1]], "hiring_manager")],
             "hard", "positive/reschedule",
             "Seek-like ATS; interview moved from Thu 2 Apr 10:00 AEDT (+11) to Tue 7 Apr 10:00 AEST (+10) "
             "across the 5 Apr Sydney DST end; SEQUENCE 0->1, same UID."))


def c10():
    user = "tama.rangi@example.com"
    rec = ("Sophie Clarke", "sophie.clarke@kowhaidigital.example")
    hemi = ("Hemi Walker", "hemi.walker@kowhaidigital.example")
    aroha = ("Aroha Ngata", "aroha.ngata@kowhaidigital.example")
    s1 = dt(2026, 9, 22, 15, 3, AKL)
    start = dt(2026, 9, 29, 9, 30, AKL)
    end = dt(2026, 9, 29, 10, 30, AKL)
    t1 = T("""
        Kia ora Tama,

        Thanks for your patience! Hemi and Aroha would love to do the technical interview for the
        Frontend Developer role next Tuesday (29 Sept) at 9.30am NZT, for an hour. It'll be a pairing
        exercise in React plus some questions about accessibility - nothing you need to prepare.

        I'll pop a calendar invite in for you now with the Meet link.

        Ngā mihi,
        Sophie Clarke
        People & Talent | Kōwhai Digital
        Level 2, 48 Customs Street East, Auckland 1010
        021 555 0176
        """)
    e1 = plain(t1, frm=f"Sophie Clarke <{rec[1]}>", to=f"Tama Rangi <{user}>",
               subject="Technical interview - Frontend Developer", date=s1,
               msgid="<CAK0whai.sophie.0922@mail.kowhaidigital.example>", delivered_to=user)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3550917742861000\"",
        "id": "5o2kq7f1vti0c9hwm3e8bz4dxa",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NW8ya3E3ZjF2dGkwYzlod20zZThiejRkeGE",
        "created": s1.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (s1 + timedelta(minutes=9)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Kōwhai Digital – Technical interview (Frontend Developer) – Tama Rangi",
        "description": "Pairing exercise (React) with Hemi and Aroha. No preparation needed.\n\nSophie",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Pacific/Auckland"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Pacific/Auckland"},
        "iCalUID": "5o2kq7f1vti0c9hwm3e8bz4dxa@google.com",
        "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": hemi[1], "displayName": hemi[0], "responseStatus": "accepted"},
            {"email": aroha[1], "displayName": aroha[0], "responseStatus": "needsAction"},
            {"email": user, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.com/kwh-tqpe-rzn",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    case("b49-10-nz-mail-plus-gcal-json-dst-start",
         [("01-sophie-technical-interview.eml", e1), ("02-technical-interview.gcal.json", j)],
         lab(user, [iv("Kōwhai Digital", "Frontend Developer", start, end, "scheduled",
                       [hemi[1], aroha[1]], [hemi[1], aroha[1]], "onsite")],
             "medium", "positive/gcal-json",
             "NZ recruiter mail ('9.30am NZT') + Calendar API event; 29 Sep is two days after NZ DST start "
             "(27 Sep) -> +13:00. Two interviewers -> onsite per panel rule."))


def c11():
    user = "aisyah.rahman@mail.example"
    siti = "siti.aminah@tropika-analytica.example"
    nur = "nurul.izzah@tropika-analytica.example"
    wj = "weijie.lim@tropika-analytica.example"
    ap = "arjun.pillai@tropika-analytica.example"
    sent = dt(2026, 5, 8, 11, 20, MYT)
    start = dt(2026, 5, 14, 9, 30, MYT)
    end = dt(2026, 5, 14, 12, 45, MYT)
    html = f"""<html><head><meta charset="utf-8"><style>td{{padding:4px 10px;border:1px solid #ddd}}</style></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Dear Aisyah,</p>
<p>Thank you for your interest in the <b>Data Engineer</b> position at Tropika Analytica. We are pleased to
invite you to our office for your final interview day on <b>Thursday, 14 May 2026</b>. Please find your
itinerary below (all times Malaysia time, GMT+8):</p>
<table style="border-collapse:collapse">
<tr style="background:#0b6e4f;color:#fff"><td>Time</td><td>Session</td><td>Interviewer</td></tr>
<tr><td>9:30am &ndash; 10:15am</td><td>HR round</td><td>Nurul Izzah, HR Manager (<a href="mailto:{nur}">{nur}</a>)</td></tr>
<tr><td>10:15am &ndash; 11:30am</td><td>Technical round (SQL &amp; Spark)</td><td>Lim Wei Jie, Lead Data Engineer (<a href="mailto:{wj}">{wj}</a>)</td></tr>
<tr><td>11:30am &ndash; 12:00pm</td><td>Short break / office tour</td><td>&ndash;</td></tr>
<tr><td>12:00pm &ndash; 12:45pm</td><td>Hiring manager</td><td>Arjun Pillai, Head of Data Platform (<a href="mailto:{ap}">{ap}</a>)</td></tr>
</table>
<p><b>Venue:</b> Level 18, Menara Tropika, Jalan Tun Razak, 50400 Kuala Lumpur (nearest LRT: Ampang Park).
Visitor parking is limited, so we recommend e-hailing.</p>
<p>When you arrive at the lobby, please WhatsApp me at +60 12-555 0193 and I will come down to collect you.
Kindly bring your IC and latest payslip.</p>
<p>Kindly confirm your attendance by replying to this email.</p>
<p>Warm regards,<br>
<b>Siti Aminah binti Hassan</b><br>
Talent Acquisition Coordinator<br>
Tropika Analytica Sdn. Bhd. (1234567-X)<br>
Level 18, Menara Tropika, Jalan Tun Razak, 50400 Kuala Lumpur<br>
T: +603-2555 0190 | <a href="mailto:{siti}">{siti}</a></p>
</body></html>
"""
    eml = plain(None, html=html, frm=f"Siti Aminah <{siti}>", to=f"Aisyah Rahman <{user}>",
                subject="Interview Invitation - Data Engineer - Tropika Analytica (14 May)", date=sent,
                msgid="<SG2PR06MB5310.siti.0508@tropika-analytica.example>", delivered_to=user)
    case("b49-11-malaysia-html-only-onsite-itinerary",
         [("01-final-interview-day.eml", eml)],
         lab(user, [iv("Tropika Analytica", "Data Engineer", start, end, "scheduled", [nur, wj, ap],
                       [nur, wj, ap], "onsite")],
             "medium", "positive/onsite",
             "HTML-only itinerary table: HR round 9:30 + technical + break + HM until 12:45 MYT -> one onsite; "
             "coordinator Siti (WhatsApp) is not an interviewer."))


def c12():
    user = "vikram.deshpande@example.com"
    sn = "sneha.kulkarni@orbitgrid.example"
    aj = "aditya.joshi@orbitgrid.example"
    mr = "megan.ross@orbitgrid.example"
    s1 = dt(2026, 10, 19, 12, 10, IST)
    s2 = dt(2026, 10, 28, 18, 25, IST)
    st1 = dt(2026, 10, 23, 14, 0, IST)
    st2 = dt(2026, 11, 4, 16, 30, PAC)
    m1 = "<CAOg.sneha.l1.1019@mail.orbitgrid.example>"
    t1 = T(f"""
        Hi Vikram,

        As discussed on call, sharing the details of your L1 for the Senior SRE position (Pune).

        Date: Friday, 23rd Oct 2026
        Time: 14h IST (14:00 - 15:00)
        Panel: Aditya Joshi, Staff SRE ({aj})
        Mode: Zoom - link will come from Aditya's calendar

        The round will focus on Linux internals, Kubernetes troubleshooting and one design question.

        All the best!

        Regards,
        Sneha Kulkarni
        Talent Acquisition - India
        Orbitgrid Systems India Pvt. Ltd. | Panchshil Business Park, Baner, Pune 411045
        +91 20 5555 0148
        """)
    e1 = plain(t1, frm=f"Sneha Kulkarni <{sn}>", to=f"Vikram Deshpande <{user}>",
               subject="Orbitgrid | L1 Interview | Senior SRE | Vikram Deshpande", date=s1, msgid=m1,
               delivered_to=user)
    t2 = T(f"""
        Hi Vikram,

        Congratulations on clearing L1! Aditya's feedback was very positive.

        The L2 is with the hiring manager, Megan Ross (Director of Infrastructure, based in Seattle,
        {mr}). Her first available slot is Wed 11/4 @ 4:30p PST - that's Thursday 5th Nov, 6:00 AM IST
        for you. Sorry about the early start! It's a 45 min conversation, mostly about on-call culture and
        how you ran the incident programme at your current company.

        Megan will send the Teams invite. Please confirm on this thread.

        Regards,
        Sneha

        On Mon, 19 Oct 2026 at 12:10, Sneha Kulkarni <{sn}> wrote:
        > Date: Friday, 23rd Oct 2026
        > Time: 14h IST (14:00 - 15:00)
        > Panel: Aditya Joshi, Staff SRE
        """)
    e2 = plain(t2, frm=f"Sneha Kulkarni <{sn}>", to=f"Vikram Deshpande <{user}>", cc=f"Megan Ross <{mr}>",
               subject="Re: Orbitgrid | L1 Interview | Senior SRE | Vikram Deshpande", date=s2,
               msgid="<CAOg.sneha.l2.1028@mail.orbitgrid.example>", delivered_to=user, in_reply_to=m1)
    case("b49-12-india-l1-ist-then-l2-us-pst",
         [("01-l1-details.eml", e1), ("02-l2-with-hiring-manager.eml", e2)],
         lab(user, [iv("Orbitgrid Systems", "Senior SRE", st1, st1 + timedelta(hours=1), "scheduled",
                       [aj], [aj], "technical"),
                    iv("Orbitgrid Systems", "Senior SRE", st2, st2 + timedelta(minutes=45), "scheduled",
                       [mr], [mr], "hiring_manager")],
             "hard", "positive/two-interviews",
             "L1 '14h IST' on Fri 23 Oct; L2 'Wed 11/4 @ 4:30p PST' (after US DST end, = Thu 06:00 IST), 45 min."))


def c13():
    user = "cheryl.wong@mail.example"
    viv = ("Vivian Cheung", "vivian.cheung@harbourlinecap.example")
    kel = ("Kelvin Lau", "kelvin.lau@harbourlinecap.example")
    s1 = dt(2026, 6, 11, 10, 22, HKT)
    s2 = dt(2026, 6, 16, 18, 5, HKT)
    start = dt(2026, 6, 18, 16, 0, HKT)
    end = dt(2026, 6, 18, 17, 0, HKT)
    tz = "China Standard Time"
    uid = "040000008200E00074C5B7101A82E008000000005B1C7E6F3FF9DC01000000000000000010000000"
    subj = "Interview - Quant Developer - Cheryl Wong"
    base = dict(uid=uid, start=start, end=end, organizer=viv,
                attendees=[(user, user), (kel[0], kel[1])], location="Microsoft Teams Meeting", tzid=tz,
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    ics1 = calendar("Microsoft Exchange Server 2010", "REQUEST",
                    vevent(summary=subj, description="Technical interview with Kelvin Lau, Head of Quant "
                                                     "Technology. 60 minutes.", stamp=s1, seq=0, **base),
                    vtz_fixed(tz, "+0800"))
    ics2 = calendar("Microsoft Exchange Server 2010", "CANCEL",
                    vevent(summary="Canceled: " + subj, description="The hiring for this role has been "
                                                                      "paused. Apologies.", stamp=s2, seq=1,
                           status="CANCELLED", **base),
                    vtz_fixed(tz, "+0800"))
    t1 = T(f"""
        When: Thursday, June 18, 2026 4:00 PM-5:00 PM (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Cheryl,

        As discussed, please find the invitation for your technical interview with Kelvin Lau
        (Head of Quant Technology) for the Quant Developer role.

        Best,
        Vivian Cheung
        Talent Acquisition | Harbourline Capital Limited
        28/F, One Harbour Square, 181 Hoi Bun Road, Kwun Tong, Hong Kong | +852 5555 0137
        """)
    e1 = exchange_invite(t1, html_wrap(t1), ics1, frm=f"{viv[0]} <{viv[1]}>",
                         to=f"Cheryl Wong <{user}>, {kel[0]} <{kel[1]}>", subject=subj, date=s1,
                         msgid="<HK0PR03MB4099.viv.0611@harbourlinecap.example>", delivered_to=user)
    t2 = T("""
        When: Thursday, June 18, 2026 4:00 PM-5:00 PM (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi.
        Where: Microsoft Teams Meeting

        Hi Cheryl, the hiring for this role has been paused, so I have to cancel Thursday's interview.
        Apologies - I will reach out if it re-opens.

        Vivian
        """)
    e2 = exchange_invite(t2, html_wrap(t2), ics2, method="CANCEL", frm=f"{viv[0]} <{viv[1]}>",
                         to=f"Cheryl Wong <{user}>, {kel[0]} <{kel[1]}>", subject="Canceled: " + subj, date=s2,
                         msgid="<HK0PR03MB4099.viv.0616@harbourlinecap.example>", delivered_to=user)
    case("b49-13-hongkong-outlook-invite-then-cancel",
         [("01-interview-quant-developer.eml", e1), ("02-canceled-interview.eml", e2)],
         lab(user, [iv("Harbourline Capital", "Quant Developer", start, end, "cancelled", [kel[1]], [kel[1]],
                       "technical")],
             "medium", "positive/cancellation",
             "Exchange invite with Windows TZID 'China Standard Time' (+08, HK) then METHOD:CANCEL, SEQUENCE 1."))


# ======================================================================== NEGATIVES
def neg(cid, items, user, difficulty, category, notes):
    case(cid, items, lab(user, [], difficulty, category, notes))


def c14():
    user = "rahul.s.2026@example.com"
    sent = dt(2026, 1, 16, 9, 45, IST)
    t = T("""
        Dear Final Year Students (B.E. CSE / ISE / ECE, 2026 batch),

        The Training & Placement Cell is pleased to announce the campus placement drive of
        Infoweave Technologies for the role of Graduate Engineer Trainee (CTC 7.2 LPA).

        Eligibility: 65% or 6.5 CGPA throughout, no active backlogs.

        Schedule of the drive (Seminar Hall 2, Main Block):
          27 Jan 2026, 9:30 AM  - Pre-placement talk
          27 Jan 2026, 11:00 AM - Online aptitude test (Lab 4 & 5)
          28 Jan 2026           - Technical interview and HR interview for shortlisted candidates only

        Interested candidates must register on the placement portal before 20 Jan, 5 PM. Late
        registrations will not be entertained. Formal dress code is mandatory on both days.
        Candidates who register and remain absent will be debarred from the next two drives.

        Dr. K. Narayan
        Placement Officer, Training & Placement Cell
        Sahyadri Institute of Technology, Mangaluru - 575007
        Ph: 0824-555-0111
        """)
    eml = plain(t, frm="Training & Placement Cell <placements@sahyadri-it.example>",
                to="cse-2026-batch@lists.sahyadri-it.example",
                subject="Campus Placement Drive - Infoweave Technologies - Register by 20 Jan", date=sent,
                msgid="<tpc.drive.infoweave.0116@sahyadri-it.example>", delivered_to=user,
                extra=(("List-Id", "<cse-2026-batch.lists.sahyadri-it.example>"),))
    neg("b49-14-campus-placement-drive-notice", [("01-placement-drive.eml", eml)], user, "hard",
        "negative/campus-drive",
        "College placement notice to a batch list; interviews only for future shortlisted candidates.")


def c15():
    user = "pooja.yadav@mail.example"
    sent = dt(2026, 2, 4, 8, 0, IST)
    html = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://img.naukrisetu.example/logo.png" alt="NaukriSetu" width="140">
<h2 style="color:#1a4fa0">Walk-in Interview Drive this Saturday!</h2>
<p>Hi Pooja, based on your profile, you may be interested in this walk-in:</p>
<table cellpadding="6" style="border:1px solid #ccc">
<tr><td><b>Company</b></td><td>Crestline BPO Services</td></tr>
<tr><td><b>Role</b></td><td>Customer Support Executive (International Voice) - 40 openings</td></tr>
<tr><td><b>Walk-in date</b></td><td>Saturday, 7 February 2026</td></tr>
<tr><td><b>Timing</b></td><td>10:00 AM - 4:00 PM</td></tr>
<tr><td><b>Venue</b></td><td>Crestline Tower B, Phase 2, Hinjewadi, Pune 411057</td></tr>
<tr><td><b>Contact</b></td><td>HR Team - mention "NaukriSetu" at the gate</td></tr>
</table>
<p>Interview rounds: HR round, voice &amp; accent round, operations round. Carry 2 copies of your resume
and a photo ID. No registration fee is charged by the company.</p>
<p><a href="https://www.naukrisetu.example/walkin/88731?utm_source=mail" style="background:#1a4fa0;color:#fff;padding:8px 14px;text-decoration:none">View details &amp; save</a></p>
<p style="font-size:11px;color:#888">You are receiving this mail because you enabled Walk-in alerts on NaukriSetu.
<a href="https://www.naukrisetu.example/unsubscribe">Unsubscribe</a> | NaukriSetu Internet Ltd., Sector 62, Noida</p>
</td></tr></table></body></html>
"""
    eml = plain(None, html=html, frm="NaukriSetu Walk-ins <walkins@alerts.naukrisetu.example>", to=user,
                subject="Walk-in Interview Drive | Customer Support (Voice) | Sat 7 Feb, 10 AM - 4 PM | Pune",
                date=sent, msgid="<wi.88731.20260204@alerts.naukrisetu.example>", delivered_to=user)
    neg("b49-15-walkin-drive-announcement", [("01-walkin-alert.eml", eml)], user, "hard",
        "negative/job-alert", "Job-board walk-in drive alert (HTML only) with a date, time window and venue.")


def c16():
    user = "arvind.rao@example.com"
    sent = dt(2026, 7, 9, 14, 30, IST)
    start = dt(2026, 7, 22, 8, 15, IST)
    ics = calendar("-//VisaPoint APAC//Appointments//EN", "PUBLISH",
                   vevent(uid="vp-apt-IN-5521907@visapoint.example", start=start, end=start + timedelta(minutes=30),
                          summary="Consular visa interview - Chennai",
                          organizer=("VisaPoint Appointments", "appointments@visapoint.example"),
                          attendees=[("Arvind Rao", user, "ACCEPTED")],
                          description="Applicant: ARVIND RAO. Visa class: H-1B. Bring appointment "
                                      "confirmation, passport and DS-160 confirmation page.",
                          location="Consulate General, Gemini Circle, Anna Salai, Chennai 600006", stamp=sent))
    t = T("""
        APPOINTMENT CONFIRMATION

        Applicant name: ARVIND RAO
        Passport number: Z0000000
        Visa category: H-1B (Temporary worker - specialty occupation)

        Your consular interview is scheduled at the Consulate General, Chennai on
        Wednesday, 22 July 2026 at 08:15 AM (India Standard Time).

        Please arrive no earlier than 15 minutes before your appointment. Bring this confirmation,
        your passport, the DS-160 confirmation page, your employer petition approval notice and one
        photograph. Electronic devices are not allowed inside the consulate.

        To reschedule, log in to your VisaPoint account. Reschedules are limited.

        VisaPoint APAC - Visa Information and Appointment Service
        This mailbox is not monitored.
        """)
    eml = plain(t, frm="VisaPoint APAC <no-reply@visapoint.example>", to=user,
                subject="Appointment Confirmation - Visa Interview - Chennai - 22 Jul 2026", date=sent,
                msgid="<vp.conf.5521907@visapoint.example>", delivered_to=user,
                attach=[(ics.encode(), "text", "calendar", "appointment.ics")])
    neg("b49-16-visa-interview-appointment", [("01-visa-appointment.eml", eml)], user, "medium",
        "negative/non-job-interview", "Consular visa interview confirmation with .ics (work visa, still not a job interview).")


def c17():
    user = "meera.nair@mail.example"
    sent = dt(2026, 8, 3, 11, 2, IST)
    t = T("""
        Dear Customer,

        Your Video KYC call for your Sarvodaya Bank savings account (application no. SB-KYC-4471203)
        has been scheduled.

        Date: 03-Aug-2026 (today)
        Time slot: 4:30 PM - 4:45 PM IST

        Our Video KYC officer will call you on the Sarvodaya mobile app. Please keep your original PAN
        card, a blank white paper and a pen ready, sit in a well-lit room and ensure your location
        (GPS) is switched on. The call is recorded as per RBI guidelines. The officer may ask a few
        questions to verify your identity - this is not an interview, just answer naturally.

        Sarvodaya Bank will never ask for your OTP, PIN or password during the call.

        Regards,
        Sarvodaya Bank Ltd.
        """)
    eml = plain(t, cte="base64", frm="Sarvodaya Bank <alerts@sarvodayabank.example>", to=user,
                subject="Video KYC call scheduled for today at 4:30 PM", date=sent,
                msgid="<vkyc.4471203.1754199120@alerts.sarvodayabank.example>", delivered_to=user)
    neg("b49-17-bank-video-kyc-call", [("01-video-kyc.eml", eml)], user, "medium", "negative/appointment",
        "Bank video-KYC call with a time slot and an 'officer' asking questions.")


def c18():
    user = "harsh.vardhan@example.com"
    sent = dt(2026, 3, 9, 19, 0, IST)
    start = dt(2026, 3, 14, 10, 0, IST)
    ics = calendar("-//HirePulse//Assess//EN", "REQUEST",
                   vevent(uid="hp-assess-20931-harsh@hirepulse.example", start=start,
                          end=start + timedelta(minutes=90),
                          summary="Online Aptitude Test - Graduate Engineer Trainee - Dhruva Motors",
                          organizer=("HirePulse Assess", "assess@hirepulse.example"),
                          attendees=[("Harsh Vardhan", user)],
                          description="Remote-proctored aptitude test. Link: https://assess.hirepulse.example/t/20931",
                          location="Online (remote proctored)", stamp=sent))
    t = T("""
        Dear Harsh Vardhan,

        Congratulations! You have been shortlisted for the next stage of the Dhruva Motors Graduate
        Engineer Trainee 2026 hiring process.

        Stage: Online Aptitude Test (quantitative, logical reasoning, verbal, basic mechanical)
        Date: Saturday, 14 March 2026
        Login window: 10:00 AM IST sharp (test duration 90 minutes)
        Proctoring: webcam + screen recording. Use a laptop with Chrome; mobile phones are not allowed.

        Candidates who clear the test will be invited for the technical interview and HR round at the
        Chakan plant; the schedule for those rounds will be shared separately.

        Test link: https://assess.hirepulse.example/t/20931 (activates 15 min before start)

        All the best,
        Campus Hiring Team, Dhruva Motors
        Powered by HirePulse
        """)
    eml = plain(t, frm="Dhruva Motors Campus Hiring <noreply@hirepulse.example>", to=user,
                subject="Online Aptitude Test on 14 March - Dhruva Motors GET 2026", date=sent,
                msgid="<hp.20931.invite@hirepulse.example>", delivered_to=user,
                attach=[(ics.encode(), "text", "calendar", "aptitude-test.ics")])
    neg("b49-18-online-aptitude-test-ics", [("01-aptitude-test.eml", eml)], user, "hard",
        "negative/assessment", "Proctored online aptitude test with .ics; interviews only mentioned as a future stage.")


def c19():
    user = "lakshmi.iyer@example.com"
    org = ("Pei Ling Ng", "peiling.ng@corvane.example")
    sent = dt(2026, 10, 27, 9, 30, SGT)
    start = dt(2026, 11, 6, 16, 0, SGT)
    end = dt(2026, 11, 6, 18, 30, SGT)
    tz = "Singapore Standard Time"
    desc = ("Hi all! Join us for our Deepavali celebration in the Level 9 pantry. Schedule: 4pm kolam "
            "contest, 4.45pm 'Interview a Colleague' game (new joiners answer quick-fire questions), 5.30pm "
            "dinner by Anjappar. Call for volunteers: reply if you can help set up. Candidates for the best "
            "traditional outfit will be voted on the day.")
    ics = calendar("Microsoft Exchange Server 2010", "REQUEST",
                   vevent(uid="040000008200E00074C5B7101A82E00800000000C3D9F1A2B0DFDC01000000000000000010000000",
                          start=start, end=end, summary="Deepavali Celebration 2026 - SG Office", organizer=org,
                          attendees=[("SG All Staff", "sg-allstaff@corvane.example"), ("Lakshmi Iyer", user)],
                          description=desc, location="Level 9 Pantry, Corvane Singapore", stamp=sent, tzid=tz,
                          extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE"]),
                   vtz_fixed(tz, "+0800"))
    t = ("When: Friday, November 6, 2026 4:00 PM-6:30 PM (UTC+08:00) Kuala Lumpur, Singapore.\n"
         "Where: Level 9 Pantry, Corvane Singapore\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n\nPei Ling\nPeople Team\n")
    eml = exchange_invite(t, html_wrap(t), ics, frm=f"{org[0]} <{org[1]}>",
                          to="SG All Staff <sg-allstaff@corvane.example>",
                          subject="Deepavali Celebration 2026 - SG Office", date=sent,
                          msgid="<SI2PR04MB5555.peiling.1027@corvane.example>", delivered_to=user)
    neg("b49-19-company-deepavali-celebration", [("01-deepavali-invite.eml", eml)], user, "medium",
        "negative/internal-event",
        "Company cultural event Outlook invite to all staff; mentions 'interview a colleague' game, candidates, call.")


def c20():
    user = "wei.ming.tan@example.com"
    coord = ("Farah Iskandar", "farah.iskandar@pandanlabs.example")
    sent = dt(2026, 8, 18, 14, 12, SGT)
    start = dt(2026, 8, 20, 15, 0, SGT)
    end = dt(2026, 8, 20, 16, 0, SGT)
    summ = "Interview: Rahul Deshmukh (candidate) - Backend Engineer L2 - System design"
    desc = ("Interviewer: Wei Ming Tan\nCandidate: Rahul Deshmukh (rahul.deshmukh@mail.example)\n"
            "Resume & scorecard: https://ats.pandanlabs.example/c/77120\n"
            "Please submit your scorecard within 24 hours of the interview.\n\n"
            "Join with Google Meet: https://meet.google.com/pdn-ruxb-qwe")
    ics = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST",
                   vevent(uid="7g1p4w0sd2kq9b3n6x8y5c0m1a@google.com", start=start, end=end, summary=summ,
                          organizer=coord,
                          attendees=[(coord[0], coord[1], "ACCEPTED"), ("Wei Ming Tan", user),
                                     ("Rahul Deshmukh", "rahul.deshmukh@mail.example", "ACCEPTED")],
                          description=desc, stamp=sent,
                          extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/pdn-ruxb-qwe"]))
    gt = T(f"""
        {summ}
        Thursday Aug 20, 2026 ⋅ 3pm – 4pm
        Singapore Standard Time

        Join with Google Meet
        https://meet.google.com/pdn-ruxb-qwe

        Organizer
        {coord[0]}
        {coord[1]}

        Guests
        {coord[0]} - organizer
        {user}
        rahul.deshmukh@mail.example

        """) + desc + "\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n"
    eml = google_invite(gt, html_wrap(gt), ics, frm=f"{coord[0]} <{coord[1]}>", to=user, reply_to=coord[1],
                        subject=f"Invitation: {summ} @ Thu Aug 20, 2026 3pm - 4pm (SGT) ({user})", date=sent,
                        msgid="<calendar-2f0a9b7c-11d3-4e58-a6b2-7d9e0c3f4a10@google.com>", delivered_to=user)
    neg("b49-20-user-is-interviewer-sg", [("01-invitation-interviewer.eml", eml)], user, "hard",
        "negative/user-is-interviewer",
        "Google invite where the owner is the interviewer (description says so; candidate is someone else).")


def c21():
    user = "yui.takahashi@mail.example"
    sent = dt(2026, 6, 5, 17, 30, JST)
    t = T("""
        高橋 結衣 様

        株式会社ミナトソフトウェア 採用担当でございます。
        先日はお忙しい中、2次面接にお越しいただき誠にありがとうございました。

        慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。
        ご希望に添えず大変申し訳ございませんが、何卒ご了承くださいますようお願い申し上げます。

        なお、選考内容に関するお問い合わせにはお答えいたしかねますので、ご了承ください。
        高橋様の今後のご活躍を心よりお祈り申し上げます。

        ――――――――――――
        株式会社ミナトソフトウェア（Minato Software Inc.）
        人事部 採用グループ
        〒220-0012 神奈川県横浜市西区みなとみらい3-3-1（架空）
        recruit@minato-soft.example
        ――――――――――――
        """)
    eml = plain(t, cte="base64", frm="ミナトソフトウェア 採用担当 <recruit@minato-soft.example>",
                to=f"高橋 結衣 <{user}>", subject="【ミナトソフトウェア】選考結果のご連絡", date=sent,
                msgid="<20260605173001.recruit@minato-soft.example>", delivered_to=user)
    neg("b49-21-japan-rejection-after-2ji", [("01-senkou-kekka.eml", eml)], user, "medium",
        "negative/rejection", "Japanese rejection (お祈り) referring to a past 2次面接.")


def c22():
    user = "imran.sheikh@example.com"
    rec = "layla.farouk@desertpeak-hr.example"
    sent = dt(2026, 9, 10, 10, 5, GST)
    t = T(f"""
        Hi Imran,

        Hope you're doing well! I'm Layla from Desert Peak HR - we're hiring a Site Engineer (MEP) for
        a client in Riyadh (giga-project, 2-year contract, housing + transport provided).

        Your profile looks like a great fit. The client would like to schedule an HR round as the
        first step. They interview Sunday to Thursday, 9am - 5pm KSA time (Fri/Sat off).

        Could you share 2-3 slots that work for you next week? Alternatively you can pick a time directly
        here: https://book.desertpeak-hr.example/layla/hr-round - or just WhatsApp me on +971 55 555 0102
        with your availability and notice period.

        Looking forward to hearing from you.

        Warm regards,
        Layla Farouk
        Recruitment Consultant | Desert Peak HR Consultancy
        Office 702, Bay Square 11, Business Bay, Dubai, UAE
        {rec} | +971 4 555 0100
        """)
    eml = plain(t, frm=f"Layla Farouk <{rec}>", to=f"Imran Sheikh <{user}>",
                subject="Site Engineer (MEP) - Riyadh - HR round availability?", date=sent,
                msgid="<CAL4yla.0910.avail@mail.desertpeak-hr.example>", delivered_to=user)
    neg("b49-22-dubai-availability-request-whatsapp", [("01-availability-request.eml", eml)], user, "hard",
        "negative/availability-request",
        "Agency asks for availability / self-booking link / WhatsApp for an HR round; nothing booked.")


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for d in HERE.iterdir():
        if d.is_dir() and d.name.startswith("b49-"):
            shutil.rmtree(d)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    main()
