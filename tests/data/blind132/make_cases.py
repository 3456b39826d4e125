#!/usr/bin/env python3
"""Generate the blind132 evaluation set (written blind; all names invented).

Deterministic: rewrites every case folder and labels.yaml.  stdlib + PyYAML + zoneinfo only.
"""
import json
import zlib
import os
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy as email_policy
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "yuting.lin@example.com"
OWNER_NAME = "Lin Yu-ting"
WORK = "yuting.lin@hengda-elec.example"
TPE = ZoneInfo("Asia/Taipei")
HKG = ZoneInfo("Asia/Hong_Kong")
SGP = ZoneInfo("Asia/Singapore")
TYO = ZoneInfo("Asia/Tokyo")
LAX = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

OUT_POLICY = email_policy.default.clone(max_line_length=120)
CASES = {}    # case_id -> list of (filename, bytes)
LABELS = {}


def dt(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(x):
    return x.isoformat() if x is not None else None


def loc(x):
    return x.strftime("%Y%m%dT%H%M%S")


def utcz(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# ------------------------------------------------------------------ iCalendar by hand
def esc(s):
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


def ical(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def vtz_fixed(tzid, off):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:STANDARD", "END:VTIMEZONE"]


def vtz_la():
    return ["BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def att(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};"
            f"CN={name};X-NUM-GUESTS=0:mailto:{email}")


def google_ics(method, uid, start, end, summary, desc, location, organizer, attendees, seq=0,
               stamp=None, status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{utcz(start)}", f"DTEND:{utcz(end)}", f"DTSTAMP:{utcz(stamp or start)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    L += [att(n, e, partstat="ACCEPTED" if e == organizer[1] else "NEEDS-ACTION") for n, e in attendees]
    L += [f"CREATED:{utcz(stamp or start)}", f"DESCRIPTION:{esc(desc)}",
          f"LAST-MODIFIED:{utcz(stamp or start)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ical(L)


def exchange_ics(method, uid, tzid, off, start, end, summary, desc, location, organizer, attendees,
                 seq=0, stamp=None, status="CONFIRMED", lang="zh-TW", extra_vtz=None):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += extra_vtz if extra_vtz else vtz_fixed(tzid, off)
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    L += [f"ATTENDEE;ROLE={r};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}" for n, e, r in attendees]
    L += [f"DESCRIPTION;LANGUAGE={lang}:{esc(desc)}", f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
          f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}", "CLASS:PUBLIC",
          "PRIORITY:5", f"DTSTAMP:{utcz(stamp or start)}", "TRANSP:OPAQUE", f"STATUS:{status}",
          f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
          "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq,
          "X-MICROSOFT-CDO-BUSYSTATUS:%s" % ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:%s" % ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:%d" % (2 if method == "CANCEL" else 1),
          "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
          "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ical(L)


# ------------------------------------------------------------------ e-mail
def mail(frm, to, subject, date, msgid, delivered=OWNER, cc=None, reply_to=None, sender=None,
         in_reply_to=None, references=None, extra=None, received_host="mx.mail.example"):
    m = EmailMessage()
    m["Delivered-To"] = delivered
    m["Received"] = (f"from {received_host} by mx.example.com with ESMTPS id {zlib.crc32(msgid.encode()):010d}"
                     f" for <{delivered}>; {format_datetime(date)}")
    m["Return-Path"] = f"<{(sender or frm).split('<')[-1].rstrip('>')}>"
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    if sender:
        m["Sender"] = sender
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def text(m, body, cte="quoted-printable"):
    m.set_content(body, charset="utf-8", cte=cte)
    return m


def html_only(m, html, cte="base64"):
    m.set_content(html, subtype="html", charset="utf-8", cte=cte)
    return m


def text_html(m, body, html, cte="quoted-printable"):
    m.set_content(body, charset="utf-8", cte=cte)
    m.add_alternative(html, subtype="html", charset="utf-8", cte=cte)
    return m


def with_calendar(m, body, html, ics, method="REQUEST", attach=True, cte="quoted-printable"):
    """Google style: mixed( alternative(plain, html, calendar), invite.ics ) or Exchange style alternative."""
    m.set_content(body, charset="utf-8", cte=cte)
    m.add_alternative(html, subtype="html", charset="utf-8", cte=cte)
    m.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                      params={"charset": "UTF-8", "method": method})
    if attach:
        m.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                         filename="invite.ics" if method != "CANCEL" else "cancel.ics")
    return m


def attach_ics(m, ics, filename):
    m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename=filename,
                     params={"method": "REQUEST", "charset": "UTF-8"})
    return m


def add(case, fname, m):
    if isinstance(m, EmailMessage):
        seed = zlib.crc32((case + fname).encode())
        for i, part in enumerate(m.walk()):
            if part.is_multipart():
                part.set_boundary(f"00000000000{seed:010d}{i:02d}")
        data = m.as_bytes(policy=OUT_POLICY)
    elif isinstance(m, str):
        data = m.encode("utf-8")
    else:
        data = m
    CASES.setdefault(case, []).append((fname, data))


def label(case, interviews, difficulty, category, notes, user=OWNER):
    LABELS[case] = {"user": user, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def html_wrap(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body style="font-family:\'Microsoft JhengHei\',Arial,sans-serif;font-size:14px">{inner}</body></html>')


def p2h(body):
    return html_wrap("".join(f"<p>{line}</p>" if line else "<br>" for line in body.split("\n")))


def quote(body):
    return "\n".join("> " + l if l else ">" for l in body.split("\n"))


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Microsoft Teams 會議\n在您的電腦、行動應用程式或會議室裝置上加入\n按一下這裡以加入會議"
               "<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
               "會議 ID: {num}\n密碼: {pw}\n下載 Teams | 在網路上加入\n深入了解 | 會議選項\n"
               "________________________________________________________________________________\n")


# ================================================================== cases
def c01():
    case = "b132-01-jobbank-relay-interview-notice"
    sent = dt(2026, 3, 6, 16, 42, TPE)
    html = html_wrap("""
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td style="background:#ff7800;color:#fff;padding:12px 20px;font-size:18px">一三九人力銀行 <span style="font-size:12px">Job139</span></td></tr>
<tr><td style="padding:20px">
<p>林郁婷 您好：</p>
<p>您應徵的職缺「<b>硬體測試工程師 (Hardware Test Engineer)</b>」，<b>豐源精密股份有限公司 (Fengyuan Precision Co., Ltd.)</b>已透過一三九人力銀行向您發出<b>面試通知</b>，內容如下：</p>
<table cellpadding="6" style="background:#fafafa;border-collapse:collapse;font-size:14px">
<tr><td style="color:#888">面試職缺</td><td>硬體測試工程師 (Hardware Test Engineer)</td></tr>
<tr><td style="color:#888">面試時間</td><td>2026年3月12日（週四）下午2:00　（約1小時）</td></tr>
<tr><td style="color:#888">面試地點</td><td>台北市內湖區瑞光路 588 號 7 樓（豐源精密 台北辦公室，請至 1 樓櫃台換證）</td></tr>
<tr><td style="color:#888">面試方式</td><td>現場面試：部門主管面試，另有簡單的量測儀器實作題</td></tr>
<tr><td style="color:#888">聯絡人</td><td>人資 陳小姐 02-2799-1234 分機 215　<a href="mailto:hr.chen@fengyuan-precision.example">hr.chen@fengyuan-precision.example</a></td></tr>
<tr><td style="color:#888">備註</td><td>請攜帶履歷表、畢業證書影本及作品集。敬請準時出席，如需改期請提前告知。</td></tr>
</table>
<p style="margin-top:18px">
<a href="https://www.job139.example/interview/reply?id=8845120&amp;a=accept" style="background:#ff7800;color:#fff;padding:8px 18px;text-decoration:none">接受面試</a>&nbsp;
<a href="https://www.job139.example/interview/reply?id=8845120&amp;a=reschedule" style="border:1px solid #ff7800;color:#ff7800;padding:8px 18px;text-decoration:none">希望改期</a>&nbsp;
<a href="https://www.job139.example/interview/reply?id=8845120&amp;a=decline" style="color:#888">婉拒</a></p>
<p style="color:#999;font-size:12px">此信件由系統自動發送，請勿直接回覆。如有任何問題，請直接與企業聯絡人聯繫。<br>
一三九人力銀行 客服專線 0800-139-139 ｜ 台北市松山區敦化北路 99 號 15 樓</p>
</td></tr></table>""")
    m = mail('"一三九人力銀行" <no-reply@job139.example>', f"林郁婷 <{OWNER}>",
             "【面試通知】豐源精密股份有限公司 邀請您參加「硬體測試工程師」面試", sent,
             "<20260306164200.8845120.interview@notify.job139.example>", received_host="mta7.job139.example")
    add(case, "01-job139-interview-notice.eml", html_only(m, html))
    s = dt(2026, 3, 12, 14, 0, TPE)
    label(case, [iv("Fengyuan Precision", "Hardware Test Engineer", s, s + timedelta(hours=1), "scheduled", [],
                    ["hr.chen@fengyuan-precision.example"], "hiring_manager")],
          "medium", "positive/jobbank-relay-html",
          "Job-bank relay (HTML only, base64) of a 面試通知; no-reply sender, human HR contact in the body; "
          "'下午2:00（約1小時）'. Company label = the English name given in parentheses after 豐源精密股份有限公司.")


def c02():
    case = "b132-02-jobbank-job-alert"
    sent = dt(2026, 3, 9, 8, 5, TPE)
    jobs = [("鼎承電子股份有限公司", "硬體測試工程師（可面試後再談薪資）", "新北市汐止區", "月薪 45,000~60,000元"),
            ("晶盛科技", "ATE 測試工程師 Test Engineer", "新竹市東區", "待遇面議"),
            ("宇辰通訊", "RF 驗證工程師（主動邀約面試）", "台北市內湖區", "年薪 80萬以上"),
            ("Arclight Devices", "Hardware Validation Engineer (Taipei)", "台北市南港區", "待遇面議")]
    rows = "".join(f'<tr><td style="padding:10px;border-bottom:1px solid #eee"><a href="https://www.job139.example/job/{i+7731}">'
                   f'<b>{t}</b></a><br>{c}｜{a}｜{p}</td></tr>' for i, (c, t, a, p) in enumerate(jobs))
    html = html_wrap(f"""<p>郁婷 您好，以下是符合您「硬體測試工程師／台北市、新北市、新竹」條件的 <b>12 筆新職缺</b>：</p>
<table width="600">{rows}</table>
<p><b>小提醒：</b>企業主動邀約面試的比例，履歷完整度 90% 以上的求職者高出 3 倍！
<a href="https://www.job139.example/resume/edit">立即更新履歷</a></p>
<p>想知道面試怎麼準備？看看「面試常見 30 題」專欄。</p>
<p style="color:#999;font-size:12px">您收到此信是因為您訂閱了一三九人力銀行職缺快訊。<a href="https://www.job139.example/alert/unsubscribe?u=ytl">取消訂閱</a></p>""")
    m = mail('"一三九人力銀行職缺快訊" <jobalert@job139.example>', OWNER,
             "12 筆新職缺符合您的條件：硬體測試工程師｜企業正在主動邀約面試", sent,
             "<alert.20260309.55120@notify.job139.example>", received_host="mta3.job139.example",
             extra={"List-Unsubscribe": "<https://www.job139.example/alert/unsubscribe?u=ytl>"})
    add(case, "01-job-alert.eml", html_only(m, html, cte="quoted-printable"))
    label(case, [], "easy", "negative/job-alert",
          "Job-bank job alert; uses 面試 / 主動邀約面試 but no interview.")


def c03():
    case = "b132-03-hsinchu-semi-two-rounds"
    co = "晶芯半導體股份有限公司 Jingxin Semiconductor"
    hr = ("黃怡君 Yi-chun Huang (人資)", "hr.huang@jingxinsemi.example")
    eng = ("李威辰 Wei-chen Li", "wc.li@jingxinsemi.example")
    mgr_mail = "tsai.cm@jingxinsemi.example"
    sent1 = dt(2026, 3, 2, 11, 8, TPE)
    s1 = dt(2026, 3, 5, 10, 30, TPE)
    e1 = s1 + timedelta(hours=1)
    desc = ("郁婷您好，\n\n感謝您應徵晶芯半導體「測試工程師 Test Engineer（產品測試處）」一職。"
            "一面為視訊技術面試，由產品測試處 李威辰 副理 主持，內容包含 ATE 測試程式、量測原理與您過去專案經驗，約 60 分鐘。\n\n"
            "人資 黃怡君 敬上\n")
    body = ("一面 視訊面試 - 林郁婷 - 測試工程師 Test Engineer\n\n" + desc + "\n" +
            TEAMS_BLOCK.format(mid="NjQ5ZjE2MjEtYmQ4Ny00", num="438 551 902 617", pw="q7XhP2"))
    ics = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E0080000000050A1C3D2F6A9DC01000000000000000010000000A3F1",
                       "Taipei Standard Time", "+0800", s1, e1, "一面 視訊面試 - 林郁婷 - 測試工程師 Test Engineer",
                       desc, "Microsoft Teams 會議", hr,
                       [(eng[0], eng[1], "REQ-PARTICIPANT"), ("林郁婷", OWNER, "REQ-PARTICIPANT")], stamp=sent1)
    m = mail(f"{hr[0]} <{hr[1]}>", f"{eng[0]} <{eng[1]}>, 林郁婷 <{OWNER}>",
             "一面 視訊面試 - 林郁婷 - 測試工程師 Test Engineer", sent1,
             "<TYZPR03MB7184A1C2E9D0@TYZPR03MB7184.apcprd03.prod.outlook.com>",
             received_host="APC01-TYZ-obe.outbound.protection.outlook.com",
             extra={"Thread-Topic": "一面 視訊面試 - 林郁婷 - 測試工程師 Test Engineer",
                    "Content-class": "urn:content-classes:calendarmessage", "Accept-Language": "zh-TW, en-US"})
    add(case, "01-teams-invite-round1.eml", with_calendar(m, body, p2h(body), ics, attach=False))

    sent2 = dt(2026, 3, 6, 17, 20, TPE)
    body2 = textwrap.dedent(f"""\
        郁婷您好：

        感謝您昨天參加一面，部門對您的 ATE 與 boundary scan 經驗印象深刻，誠摯邀請您參加二面（主管面試）。
        二面為現場面試，地點在新竹科學園區，預計 1.5 小時，由測試工程部 蔡志明 經理（{mgr_mail}）親自面談。

        目前可安排的時段如下，請回信告知方便的時間：
          (1) 3/18（三）下午2:00
          (2) 3/19（四）上午10點半
          (3) 3/20（五）下午4:00

        地點：新竹科學園區力行二路 6 號 晶芯半導體 R2 大樓 1 樓大廳（請攜帶身分證件換證）

        黃怡君 Yi-chun Huang
        人力資源處 招募組
        晶芯半導體股份有限公司
        T: +886-3-578-0088 #3321 ｜ 300 新竹市東區力行二路 6 號
        """)
    m = mail(f"{hr[0]} <{hr[1]}>", f"林郁婷 <{OWNER}>", "【晶芯半導體】二面（主管面試）邀請 - 測試工程師", sent2,
             "<TYZPR03MB7184B77D0311@TYZPR03MB7184.apcprd03.prod.outlook.com>",
             received_host="APC01-TYZ-obe.outbound.protection.outlook.com")
    add(case, "02-round2-invitation.eml", text_html(m, body2, p2h(body2)))

    sent3 = dt(2026, 3, 9, 9, 14, TPE)
    user_reply = textwrap.dedent("""\
        黃小姐您好，

        謝謝通知！我選 (2) 3/19（四）上午10點半，當天會準時到。

        郁婷""")
    body3 = textwrap.dedent(f"""\
        郁婷您好：

        已為您保留 3/19（四）上午10:30～12:00 的二面，蔡經理與測試工程部 王副理會一起參加。
        敬請準時出席，到場後請在大廳撥分機 3321 找我。

        黃怡君 Yi-chun Huang
        人力資源處 招募組｜T: +886-3-578-0088 #3321

        -----Original Message-----
        From: 林郁婷 <{OWNER}>
        Sent: Monday, March 9, 2026 8:51 AM
        To: 黃怡君 Yi-chun Huang (人資) <{hr[1]}>
        Subject: Re: 【晶芯半導體】二面（主管面試）邀請 - 測試工程師

        """) + user_reply + "\n"
    m = mail(f"{hr[0]} <{hr[1]}>", f"林郁婷 <{OWNER}>", "RE: 【晶芯半導體】二面（主管面試）邀請 - 測試工程師", sent3,
             "<TYZPR03MB7184C9911AE2@TYZPR03MB7184.apcprd03.prod.outlook.com>",
             in_reply_to="<CAK7yt.reply.0309@mail.example.com>",
             references="<TYZPR03MB7184B77D0311@TYZPR03MB7184.apcprd03.prod.outlook.com> <CAK7yt.reply.0309@mail.example.com>",
             received_host="APC01-TYZ-obe.outbound.protection.outlook.com")
    add(case, "03-round2-confirmed.eml", text(m, body3))
    s2 = dt(2026, 3, 19, 10, 30, TPE)
    label(case, [
        iv("Jingxin Semiconductor", "Test Engineer", s1, e1, "scheduled", [eng[1]], [eng[1]], "technical"),
        iv("Jingxin Semiconductor", "Test Engineer", s2, dt(2026, 3, 19, 12, 0, TPE), "scheduled", [mgr_mail],
           [mgr_mail], "onsite")],
        "hard", "positive/two-rounds",
        "Round 1 = Exchange/Teams invite (Taipei Standard Time); round 2 = 主管面試 offered as 3 slots, user "
        "picks (2) 上午10點半, HR confirms 10:30-12:00 (1.5h). Only the manager's address is given (王副理 has none).")


def c04():
    case = "b132-04-online-test-before-interview"
    sent = dt(2026, 3, 10, 13, 30, TPE)
    body = textwrap.dedent("""\
        林郁婷 同學/先生/小姐 您好：

        感謝您應徵 東山半導體 Dongshan Semiconductor「產品測試工程師 Product Test Engineer」職缺。
        為了讓後續面試更有效率，請您於 2026/3/20（五）23:59 前完成線上測驗：

          測驗項目：電子電路基礎、數位邏輯、英文閱讀（共 60 分鐘，需一次完成）
          測驗連結：https://dongshan.quizharbor.example/t/9Y2K-7HQA
          建議使用 Chrome 瀏覽器，並確認攝影機可正常開啟（測驗全程錄影監考）

        通過線上測驗者，人資將另行以電話或 E-mail 與您聯繫安排面試時間。
        如有任何問題，請來信 recruit@dongshansemi.example。

        東山半導體 人力資源部 招募中心
        (本信件由 QuizHarbor 測驗平台代發，請勿直接回覆)
        """)
    m = mail('"東山半導體 招募中心 via QuizHarbor" <no-reply@quizharbor.example>', OWNER,
             "【東山半導體】線上測驗邀請 - 產品測試工程師（面試前測驗）", sent,
             "<qh-inv-2291874@mailer.quizharbor.example>", reply_to="recruit@dongshansemi.example",
             received_host="mailer.quizharbor.example")
    add(case, "01-online-test-invitation.eml", text_html(m, body, p2h(body), cte="base64"))
    label(case, [], "medium", "negative/online-assessment",
          "Proctored online test with a deadline; interview only promised later.")


def c05():
    case = "b132-05-hk-recruiter-phone-screen-thread"
    rec = ("Gigi Tam", "gigi.tam@harbourline.example")
    sig = textwrap.dedent("""\
        Best regards,
        Gigi Tam
        Senior Talent Acquisition Partner | Harbourline Instruments Ltd.
        18/F, Tower 2, Kowloon Commerce Centre, 51 Kwai Cheong Road, Kwai Chung, Hong Kong
        M: +852 9123 4578 | harbourline.example""")
    s1 = dt(2026, 3, 16, 10, 2, HKG)
    b1 = ("Hi Yu-ting,\n\nThanks for applying for the Hardware Test Engineer (Greater China) role with Harbourline. "
          "Your background in functional test fixtures caught our eye and I'd love to have a quick intro call "
          "- mainly about your experience, notice period and salary expectations.\n\n"
          "Would tomorrow at 2pm HK time work for you? Otherwise Wednesday morning is open too.\n\n" + sig + "\n")
    m1 = mail(f"{rec[0]} <{rec[1]}>", f"Lin Yu-ting <{OWNER}>", "Hardware Test Engineer - quick intro call?", s1,
              "<CAHL7x2mN0q+intro@mail.harbourline.example>")
    add(case, "01-recruiter-proposes.eml", text(m1, b1))
    s2 = dt(2026, 3, 16, 11, 47, HKG)
    b2 = textwrap.dedent("""\
        Hi Gigi,

        Sure, Tuesday 2pm HKT works fine. Please call me at +886 912 345 678.

        Thanks,
        Yu-ting

        """) + f"On Mon, Mar 16, 2026 at 10:02 AM Gigi Tam <{rec[1]}> wrote:\n" + quote(b1) + "\n"
    m2 = mail(f"{rec[0]} <{rec[1]}>", f"Lin Yu-ting <{OWNER}>", "Re: Hardware Test Engineer - quick intro call?", s2,
              "<CAHL7x2mN0q+confirm@mail.harbourline.example>", in_reply_to="<CAHL7x2mN0q+intro@mail.harbourline.example>",
              extra={})
    b2b = ("Perfect, confirmed for tomorrow (Tue 17 Mar) at 2pm HKT - same time in Taipei. I'll call you on "
           "+886 912 345 678, should take 30 mins max.\n\nTalk soon!\n" + sig + "\n\n" +
           f"On Mon, 16 Mar 2026 at 11:40, Lin Yu-ting <{OWNER}> wrote:\n" + quote(b2) + "\n")
    add(case, "02-recruiter-confirms.eml", text(m2, b2b))
    s = dt(2026, 3, 17, 14, 0, HKG)
    label(case, [iv("Harbourline Instruments", "Hardware Test Engineer", s, s + timedelta(minutes=30), "scheduled",
                    [rec[1]], [rec[1]], "phone_screen")],
          "medium", "positive/thread-propose-confirm",
          "HK recruiter thread; 'tomorrow at 2pm' resolved against Mon 16 Mar; confirmation quotes the user's reply.")


def c06():
    case = "b132-06-interview-skills-webinar"
    sent = dt(2026, 3, 23, 12, 0, TPE)
    s = dt(2026, 4, 2, 20, 0, TPE)
    e = dt(2026, 4, 2, 21, 30, TPE)
    body = textwrap.dedent("""\
        Hi 郁婷，

        你已成功報名 Crumb 線上講座：
        「外商面試全攻略：英文自我介紹、行為面試 STAR 法則與模擬問答」

        時間：4/2（四）晚上 8:00–9:30（台北時間）
        講者：前外商半導體 HR 經理 Joanne Kuo
        形式：Zoom 線上直播（講座後 20 分鐘 Q&A，不提供一對一模擬面試）
        連結：https://zoom.example/j/8812045577?pwd=crumbtalk

        活動行事曆檔已附上，記得加到你的行事曆。
        — Crumb 職涯學院 Crumb Academy
        """)
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Crumb//Events 2.1//EN", "VERSION:2.0", "METHOD:PUBLISH",
                "BEGIN:VEVENT", "UID:webinar-20260402-interview@crumb.example", f"DTSTAMP:{utcz(sent)}",
                f"DTSTART:{utcz(s)}", f"DTEND:{utcz(e)}",
                "SUMMARY:" + esc("【線上講座】外商面試全攻略 Interview Skills Webinar"),
                "DESCRIPTION:" + esc("Zoom: https://zoom.example/j/8812045577?pwd=crumbtalk\n講者 Joanne Kuo"),
                "LOCATION:Zoom", "ORGANIZER;CN=Crumb Academy:mailto:events@crumb.example",
                "END:VEVENT", "END:VCALENDAR"])
    m = mail('"Crumb 職涯學院" <events@crumb.example>', OWNER, "報名成功｜4/2 外商面試全攻略線上講座", sent,
             "<evt.88120.reg@crumb.example>", received_host="o7.mail.crumb.example")
    text_html(m, body, p2h(body))
    attach_ics(m, ics, "crumb-webinar.ics")
    add(case, "01-webinar-registration.eml", m)
    label(case, [], "medium", "negative/webinar",
          "面試技巧 webinar registration with a PUBLISH .ics; not a hiring-process interview.")


def c07():
    case = "b132-07-japan-recruiter-jst-ics"
    rec = ("Aoi Yamada", "a.yamada@kumanodenki.example")
    eng = ("Kenji Sato", "k.sato@kumanodenki.example")
    sent = dt(2026, 3, 18, 18, 40, TYO)
    s = dt(2026, 3, 26, 16, 0, TYO)
    e = dt(2026, 3, 26, 17, 0, TYO)
    body = textwrap.dedent(f"""\
        Dear Ms. Lin,

        Thank you for your continued interest in the Test Engineering position (Taipei Design Center) at
        Kumano Denki Co., Ltd.

        We are pleased to invite you to the technical interview as follows.

          Date/Time : Thursday, March 26, 2026, 16:00-17:00 JST (15:00-16:00 Taiwan time)
          Format    : Web interview (Zoom) - URL is in the attached calendar file
          Interviewer: Mr. Kenji Sato, Manager, Reliability Test Group ({eng[1]})
          Language  : English (some Japanese welcome but not required)

        In the interview, Mr. Sato would like to ask you about HALT/HASS and your boundary-scan experience.
        Please prepare a short introduction of one project (about 5 minutes, slides are OK).

        If this schedule is difficult, kindly let me know at your earliest convenience.

        Best regards,

        Aoi Yamada (山田 葵)
        Global Recruitment Section, Human Resources Dept.
        Kumano Denki Co., Ltd.
        2-8-14 Shiba, Minato-ku, Tokyo 105-0014, Japan
        TEL: +81-3-5442-7710
        """)
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Kumano Denki//Recruit Scheduler 3.2//JA", "VERSION:2.0",
                "METHOD:REQUEST"] + vtz_fixed("Asia/Tokyo", "+0900") + [
                "BEGIN:VEVENT", "UID:kd-rec-2026-0331-ytlin@kumanodenki.example", f"DTSTAMP:{utcz(sent)}",
                f"DTSTART;TZID=Asia/Tokyo:{loc(s)}", f"DTEND;TZID=Asia/Tokyo:{loc(e)}",
                "SUMMARY:" + esc("Technical Interview / 技術面接: Lin Yu-ting (Test Engineering, Taipei)"),
                "DESCRIPTION:" + esc("Zoom: https://kumanodenki.zoom.example/j/93315520184\nPasscode: 551208\n"
                                     "Interviewer: Kenji Sato"),
                "LOCATION:Zoom", f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
                att(eng[0], eng[1]), att("Lin Yu-ting", OWNER), "SEQUENCE:0", "STATUS:CONFIRMED",
                "END:VEVENT", "END:VCALENDAR"])
    m = mail(f"{rec[0]} <{rec[1]}>", f"Lin Yu-ting <{OWNER}>", f"[Kumano Denki] Invitation to Technical Interview (3/26 16:00 JST)",
             sent, "<20260318184000.A7712@kumanodenki.example>", cc=f"{eng[0]} <{eng[1]}>",
             received_host="smtp01.kumanodenki.example")
    text(m, body, cte="7bit" if all(ord(c) < 128 for c in body) else "quoted-printable")
    attach_ics(m, ics, "interview_20260326.ics")
    add(case, "01-technical-interview-invitation.eml", m)
    label(case, [iv("Kumano Denki", "Test Engineer", s, e, "scheduled", [eng[1]], [eng[1]], "technical")],
          "medium", "positive/jst-email-with-ics",
          "Japanese recruiter in English, 16:00-17:00 JST (= 15:00 Taipei); .ics with TZID Asia/Tokyo.")


def c08():
    case = "b132-08-california-dst-google-invite"
    rec = ("Megan Alvarez", "megan.alvarez@bayridgetest.example")
    hm = ("Raj Patel", "raj.patel@bayridgetest.example")
    sent1 = datetime(2026, 3, 5, 9, 12, tzinfo=LAX)
    s = datetime(2026, 3, 12, 16, 30, tzinfo=LAX)
    e = s + timedelta(minutes=45)
    mine = s.astimezone(TPE)
    b1 = textwrap.dedent(f"""\
        Hi Yu-ting,

        Great chatting with you Monday! Raj (our Hardware Test Manager) would like to do the hiring manager
        round next week. He's fine with a late afternoon slot on our side so it isn't too early for you:

        Thu 3/12 @ 4:30p PST (that's Fri 3/13 7:30a your time), 45 min on Google Meet.

        Heads up - our clocks spring forward this Sunday, so double-check the calendar invite I'm sending
        separately; the invite has the right time.

        Megan Alvarez
        Technical Recruiter, Bayridge Test Systems
        2150 Junction Ave, San Jose, CA 95131 | (408) 555-0176
        """)
    m1 = mail(f"{rec[0]} <{rec[1]}>", f"Yu-ting Lin <{OWNER}>", "Next step: hiring manager interview w/ Raj", sent1,
              "<CAMx8fR2bT=next@mail.bayridgetest.example>")
    add(case, "01-recruiter-next-step.eml", text(m1, b1))
    sent2 = datetime(2026, 3, 5, 9, 20, tzinfo=LAX)
    title = "Hiring Manager Interview: Yu-ting Lin - Sr. Hardware Test Engineer"
    desc = ("45-minute conversation with Raj Patel (Hardware Test Manager) about your test automation and "
            "fixture design experience.\n\nRecruiter: Megan Alvarez")
    when = f"Friday Mar 13, 2026 ⋅ {mine:%-I:%M}am – {(e.astimezone(TPE)):%-I:%M}am\nTaipei Standard Time"
    body = (f"{title}\n{when}\n\nJoin with Google Meet\nhttps://meet.google.com/pqr-hwts-bay\n\n"
            f"Organizer\n{rec[0]}\n{rec[1]}\n\nGuests\n{rec[0]} - organizer\n{rec[1]}\n{hm[0]}\n{hm[1]}\n{OWNER}\n\n"
            f"{desc}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n")
    html = p2h(body)
    ics = google_ics("REQUEST", "7r2kq0bq1vd8pph3c6hwl4mtz1@google.com", s, e, title, desc,
                     "https://meet.google.com/pqr-hwts-bay", (rec[0], rec[1]),
                     [(rec[0], rec[1]), (hm[0], hm[1]), (OWNER, OWNER)], stamp=sent2)
    subj = (f"Invitation: {title} @ Fri Mar 13, 2026 {mine:%-I:%M}am - {(e.astimezone(TPE)):%-I:%M}am (GMT+8) ({OWNER})")
    m2 = mail(f"{rec[0]} <{rec[1]}>", OWNER, subj, sent2, "<calendar-3b0e51c7-22aa-4c7e-9f11-6e0b1c2d9a31@google.com>",
              reply_to=f"{rec[0]} <{rec[1]}>", sender="Google Calendar <calendar-notification@google.com>",
              received_host="mail-sor-f69.google.com")
    add(case, "02-invitation.eml", with_calendar(m2, body, html, ics, cte="base64"))
    label(case, [iv("Bayridge Test Systems", "Senior Hardware Test Engineer", s, e, "scheduled", [hm[1]], [hm[1]],
                    "hiring_manager")],
          "hard", "positive/us-dst-edge",
          "Recruiter writes 'Thu 3/12 @ 4:30p PST' on Mar 5 but US DST starts Mar 8 -> 16:30 PDT (-07:00) = "
          "Fri 07:30 Taipei; Google invite (UTC) and 'your time' confirm it.")


def c09():
    case = "b132-09-rejection-after-interview"
    sent = dt(2026, 3, 20, 17, 55, TPE)
    body = textwrap.dedent("""\
        林郁婷 您好：

        非常感謝您 3 月 13 日撥冗參加凱元科技「硬體驗證工程師 Hardware Verification Engineer」的面試，
        也謝謝您與我們分享過去在測試治具與自動化上的經驗。

        經過審慎評估，很遺憾此次無法安排您進入下一階段。我們會將您的資料保留於人才資料庫，
        未來若有適合的職缺，將主動與您聯繫、再次邀請您面試。

        祝 求職順利

        凱元科技股份有限公司 人力資源處
        Kaiyuan Technology Corp. | 新北市新店區民權路 95 號 8 樓 | 02-8912-3300
        """)
    m = mail('"凱元科技 招募團隊" <talent@kaiyuantech.example>', f"林郁婷 <{OWNER}>",
             "凱元科技 面試結果通知 / Interview result - Hardware Verification Engineer", sent,
             "<ky-20260320-rej-5521@kaiyuantech.example>")
    add(case, "01-interview-result.eml", text(m, body, cte="base64"))
    label(case, [], "medium", "negative/rejection",
          "很遺憾 rejection that mentions the past interview date and a possible future interview.")


def c10():
    case = "b132-10-google-meet-reschedule-gaiqi"
    hr = ("宏昱光電 人資 周佩珊", "ps.chou@hongyu-opto.example")
    mgr = ("鄭光宇", "ky.cheng@hongyu-opto.example")
    title = "【視訊面試】林郁婷 - 光學量測測試工程師（主管面試）"
    desc = ("面試官：研發三處 鄭光宇 經理\n面試形式：Google Meet 視訊面試，約 60 分鐘\n"
            "聯絡人：人資 周佩珊 03-328-1100 #612")
    uid = "2ms0vhn8c3u7k1qgo5rba6e4de@google.com"
    guests = [(hr[0], hr[1]), (mgr[0], mgr[1]), (OWNER, OWNER)]

    def gmail_inv(fname, subj_prefix, sent, s, seq, msgid):
        e = s + timedelta(hours=1)
        wk = "一二三四五六日"[s.weekday()]
        when = f"2026年{s.month}月{s.day}日 (週{wk}) ⋅ {'上午' if s.hour < 12 else '下午'}{(s.hour - 1) % 12 + 1}:{s:%M}～{'上午' if e.hour < 12 else '下午'}{(e.hour - 1) % 12 + 1}:{e:%M}\n台北標準時間"
        body = (f"{title}\n{when}\n\n使用 Google Meet 加入\nhttps://meet.google.com/hyo-ptkq-mzc\n\n"
                f"主辦者\n{hr[0]}\n{hr[1]}\n\n邀請對象\n{hr[0]} - 主辦者\n{mgr[0]}\n{mgr[1]}\n{OWNER}\n\n{desc}\n\n"
                "Google 日曆邀請函：https://calendar.google.com/calendar/\n")
        ics = google_ics("REQUEST", uid, s, e, title, desc, "https://meet.google.com/hyo-ptkq-mzc", hr, guests,
                         seq=seq, stamp=sent)
        subj = f"{subj_prefix}{title} @ 2026年{s.month}月{s.day}日 (週{wk}) {'上午' if s.hour < 12 else '下午'}{(s.hour - 1) % 12 + 1}:{s:%M} - {(e.hour - 1) % 12 + 1}:{e:%M} (GMT+8) ({OWNER})"
        m = mail(f"{hr[0]} <{hr[1]}>", OWNER, subj, sent, msgid, reply_to=f"{hr[0]} <{hr[1]}>",
                 sender="Google 日曆 <calendar-notification@google.com>", received_host="mail-sor-f41.google.com")
        add(case, fname, with_calendar(m, body, p2h(body), ics, cte="base64"))

    gmail_inv("01-invitation.eml", "邀請：", dt(2026, 3, 11, 10, 5, TPE), dt(2026, 3, 18, 14, 0, TPE), 0,
              "<calendar-91d2f0a4-1b8e-4c55-a2e0-5f1d7e3c6b10@google.com>")
    sent2 = dt(2026, 3, 16, 15, 22, TPE)
    body2 = textwrap.dedent("""\
        郁婷 您好，

        不好意思，鄭經理 3/18（三）臨時需要出差到南科，原訂下午兩點的視訊面試需要改期。
        想跟您確認是否可以改到 3/20（週五）上午10點？面試形式、連結都不變，一樣約一小時。
        我這邊會先更新行事曆邀請，如果時間不方便再麻煩回信告訴我，造成不便很抱歉！

        周佩珊 Peggy Chou
        宏昱光電股份有限公司 Hongyu Optoelectronics Corp. 人力資源部
        03-328-1100 #612｜桃園市龜山區文化二路 38 號
        """)
    m = mail(f"周佩珊 Peggy Chou <{hr[1]}>", f"林郁婷 <{OWNER}>", "面試改期：光學量測測試工程師 主管面試", sent2,
             "<CAF9pc+resched-0316@mail.hongyu-opto.example>")
    add(case, "02-reschedule-request.eml", text(m, body2))
    s = dt(2026, 3, 20, 10, 0, TPE)
    gmail_inv("03-updated-invitation.eml", "已更新邀請：", dt(2026, 3, 16, 15, 25, TPE), s, 1,
              "<calendar-5c77a1e2-0d43-4f2f-9c3b-8a0e6d2b7f54@google.com>")
    label(case, [iv("Hongyu Optoelectronics", "光學量測測試工程師", s, s + timedelta(hours=1), "scheduled", [mgr[1]],
                    [mgr[1]], "hiring_manager")],
          "hard", "positive/reschedule",
          "Google Meet invite in zh-TW for 3/18 下午兩點, 改期 mail, updated invite (SEQUENCE 1) to 3/20 上午10點. "
          "Company only appears as 宏昱光電 in text + hongyu-opto domain; role only in Chinese.")


def c11():
    case = "b132-11-info-session-google-invite"
    org = ("北辰半導體 校園招募", "campus@beichensemi.example")
    sent = dt(2026, 3, 13, 9, 30, TPE)
    s = dt(2026, 3, 25, 19, 0, TPE)
    e = dt(2026, 3, 25, 20, 30, TPE)
    title = "北辰半導體 2026 春季線上徵才說明會（測試／產品工程職系）"
    desc = ("議程：\n19:00 公司與職系介紹\n19:40 測試工程師的一天（資深工程師分享）\n20:10 Q&A\n\n"
            "說明會後開放投遞履歷，書面審查通過者將由人資另行通知面試。本場次不進行面試。")
    body = (f"{title}\n2026年3月25日 (週三) ⋅ 下午7:00～8:30\n台北標準時間\n\n使用 Google Meet 加入\n"
            f"https://meet.google.com/bcs-info-tlk\n\n主辦者\n{org[0]}\n{org[1]}\n\n{desc}\n")
    ics = google_ics("REQUEST", "0b7fq3d9l2k5u1m8s6t4c1ab2z@google.com", s, e, title, desc,
                     "https://meet.google.com/bcs-info-tlk", org, [org, (OWNER, OWNER)], stamp=sent)
    m = mail(f"{org[0]} <{org[1]}>", OWNER, f"邀請：{title} @ 2026年3月25日 (週三) 下午7:00 - 8:30 (GMT+8) ({OWNER})",
             sent, "<calendar-e4a1c9d0-7f32-4b8e-8d61-2a9f0c5e1b77@google.com>",
             sender="Google 日曆 <calendar-notification@google.com>", received_host="mail-sor-f41.google.com")
    add(case, "01-info-session-invitation.eml", with_calendar(m, body, p2h(body), ics, cte="base64"))
    label(case, [], "hard", "negative/info-session",
          "Company recruiting 說明會 sent as a real Google Calendar invite; explicitly not an interview.")


def c12():
    case = "b132-12-singapore-teams-cancel"
    rec = ("Priya Raman", "priya.raman@merlionsensor.example")
    eng = ("Daniel Koh", "daniel.koh@merlionsensor.example")
    s = dt(2026, 3, 24, 10, 0, SGP)
    e = dt(2026, 3, 24, 11, 0, SGP)
    uid = "040000008200E00074C5B7101A82E00800000000D08B6E7A11AADC01000000000000000010000000C7E2"
    title = "Interview: Lin Yu-ting - Test Development Engineer (Round 1)"
    desc = ("Hi Yu-ting,\n\nPlease find the Teams invite for your first-round interview with Daniel Koh "
            "(Principal Test Engineer). Singapore and Taipei are on the same time, so this is 10am for you too.\n\n"
            "Regards,\nPriya")
    sent1 = dt(2026, 3, 17, 15, 12, SGP)
    body = ("When: Tuesday, 24 March 2026 10:00 AM-11:00 AM (UTC+08:00) Kuala Lumpur, Singapore.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n\n" +
            TEAMS_BLOCK.format(mid="ZTE4OWIyNzQtNWM3", num="356 118 204 990", pw="sR9kLm")
            .replace("會議 ID", "Meeting ID").replace("密碼", "Passcode").replace("Microsoft Teams 會議", "Microsoft Teams meeting"))
    ics = exchange_ics("REQUEST", uid, "Singapore Standard Time", "+0800", s, e, title, desc, "Microsoft Teams Meeting",
                       rec, [(eng[0], eng[1], "REQ-PARTICIPANT"), ("Lin Yu-ting", OWNER, "REQ-PARTICIPANT")],
                       stamp=sent1, lang="en-US")
    m = mail(f"{rec[0]} <{rec[1]}>", f"Daniel Koh <{eng[1]}>, Lin Yu-ting <{OWNER}>", title, sent1,
             "<SG2PR06MB5342E0F1A2B3@SG2PR06MB5342.apcprd06.prod.outlook.com>",
             received_host="APC01-SG2-obe.outbound.protection.outlook.com",
             extra={"Content-class": "urn:content-classes:calendarmessage"})
    add(case, "01-teams-invite.eml", with_calendar(m, body, p2h(body), ics, attach=False))
    sent2 = dt(2026, 3, 20, 18, 31, SGP)
    b2 = textwrap.dedent("""\
        Hi Yu-ting,

        I'm sorry to share that the Test Development Engineer headcount has been put on hold following an
        internal reorganisation, so we need to cancel your interview with Daniel on Tuesday (24 Mar, 10am).
        面試取消造成您的不便，非常抱歉。We will keep your profile on file and reach out if the role reopens.

        Warm regards,
        Priya Raman
        Talent Acquisition, Merlion Sensorworks Pte. Ltd.
        10 Science Park Road, #03-21 The Alpha, Singapore 117684 | +65 6771 2040
        """)
    m2 = mail(f"{rec[0]} <{rec[1]}>", f"Lin Yu-ting <{OWNER}>", "Update on your interview - Merlion Sensorworks", sent2,
              "<SG2PR06MB5342F7C8D9E0@SG2PR06MB5342.apcprd06.prod.outlook.com>",
              received_host="APC01-SG2-obe.outbound.protection.outlook.com")
    add(case, "02-cancel-email.eml", text(m2, b2))
    sent3 = dt(2026, 3, 20, 18, 33, SGP)
    ics3 = exchange_ics("CANCEL", uid, "Singapore Standard Time", "+0800", s, e, "Canceled: " + title,
                        "The interview has been cancelled.", "Microsoft Teams Meeting", rec,
                        [(eng[0], eng[1], "REQ-PARTICIPANT"), ("Lin Yu-ting", OWNER, "REQ-PARTICIPANT")],
                        seq=1, stamp=sent3, status="CANCELLED", lang="en-US")
    b3 = "The interview has been cancelled.\n"
    m3 = mail(f"{rec[0]} <{rec[1]}>", f"Daniel Koh <{eng[1]}>, Lin Yu-ting <{OWNER}>", "Canceled: " + title, sent3,
              "<SG2PR06MB5342A1A2B3C4@SG2PR06MB5342.apcprd06.prod.outlook.com>",
              received_host="APC01-SG2-obe.outbound.protection.outlook.com",
              extra={"Content-class": "urn:content-classes:calendarmessage", "Importance": "high"})
    add(case, "03-teams-cancel.eml", with_calendar(m3, b3, p2h(b3), ics3, method="CANCEL", attach=False))
    label(case, [iv("Merlion Sensorworks", "Test Development Engineer", s, e, "cancelled", [eng[1]], [eng[1]],
                    "technical")],
          "medium", "positive/cancellation",
          "Exchange invite (Singapore Standard Time), cancellation e-mail (English + 取消), METHOD:CANCEL.")


def c13():
    case = "b132-13-own-performance-review"
    mgr = ("Kevin Wu 吳建良", "kevin.wu@hengda-elec.example")
    s = dt(2026, 3, 27, 15, 0, TPE)
    e = dt(2026, 3, 27, 15, 30, TPE)
    sent = dt(2026, 3, 19, 9, 2, TPE)
    title = "2025 年度績效面談 (Performance Review) - 林郁婷"
    desc = ("郁婷，\n\n年度績效面談排在下週五下午三點，30 分鐘。請先在 HR 系統完成自評表，"
            "我們會一起看 2025 的目標達成與 2026 的發展計畫（含 TE 組長候選人評估）。\n\nKevin")
    body = ("時間: 2026年3月27日 星期五 下午 03:00-下午 03:30 (UTC+08:00) 台北。\n位置: Microsoft Teams 會議\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n\n" + TEAMS_BLOCK.format(mid="OGM1NzQ3YTgtZjI", num="271 904 553 118", pw="Hd8vQe"))
    ics = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E0080000000090D2C4F3B7B4DC01000000000000000010000000E1D4",
                       "Taipei Standard Time", "+0800", s, e, title, desc, "Microsoft Teams 會議", mgr,
                       [("林郁婷", WORK, "REQ-PARTICIPANT")], stamp=sent)
    m = mail(f"{mgr[0]} <{mgr[1]}>", f"林郁婷 <{WORK}>", title, sent,
             "<TYZPR06MB6120D4E5F6A7@TYZPR06MB6120.apcprd06.prod.outlook.com>",
             received_host="APC01-TYZ-obe.outbound.protection.outlook.com",
             extra={"Content-class": "urn:content-classes:calendarmessage",
                    "X-Forwarded-To": OWNER, "X-Forwarded-For": f"{WORK} {OWNER}"})
    add(case, "01-performance-review-invite.eml", with_calendar(m, body, p2h(body), ics, attach=False))
    label(case, [], "hard", "negative/internal-review",
          "Her own 績效面談 at her current employer (Teams invite auto-forwarded from her work address).")


def c14():
    case = "b132-14-platform-interview-candidate-cancels"
    sent1 = dt(2026, 3, 30, 11, 0, TPE)
    s = dt(2026, 4, 7, 15, 30, TPE)
    e = dt(2026, 4, 7, 16, 30, TPE)
    html = html_wrap("""<div style="max-width:560px;margin:auto">
<img src="https://static.crumb.example/mail/logo.png" alt="Crumb" height="28">
<h2 style="font-weight:500">Lumiwave Labs 向你發出了面試邀請 🎉</h2>
<p>Hi 郁婷，</p>
<p><b>Lumiwave Labs（光波實驗室）</b>想邀請你針對「<b>Hardware Test Engineer 硬體測試工程師</b>」進行面試：</p>
<ul>
<li>時間：2026/04/07（二）下午 3:30 – 4:30</li>
<li>形式：現場面試（台北市大安區復興南路一段 219 號 5F）</li>
<li>面試官：Hardware Lead 張哲維 Jerry Chang</li>
<li>聯絡窗口：Irene（<a href="mailto:irene.lo@lumiwave.example">irene.lo@lumiwave.example</a>）</li>
</ul>
<p><a href="https://www.crumb.example/inbox/thread/66a1f0" style="background:#222;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none">在 Crumb 上回覆</a></p>
<p style="color:#999;font-size:12px">Crumb — 讓好工作找到你。此信件為系統通知。</p></div>""")
    m1 = mail('"Crumb" <notify@crumb.example>', OWNER, "Lumiwave Labs 向你發出了面試邀請：Hardware Test Engineer",
              sent1, "<notif.66a1f0.inv@crumb.example>", received_host="o7.mail.crumb.example")
    add(case, "01-crumb-interview-invite.eml", html_only(m1, html, cte="quoted-printable"))
    sent2 = dt(2026, 4, 2, 14, 16, TPE)
    user_txt = textwrap.dedent("""\
        Irene 您好，

        非常感謝 Lumiwave 的面試邀請。由於我前兩天已經接受了另一家公司的 offer，
        想跟您說聲抱歉，需要取消 4/7（二）下午 3:30 的面試，也請代我向 Jerry 致歉。

        祝 順心
        林郁婷""")
    b2 = ("郁婷您好，\n\n收到，已幫您取消 4/7 的面試，也恭喜您找到新工作！之後有機會再合作 :)\n\n"
          "Irene Lo 羅以琳｜People Ops, Lumiwave Labs\n0933-218-775\n\n"
          f"於 2026年4月2日 週四 下午1:48，林郁婷 <{OWNER}> 寫道：\n" + quote(user_txt) + "\n")
    m2 = mail("Irene Lo <irene.lo@lumiwave.example>", f"林郁婷 <{OWNER}>",
              "Re: 取消面試 - Hardware Test Engineer（林郁婷）", sent2, "<CAB4ir+Lw7cancel@mail.lumiwave.example>",
              in_reply_to="<CAK7yt+withdraw.0402@mail.example.com>")
    add(case, "02-withdrawal-acknowledged.eml", text(m2, b2, cte="base64"))
    label(case, [iv("Lumiwave Labs", "Hardware Test Engineer", s, e, "cancelled", [], ["irene.lo@lumiwave.example"],
                    "technical")],
          "hard", "positive/cancellation-by-candidate",
          "Cake-like platform invite (HTML), then candidate withdraws (quoted in HR reply) -> cancelled. "
          "Interviewer Jerry has no address, so follow-up would go to Irene.")


def c15():
    case = "b132-15-onsite-several-interviewers"
    coord = ("蘇雅文 Amy Su", "amy.su@tianhe-elec.example")
    eng1 = ("吳承翰", "ch.wu@tianhe-elec.example")
    eng2 = ("Maggie Lai 賴美琪", "maggie.lai@tianhe-elec.example")
    mgr = ("高志遠", "cy.kao@tianhe-elec.example")
    sent = dt(2026, 3, 23, 16, 45, TPE)
    sess = [(dt(2026, 3, 31, 9, 30, TPE), dt(2026, 3, 31, 10, 15, TPE), "人資面談 HR interview", [coord]),
            (dt(2026, 3, 31, 10, 15, TPE), dt(2026, 3, 31, 11, 15, TPE), "技術面試 Technical interview (實作+問答)", [eng1, eng2]),
            (dt(2026, 3, 31, 11, 30, TPE), dt(2026, 3, 31, 12, 0, TPE), "主管面試 Hiring manager interview", [mgr])]
    rows = "".join(f"<tr><td>{a:%H:%M}–{b:%H:%M}</td><td>{t}</td><td>{'、'.join(n for n, _ in ppl)}</td></tr>"
                   for a, b, t, ppl in sess)
    html = html_wrap(f"""<p>郁婷 您好，</p>
<p>感謝您應徵 天禾電子 Tianhe Electronics「系統測試工程師 System Test Engineer」。很高興邀請您於
<b>3 月 31 日（星期二）</b>來本公司桃園總部參加現場面試，當天行程如下（請於 9:15 前抵達，第一場面試九點半準時開始）：</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eef"><th>時間</th><th>項目</th><th>面試官</th></tr>{rows}</table>
<p>11:15–11:30 休息，參觀 EMC 實驗室。</p>
<p>地點：桃園市蘆竹區南崁路二段 168 號 天禾電子 A 棟 3 樓 第二會議室<br>
請攜帶：身分證（換證用）、個人作品或測試報告（去識別化即可）。</p>
<p>若有任何問題，可直接回覆此信或與我聯繫：{coord[0]} 03-322-5566 #1208</p>
<p>天禾電子股份有限公司 人力資源部<br><span style="color:#888">Sent via HireNest ATS</span></p>""")
    plain = ("郁婷 您好，\n\n3 月 31 日（星期二）現場面試行程：\n" +
             "\n".join(f"{a:%H:%M}-{b:%H:%M} {t}（{'、'.join(n for n, _ in ppl)}）" for a, b, t, ppl in sess) +
             "\n\n地點：桃園市蘆竹區南崁路二段 168 號 天禾電子 A 棟 3 樓\n\n天禾電子 人力資源部 " + coord[0] + "\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//HireNest//Interview Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST"]
    L += vtz_fixed("Asia/Taipei", "+0800")
    for i, (a, b, t, ppl) in enumerate(sess):
        L += ["BEGIN:VEVENT", f"UID:hn-itin-55821-{i+1}@hirenest.example", f"DTSTAMP:{utcz(sent)}",
              f"DTSTART;TZID=Asia/Taipei:{loc(a)}", f"DTEND;TZID=Asia/Taipei:{loc(b)}",
              "SUMMARY:" + esc(f"天禾電子 現場面試 - {t} - 林郁婷"),
              "LOCATION:" + esc("桃園市蘆竹區南崁路二段168號 A棟3F 第二會議室"),
              f"ORGANIZER;CN={coord[0]}:mailto:{coord[1]}"]
        L += [att(n, e_) for n, e_ in ppl] + [att("林郁婷", OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"]
    L += ["END:VCALENDAR"]
    m = mail(f'"{coord[0]} (天禾電子)" <notifications@hirenest.example>', f"林郁婷 <{OWNER}>",
             "天禾電子 現場面試行程 - 系統測試工程師 - 3/31（二）", sent, "<hn.55821.itinerary@hirenest.example>",
             reply_to=f"{coord[0]} <{coord[1]}>", received_host="smtp.hirenest.example")
    text_html(m, plain, html)
    attach_ics(m, ical(L), "onsite-itinerary.ics")
    add(case, "01-onsite-itinerary.eml", m)
    ivs = [coord[1], eng1[1], eng2[1], mgr[1]]
    label(case, [iv("Tianhe Electronics", "System Test Engineer", sess[0][0], sess[-1][1], "scheduled", ivs, ivs,
                    "onsite")],
          "hard", "positive/onsite-loop",
          "ATS itinerary (HTML table + .ics with 3 VEVENTs): one onsite 09:30-12:00 with HR, two engineers and the manager.")


def c16():
    case = "b132-16-offer-letter"
    sent = dt(2026, 3, 25, 18, 10, TPE)
    body = textwrap.dedent("""\
        林郁婷 小姐 您好：

        感謝您參與群峰科技「資深硬體測試工程師 Senior Hardware Test Engineer」一職的面試。
        我們很高興通知您已獲錄取！錄取條件摘要如下，正式錄取通知書（Offer Letter）請見附件：

          職稱：資深硬體測試工程師（職等 T5）
          月薪：新台幣 72,000 元，年薪保障 14 個月
          報到日：2026年4月13日（週一）上午9:00，請至新北市板橋區縣民大道二段 7 號 21 樓 人資部報到
          試用期：三個月

        請於 3/30（一）前回覆是否接受，並依附件說明完成新進人員體檢。如對錄取條件有任何疑問，
        歡迎來電或安排一通電話與我們討論。

        群峰科技股份有限公司 人力資源部 陳思妤
        Qunfeng Technology Co., Ltd. | 02-2960-8800 #301 | sy.chen@qunfengtech.example
        """)
    m = mail("陳思妤 Sophie Chen <sy.chen@qunfengtech.example>", f"林郁婷 <{OWNER}>",
             "【錄取通知】群峰科技 - 資深硬體測試工程師", sent, "<qf.offer.20260325.0033@qunfengtech.example>")
    text(m, body)
    m.add_attachment(b"%PDF-1.4\n% offer letter placeholder\n%%EOF\n", maintype="application", subtype="pdf",
                     filename="Offer_Letter_LinYuTing.pdf")
    add(case, "01-offer.eml", m)
    label(case, [], "medium", "negative/offer",
          "錄取通知 with a dated 報到 (start-work) time and a mention of the past interview.")


def c17():
    case = "b132-17-startup-platform-ics-utc"
    cto = ("Kevin Huang", "kevin@nimbusprobe.example")
    sent = dt(2026, 4, 1, 21, 3, TPE)
    s = dt(2026, 4, 9, 16, 0, TPE)
    e = dt(2026, 4, 9, 16, 45, TPE)
    body = textwrap.dedent(f"""\
        Hi Yu-ting 郁婷，

        好消息！Nimbus Probe 已確認與你的面試時間 / Your interview has been confirmed:

          公司 Company : Nimbus Probe 雲探科技
          職缺 Position: Embedded Hardware Test Engineer
          時間 Time    : 4/9 (Thu) 16:00–16:45 (GMT+8 Taipei)
          形式 Format  : Google Meet 視訊面試 — https://meet.google.com/nmb-prbe-kvh
          面試官 With  : Kevin Huang, CTO & co-founder（{cto[1]}）

        面試前有任何問題，可以直接寫信給 Kevin，或在 Startorium 站內訊息詢問。
        附件是行事曆檔案 (.ics)，點一下就能加入 Google / Outlook / Apple 行事曆。

        Startorium 新創職缺平台
        這是系統通知信，請不要直接回覆。
        """)
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Startorium//Interview//ZH-TW", "VERSION:2.0", "METHOD:REQUEST",
                "BEGIN:VEVENT", "UID:startorium-iv-30418@startorium.example", f"DTSTAMP:{utcz(sent)}",
                f"DTSTART:{utcz(s)}", f"DTEND:{utcz(e)}",
                "SUMMARY:" + esc("面試 Interview: Nimbus Probe x 林郁婷 (Embedded Hardware Test Engineer)"),
                "DESCRIPTION:" + esc("Google Meet: https://meet.google.com/nmb-prbe-kvh\n面試官: Kevin Huang (CTO)"),
                "LOCATION:https://meet.google.com/nmb-prbe-kvh",
                "ORGANIZER;CN=Startorium:mailto:no-reply@startorium.example",
                att("Kevin Huang", cto[1]), att("林郁婷", OWNER), "STATUS:CONFIRMED", "SEQUENCE:0",
                "END:VEVENT", "END:VCALENDAR"])
    m = mail('"Startorium" <no-reply@startorium.example>', OWNER,
             "面試已確認｜Nimbus Probe - Embedded Hardware Test Engineer - 4/9 16:00", sent,
             "<iv-30418-confirm@mail.startorium.example>", received_host="mail.startorium.example")
    text(m, body, cte="base64")
    attach_ics(m, ics, "interview.ics")
    add(case, "01-interview-confirmed.eml", m)
    label(case, [iv("Nimbus Probe", "Embedded Hardware Test Engineer", s, e, "scheduled", [cto[1]], [cto[1]],
                    "technical")],
          "medium", "positive/platform-email-with-ics",
          "Yourator-like platform confirmation (base64 body) + .ics in UTC (08:00Z = 16:00 Taipei); CTO interviewer.")


def c18():
    case = "b132-18-health-check-after-offer"
    sent = dt(2026, 3, 27, 10, 20, TPE)
    s = dt(2026, 4, 8, 8, 30, TPE)
    e = dt(2026, 4, 8, 10, 0, TPE)
    body = textwrap.dedent("""\
        郁婷 您好：

        恭喜您接受錄取！依公司規定，新進人員需於報到前完成「新進員工體檢」，已為您預約如下：

          時間：2026年4月8日（三）上午8:30 報到（約 1.5 小時，需空腹 8 小時）
          地點：康禾健康管理中心 板橋院區（新北市板橋區文化路一段 120 號 3 樓）
          項目：一般體格檢查、血液、尿液、胸部 X 光、聽力（依勞工健康保護規則）

        體檢費用由公司負擔，請攜帶身分證與健保卡。行事曆檔已附上。
        如需改期請直接與健檢中心聯絡：02-2959-6600。

        群峰科技 人力資源部 陳思妤 Sophie Chen
        """)
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                "METHOD:REQUEST"] + vtz_fixed("Taipei Standard Time", "+0800") + [
                "BEGIN:VEVENT", "UID:qf-health-0408-ytlin@qunfengtech.example", f"DTSTAMP:{utcz(sent)}",
                f"DTSTART;TZID=Taipei Standard Time:{loc(s)}", f"DTEND;TZID=Taipei Standard Time:{loc(e)}",
                "SUMMARY:" + esc("新進員工體檢 - 林郁婷（康禾健康管理中心）"),
                "LOCATION:" + esc("康禾健康管理中心 板橋院區"),
                "ORGANIZER;CN=陳思妤 Sophie Chen:mailto:sy.chen@qunfengtech.example",
                att("林郁婷", OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m = mail("陳思妤 Sophie Chen <sy.chen@qunfengtech.example>", f"林郁婷 <{OWNER}>",
             "新進人員體檢通知（報到前）- 群峰科技", sent, "<qf.health.20260327.0102@qunfengtech.example>")
    text(m, body)
    attach_ics(m, ics, "health-check.ics")
    add(case, "01-health-check-notice.eml", m)
    label(case, [], "hard", "negative/post-offer-health-check",
          "Pre-employment 體檢 appointment with a calendar invite from the hiring company's HR after the offer.")


def c19():
    case = "b132-19-singapore-gcal-json"
    rec = ("Tan Hui Min", "huimin.tan@straitsmetrology.example")
    eng = ("Marcus Lim", "marcus.lim@straitsmetrology.example")
    sent = dt(2026, 4, 8, 17, 5, SGP)
    s = dt(2026, 4, 15, 11, 0, SGP)
    e = dt(2026, 4, 15, 12, 0, SGP)
    body = textwrap.dedent(f"""\
        Hi Yu-ting,

        Thanks for your time on the phone just now. As discussed, your technical interview is locked in for
        next Wednesday, 15 April, 11am to 12 noon Singapore time (also 11am in Taipei). Marcus Lim, our
        Lead Test Engineer for the wafer-probe line, will run it; expect some questions on SMU measurements
        and Python test automation. I've sent you a Google Calendar invite with the Meet link.

        Cheers,
        Hui Min

        --
        Tan Hui Min | Talent Acquisition Lead
        Straits Metrology Pte Ltd | 2 Fusionopolis Way, #11-05, Singapore 138634
        +65 6508 1172
        """)
    m = mail(f"{rec[0]} <{rec[1]}>", f"Yu-ting Lin <{OWNER}>", "Technical interview - Test Engineer (Probe) - 15 Apr",
             sent, "<CAS7mt+a81KpQ@mail.straitsmetrology.example>")
    add(case, "01-recruiter-confirmation.eml", text(m, body))
    ev = {
        "kind": "calendar#event", "etag": "\"3551822207946000\"", "id": "4pr0b3sm7tl2x9qk0vd1yh8cwe",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NHByMGIzc203dGwyeDlxazB2ZDF5aDhjd2U",
        "created": "2026-04-08T09:06:12.000Z", "updated": "2026-04-08T09:08:03.973Z",
        "summary": "Technical Interview - Lin Yu-ting - Test Engineer (Probe)",
        "description": "Technical interview with Marcus Lim (Lead Test Engineer).\nCoordinator: Tan Hui Min",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": iso(s), "timeZone": "Asia/Singapore"},
        "end": {"dateTime": iso(e), "timeZone": "Asia/Singapore"},
        "iCalUID": "4pr0b3sm7tl2x9qk0vd1yh8cwe@google.com", "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": eng[1], "displayName": eng[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/stm-prob-qaz",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/stm-prob-qaz",
                                            "label": "meet.google.com/stm-prob-qaz"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "stm-prob-qaz"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    add(case, "02-event.gcal.json", json.dumps(ev, ensure_ascii=False, indent=2) + "\n")
    label(case, [iv("Straits Metrology", "Test Engineer (Probe)", s, e, "scheduled", [eng[1]], [eng[1]],
                    "technical")],
          "easy", "positive/dedupe-email-and-gcal-json",
          "Recruiter e-mail + Calendar API event for the same interview (one entry); '11am to 12 noon Singapore time'.")


def c20():
    case = "b132-20-availability-request-scheduling-link"
    sent = dt(2026, 4, 10, 14, 40, SGP)
    body = textwrap.dedent("""\
        Hi Yu-ting,

        Good news - the hiring team at Raffles Edge Systems would like to move you forward to the technical
        interview for the Hardware Reliability Engineer role!

        Please pick a 45-minute slot that suits you for the week of 20-24 April (slots shown between 9am and
        6pm SGT / Taipei time) using the link below. The interview is only booked once you choose a time and
        receive the confirmation e-mail with the video link.

          Schedule your interview: https://slotwise.example/raffles-edge/tech-interview?c=ytl-5512

        If none of the slots work, just reply with your availability and I'll sort it out.

        Kind regards,
        Nur Aisyah
        Recruitment Coordinator, Raffles Edge Systems
        +65 6250 4488
        """)
    m = mail("Nur Aisyah via SlotWise <scheduling@slotwise.example>", OWNER,
             "Action required: schedule your technical interview - Raffles Edge Systems", sent,
             "<sw.req.77310.ytl@slotwise.example>", reply_to="Nur Aisyah <nur.aisyah@rafflesedge.example>",
             received_host="out-3.slotwise.example")
    add(case, "01-pick-a-time.eml", text_html(m, body, p2h(body)))
    label(case, [], "hard", "negative/availability-request",
          "Scheduling-vendor link to pick a slot; nothing booked in the case.")


def c21():
    case = "b132-21-forwarded-referral-hr-confirmation"
    friend = ("許安 Andy Hsu", "andy.hsu@anpingpower.example")
    hr = ("蘇雅琪", "yachi.su@anpingpower.example")
    mgr = "jh.wang@anpingpower.example"
    orig_date = dt(2026, 4, 8, 10, 12, TPE)
    sent = dt(2026, 4, 8, 12, 37, TPE)
    inner = textwrap.dedent(f"""\
        Andy 您好，

        謝謝您推薦林郁婷小姐應徵「電源測試工程師 Power Test Engineer」，書面審查已通過。
        麻煩協助轉知面試時間如下，我也會另外以簡訊通知她：

          時間：4/16（四）14:00～15:00
          地點：台南市安南區工業二路 31 號 安平電力電子 研發大樓 5F
          面試官：研發部 電源測試課 王建宏 經理（{mgr}）
          面試內容：電源轉換器效率／漣波量測實務、過往專案說明

        若時間不便，請她直接與我聯絡。

        蘇雅琪 Yachi Su
        安平電力電子股份有限公司 Anping Power Electronics Co., Ltd. 人力資源部
        06-384-7720 #225""")
    body = ("郁婷～HR 那邊排好了，下週四下午，加油！有問題問我 😄\n\nAndy\n\n"
            "-----Original Message-----\n"
            f"From: {hr[0]} <{hr[1]}>\nSent: Wednesday, April 8, 2026 10:12 AM\nTo: {friend[0]} <{friend[1]}>\n"
            "Subject: 面試時間確認 — 林郁婷（電源測試工程師，內部推薦）\n\n" + inner + "\n")
    m = mail(f"{friend[0]} <{friend[1]}>", f"林郁婷 <{OWNER}>", "FW: 面試時間確認 — 林郁婷（電源測試工程師，內部推薦）",
             sent, "<TYZPR04MB5521AC0D1E2F@TYZPR04MB5521.apcprd04.prod.outlook.com>",
             received_host="APC01-TYZ-obe.outbound.protection.outlook.com")
    add(case, "01-fw-interview-time.eml", text(m, body))
    s = dt(2026, 4, 16, 14, 0, TPE)
    label(case, [iv("Anping Power Electronics", "Power Test Engineer", s, s + timedelta(hours=1), "scheduled", [mgr],
                    [mgr], "hiring_manager")],
          "hard", "positive/forwarded-referral",
          "Friend forwards HR's confirmation (sent to the referrer); times only in the forwarded part; "
          "message-from is the friend, not an interviewer.")


def c22():
    case = "b132-22-hk-founder-noon-chat-standalone-ics"
    ea = ("Cherry Wong", "cherry.wong@kowlooncircuit.example")
    ceo = ("Ada Leung", "ada.leung@kowlooncircuit.example")
    sent = dt(2026, 4, 13, 18, 2, HKG)
    s = dt(2026, 4, 17, 12, 0, HKG)
    e = dt(2026, 4, 17, 12, 45, HKG)
    body = textwrap.dedent(f"""\
        Dear Yu-ting,

        Thank you for meeting the engineering team last week. As the final step of the process for the Test
        Engineering Lead role, our founder & CEO Ada Leung would like a short chat with you over Teams this
        Friday at noon (HK/Taipei time), about 45 minutes. Ada's address is {ceo[1]} if you'd like to send
        her anything beforehand.

        I'm attaching the meeting file - please accept it so it lands in your calendar.

        Best,
        Cherry Wong
        Executive Assistant to the CEO | Kowloon Circuitworks Ltd.
        Unit 1203, 12/F, Millennium City 5, 418 Kwun Tong Road, Kowloon, Hong Kong | +852 3618 2290
        """)
    m = mail(f"{ea[0]} <{ea[1]}>", f"Lin Yu-ting <{OWNER}>", "Final chat with Ada - Friday noon", sent,
             "<HK0PR03MB4410B1C2D3E4@HK0PR03MB4410.apcprd03.prod.outlook.com>", cc=f"{ceo[0]} <{ceo[1]}>",
             received_host="APC01-HK0-obe.outbound.protection.outlook.com")
    add(case, "01-final-chat-email.eml", text(m, body, cte="7bit"))
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                "METHOD:REQUEST", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"] + vtz_fixed("China Standard Time", "+0800") + [
                "BEGIN:VEVENT", f"ATTENDEE;CN={ceo[0]};RSVP=TRUE:mailto:{ceo[1]}",
                f"ATTENDEE;CN=Lin Yu-ting;RSVP=TRUE:mailto:{OWNER}", "CLASS:PUBLIC", f"CREATED:{utcz(sent)}",
                "DESCRIPTION:" + esc("Final conversation with Ada Leung (Founder & CEO) - Test Engineering Lead.\n"
                                     "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_KCW17apr"),
                f"DTEND;TZID=China Standard Time:{loc(e)}", f"DTSTAMP:{utcz(sent)}",
                f"DTSTART;TZID=China Standard Time:{loc(s)}", f"LAST-MODIFIED:{utcz(sent)}",
                "LOCATION:Microsoft Teams Meeting", f"ORGANIZER;CN={ea[0]}:mailto:{ea[1]}", "PRIORITY:5",
                "SEQUENCE:0", "SUMMARY;LANGUAGE=en-us:Final chat: Lin Yu-ting / Ada Leung (Test Engineering Lead)",
                "TRANSP:OPAQUE", "UID:040000008200E00074C5B7101A82E00800000000A0F3E9C1D6CBDC010000000000000000100000004B2A",
                "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                "END:VEVENT", "END:VCALENDAR"])
    add(case, "02-final-chat.ics", ics)
    label(case, [iv("Kowloon Circuitworks", "Test Engineering Lead", s, e, "scheduled", [ceo[1]], [ceo[1]],
                    "hiring_manager")],
          "medium", "positive/founder-final-chat-standalone-ics",
          "Final founder chat 'Friday at noon' (resolved vs Mon 13 Apr) + standalone Outlook .ics, TZID China Standard Time.")


def main():
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18,
               c19, c20, c21, c22]:
        fn()
    for name in os.listdir(HERE):
        if name.startswith("b132-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for case, items in CASES.items():
        d = os.path.join(HERE, case)
        os.makedirs(d)
        for fname, data in items:
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind132 (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, allow_unicode=True, sort_keys=False, width=110)
    print(f"{len(CASES)} cases, {sum(len(v['interviews']) for v in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
