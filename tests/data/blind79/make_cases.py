#!/usr/bin/env python3
"""Deterministic generator for the blind79 interview-detection set.

Rewrites every b79-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta
from email import policy as _policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "xiaowen.lin@example.com"
OWNER_NAME = "林晓雯"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
SH = ZoneInfo("Asia/Shanghai")
UTC = ZoneInfo("UTC")
WIN_TZ = {
    "China Standard Time": "Asia/Shanghai",
    "Singapore Standard Time": "Asia/Singapore",
    "Eastern Standard Time": "America/New_York",
}
HDR_POLICY = _policy.default.clone(max_line_length=160)
CN_WD = "一二三四五六日"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(y, mo, d, h, mi=0, sec=0, tz=SH):
    if isinstance(tz, str):
        tz = ZoneInfo(tz)
    return datetime(y, mo, d, h, mi, sec, tzinfo=tz)


def wd(dt):
    """Chinese weekday, e.g. 周四."""
    return "周" + CN_WD[dt.weekday()]


def md(dt):
    return f"{dt.month}月{dt.day}日"


def hid(*parts, n=16):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- iCalendar
def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + b
        else:
            cur += ch
            n += b
    out.append(cur)
    return "\r\n".join(out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def vtz(tzid):
    iana = WIN_TZ.get(tzid, tzid)
    if iana in ("Asia/Shanghai", "Asia/Singapore"):
        start = "16010101T000000" if tzid in WIN_TZ else "19700101T000000"
        name = "CST" if iana == "Asia/Shanghai" else "+08"
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", f"DTSTART:{start}",
                "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", f"TZNAME:{name}", "END:STANDARD",
                "END:VTIMEZONE"]
    if iana == "America/New_York":
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "X-LIC-LOCATION:America/New_York",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
                "TZNAME:EST", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                "END:STANDARD", "END:VTIMEZONE"]
    raise ValueError(tzid)


def loc(dt, tzid):
    return dt.astimezone(ZoneInfo(WIN_TZ.get(tzid, tzid))).strftime("%Y%m%dT%H%M%S")


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def person(role, cn, email, partstat="NEEDS-ACTION", rsvp=True):
    if role == "ORGANIZER":
        return f"ORGANIZER;CN={cn}:mailto:{email}"
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
            f"RSVP={'TRUE' if rsvp else 'FALSE'};CN={cn}:mailto:{email}")


def calendar(method, prodid, tzid, uid, start, end, summary, organizer, attendees,
             description="", location="", seq=0, status="CONFIRMED", stamp=None,
             floating=False, extra=()):
    """organizer=(cn,email); attendees=[(cn,email,partstat)]"""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    if tzid and not floating:
        L += vtz(tzid)
    L.append("BEGIN:VEVENT")
    if floating:
        L += [f"DTSTART:{start.strftime('%Y%m%dT%H%M%S')}", f"DTEND:{end.strftime('%Y%m%dT%H%M%S')}"]
    else:
        L += [f"DTSTART;TZID={tzid}:{loc(start, tzid)}", f"DTEND;TZID={tzid}:{loc(end, tzid)}"]
    L += [f"DTSTAMP:{zstamp(stamp or start - timedelta(days=3))}"]
    if organizer:
        L.append(person("ORGANIZER", *organizer))
    L += [f"UID:{uid}"]
    for a in attendees:
        L.append(person("ATTENDEE", a[0], a[1], a[2] if len(a) > 2 else "NEEDS-ACTION"))
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}"]
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    L += list(extra)
    L += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


# ---------------------------------------------------------------- e-mail
def eml(date, frm, to, subject, text=None, html=None, cte="quoted-printable", html_cte=None,
        cc=None, reply_to=None, sender=None, in_reply_to=None, references=None, mid=None,
        cal=None, attachments=(), headers=(), received=None):
    """cal=(ics_str, method) inline text/calendar alternative; attachments=[(data, mt, st, fn, params)]"""
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    if received:
        m["Received"] = (f"from {received} ({received} [203.0.113.{int(hid(received, date, n=2), 16) % 250 + 1}])"
                         f" by mx.mail.example with ESMTPS id {hid(date, subject, n=12)} for <{OWNER}>;"
                         f" {format_datetime(date + timedelta(seconds=2))}")
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    m["Message-ID"] = mid or f"<{hid(date, subject, frm)}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text, charset="utf-8", cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=html_cte or cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset="utf-8", cte=html_cte or cte)
    if cal:
        m.add_alternative(cal[0].encode("utf-8"), "text", "calendar", cte="base64",
                          params={"charset": "UTF-8", "method": cal[1]})
    for data, mt, st, fn, params in attachments:
        if isinstance(data, str):
            data = data.encode("utf-8")
        m.add_attachment(data, mt, st, filename=fn, params=params or {})
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary("----=_Part_" + hid(date, subject, i, n=24))
    return m.as_bytes(policy=HDR_POLICY)


def html_of(text):
    import html as h
    paras = text.strip().split("\n\n")
    body = "".join("<p>" + h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:PingFang SC,Microsoft YaHei,Arial,sans-serif;font-size:14px">'
            + body + "</div></body></html>\n")


def add(case, items, label):
    CASES[case] = items
    label = dict(label)
    label.setdefault("user", OWNER)
    label.setdefault("source", "synthetic")
    order = ["user", "interview", "interviews", "difficulty", "category", "notes", "source"]
    LABELS[case] = {k: label[k] for k in order}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def neg(case, items, difficulty, category, notes):
    add(case, items, {"interview": False, "interviews": [], "difficulty": difficulty,
                      "category": category, "notes": notes})


ZM_FOOT = ("\n\n——\n职面直聘 · 让求职更直接\n本邮件由系统自动发送，请勿直接回复。"
           "如不希望接收此类邮件，可在App「设置-通知」中关闭。\n上海职面网络科技有限公司")
LUMO_FOOT = "\n\n——\n本邮件由 Lumo招聘 系统代发，请勿直接回复本邮箱。\nPowered by Lumo招聘 · lumohire.example"


# =========================================================== POSITIVES
def case01():
    c = "b79-01-zhimian-platform-phone-screen-html-only"
    s, e = T(2026, 3, 12, 14), T(2026, 3, 12, 14, 30)
    d1 = T(2026, 3, 9, 16, 21, 7)
    h1 = f"""<html><body style="margin:0;background:#f4f6f9">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'PingFang SC','Microsoft YaHei',sans-serif;font-size:14px;color:#333">
<tr><td style="background:#00b38a;color:#fff;padding:16px 24px;font-size:18px">职面直聘 · 面试邀请</td></tr>
<tr><td style="padding:24px">
<p>晓雯，您好：</p>
<p><b>青禾科技</b> 的招聘者 <b>陈女士</b>（招聘经理）向您发出了面试邀请，请及时处理。</p>
<table cellpadding="6" style="border:1px solid #e5e5e5;font-size:14px">
<tr><td style="color:#888">面试职位</td><td>产品运营专员（电商方向）</td></tr>
<tr><td style="color:#888">公司名称</td><td>青禾科技（上海）有限公司</td></tr>
<tr><td style="color:#888">面试时间</td><td>{md(s)}（{wd(s)}）下午2:00-2:30</td></tr>
<tr><td style="color:#888">面试形式</td><td>电话面试（招聘者将拨打您预留的手机 138****6621）</td></tr>
<tr><td style="color:#888">联系人</td><td>陈女士 &nbsp;chenyu@qinghe-tech.example</td></tr>
<tr><td style="color:#888">备注</td><td>主要聊一下过往电商运营经历和到岗时间，大约半小时。如需改期请邮件联系我。</td></tr>
</table>
<p style="margin-top:20px"><a href="https://m.zhimian.example/interview/accept?iid=7781203945" style="background:#00b38a;color:#fff;padding:8px 24px;text-decoration:none">接受邀请</a>
&nbsp; <a href="https://m.zhimian.example/interview/reject?iid=7781203945" style="color:#888">暂不考虑</a></p>
<p style="color:#999;font-size:12px">温馨提示：请保持电话畅通，面试前请勿向招聘者支付任何费用，谨防诈骗。</p>
</td></tr>
<tr><td style="padding:12px 24px;color:#aaa;font-size:12px;border-top:1px solid #eee">职面直聘 · 让求职更直接<br>本邮件由系统自动发送，请勿直接回复。<br>上海职面网络科技有限公司</td></tr>
</table></td></tr></table></body></html>
"""
    m1 = eml(d1, "职面直聘 <notice@mail.zhimian.example>", OWNER_FULL,
             "【职面直聘】青禾科技邀请您参加电话面试", html=h1, cte="base64",
             received="smtp-out3.mail.zhimian.example")
    d2 = T(2026, 3, 11, 19, 0, 3)
    h2 = f"""<html><body style="font-family:'PingFang SC',sans-serif;font-size:14px">
<p>晓雯，您好：</p>
<p>您已接受 <b>青禾科技</b> 的面试邀请。面试将于<b>明天 14:00</b> 开始，请提前准备并保持电话畅通。</p>
<p>职位：产品运营专员（电商方向）<br>形式：电话面试<br>联系人：陈女士</p>
<p>查看详情：<a href="https://m.zhimian.example/interview/detail?iid=7781203945">https://m.zhimian.example/interview/detail?iid=7781203945</a></p>
<p style="color:#aaa;font-size:12px">职面直聘 · 本邮件由系统自动发送，请勿直接回复。</p>
</body></html>
"""
    m2 = eml(d2, "职面直聘 <notice@mail.zhimian.example>", OWNER_FULL,
             "面试提醒：明天14:00 青禾科技 电话面试", html=h2, cte="base64")
    add(c, [("01-zhimian-interview-invite.eml", m1), ("02-zhimian-reminder.eml", m2)], {
        "interview": True,
        "interviews": [iv("青禾科技", "产品运营专员（电商方向）", s, e, "scheduled",
                          ["chenyu@qinghe-tech.example"], ["chenyu@qinghe-tech.example"], "phone_screen")],
        "difficulty": "medium", "category": "positive/job-platform-html-only",
        "notes": "Boss-like platform, HTML-only base64 bodies; recruiter herself calls (address in table); reminder says 'tomorrow 14:00' = same interview."})


def case02():
    c = "b79-02-lumo-ats-yimian-tencent-meeting-ics"
    s, e = T(2026, 3, 13, 15), T(2026, 3, 13, 15, 45)
    d = T(2026, 3, 10, 11, 5, 40)
    text = f"""林晓雯 您好！

感谢您对星流科技的关注。经过简历评估，我们诚挚地邀请您参加 产品运营专员（用户增长） 岗位的面试，具体安排如下：

面试轮次：一面
面试时间：{s.year}年{md(s)}（{wd(s)}）15:00-15:45（北京时间）
面试形式：视频面试（腾讯会议）
会议链接：https://meeting.tencent.example/dm/q8ZpL2vN5kHt
腾讯会议号：482 615 309
面试官：周航（用户运营负责人）

请您提前5分钟进入会议，并确保网络和摄像头正常，请准时参加。如需改期请回复本邮件，或直接联系招聘负责人 刘佳（liujia@xingliu.example，微信同手机号 186 2104 7735）。

期待与您见面！

星流科技 人才招聘中心{LUMO_FOOT}"""
    cal = calendar("REQUEST", "-//Lumo Hire//Interview Scheduler 3.2//ZH", "Asia/Shanghai",
                   "lumo-itv-58a1c2e07f@lumohire.example", s, e,
                   "【一面】产品运营专员（用户增长）- 林晓雯", ("星流科技招聘", "no-reply@mail.lumohire.example"),
                   [("周航", "zhouhang@xingliu.example"), ("林晓雯", OWNER)],
                   description="面试轮次：一面\n面试官：周航\n腾讯会议号：482 615 309\n"
                               "会议链接：https://meeting.tencent.example/dm/q8ZpL2vN5kHt",
                   location="腾讯会议 482 615 309", stamp=d)
    m = eml(d, "星流科技招聘 <no-reply@mail.lumohire.example>", OWNER_FULL,
            "面试邀请｜星流科技-产品运营专员（用户增长）-一面", text=text, html=html_of(text),
            cte="base64", reply_to="刘佳 <liujia@xingliu.example>",
            attachments=[(cal, "text", "calendar", "interview.ics", {"method": "REQUEST", "charset": "UTF-8"})],
            received="mta12.mail.lumohire.example")
    add(c, [("01-lumo-yimian-invite.eml", m)], {
        "interview": True,
        "interviews": [iv("星流科技", "产品运营专员（用户增长）", s, e, "scheduled",
                          ["zhouhang@xingliu.example"], ["zhouhang@xingliu.example"], "hiring_manager")],
        "difficulty": "easy", "category": "positive/ats-email-ics",
        "notes": "Moka-like ATS (Lumo) invite, base64 Chinese body + interview.ics TZID Asia/Shanghai; no-reply sender, recruiter in Reply-To."})


def case03():
    c = "b79-03-feishu-ermian-rescheduled-by-email"
    s0, e0 = T(2026, 3, 17, 14), T(2026, 3, 17, 15)
    s, e = T(2026, 3, 19, 10, 30), T(2026, 3, 19, 11, 30)
    uid = "a3f9c1e2-7b64-4d0e-9e51-2f6c8b1d40aa@feishu.example"
    org = ("何雨桐", "heyutong@yunfan-data.example")
    att = [("王珂", "wangke@yunfan-data.example", "ACCEPTED"), ("林晓雯", OWNER)]
    desc = ("二面 · 产品运营专员（B端）\n面试官：王珂（运营中心总监）\n"
            "飞书视频会议：https://vc.feishu.example/j/738204516\n会议号：738 204 516")
    d1 = T(2026, 3, 12, 18, 32)
    cal1 = calendar("REQUEST", "-//Feishu//Calendar 7.10//CN", "Asia/Shanghai", uid, s0, e0,
                    "二面：产品运营专员（B端）- 林晓雯", org, att, desc, "飞书视频会议", 0, stamp=d1)
    t1 = f"""何雨桐 邀请你参加日程

二面：产品运营专员（B端）- 林晓雯
时间：{s0.year}年{md(s0)} {wd(s0)} 14:00 - 15:00 (GMT+8)
组织者：何雨桐
参与者：何雨桐、王珂、林晓雯
视频会议：https://vc.feishu.example/j/738204516 （会议号：738 204 516）

描述：
{desc}

接受 · 拒绝 · 待定
此邮件由飞书日历发送。"""
    m1 = eml(d1, "何雨桐 <heyutong@yunfan-data.example>", OWNER,
             f"日程邀请：二面：产品运营专员（B端）- 林晓雯 @ {s0.year}年{md(s0)} {wd(s0)} 14:00 - 15:00 (GMT+8)",
             text=t1, html=html_of(t1), sender="飞书日历 <calendar-noreply@notice.feishu.example>",
             cal=(cal1, "REQUEST"),
             attachments=[(cal1, "application", "ics", "invite.ics", {})])
    d2 = T(2026, 3, 16, 9, 41)
    mid2 = "<CAF8yunfan.20260316094100.hyt@yunfan-data.example>"
    t2 = f"""晓雯你好，

不好意思临时打扰一下：王总明天下午要临时出差去苏州，原定明天（{md(s0)}）14:00的二面没办法进行了。

想跟你商量一下能否改到 {md(s)}（{wd(s)}）上午10:30-11:30？形式不变，还是飞书视频，会议号不变。
如果这个时间不方便，也可以告诉我你本周其他可以的时间。

抱歉给你带来不便！

何雨桐
云帆数科 | 招聘专员
手机/微信：150 2176 3390
上海市杨浦区政学路77号 云帆大厦5楼"""
    m2 = eml(d2, "何雨桐 <heyutong@yunfan-data.example>", OWNER_FULL,
             "二面时间调整｜云帆数科-产品运营专员", text=t2, mid=mid2)
    d3 = T(2026, 3, 16, 10, 15)
    mid3 = "<7D2E1F0A-3C44-4B1B-9A1E-55B2C9F00311@example.com>"
    quoted = "\n".join("> " + l if l else ">" for l in t2.splitlines())
    t3 = f"""雨桐你好，

没问题，周四上午10:30可以的，到时候准时上线。

祝好
晓雯

发自我的iPhone

> 在 2026年3月16日，09:41，何雨桐 <heyutong@yunfan-data.example> 写道：
>
{quoted}"""
    m3 = eml(d3, OWNER_FULL, "何雨桐 <heyutong@yunfan-data.example>",
             "Re: 二面时间调整｜云帆数科-产品运营专员", text=t3, in_reply_to=mid2, mid=mid3,
             headers=[("X-Mailer", "iPhone Mail (21D61)")])
    d4 = T(2026, 3, 16, 10, 22)
    cal2 = calendar("REQUEST", "-//Feishu//Calendar 7.10//CN", "Asia/Shanghai", uid, s, e,
                    "二面：产品运营专员（B端）- 林晓雯", org, att, desc, "飞书视频会议", 1, stamp=d4)
    t4 = f"""何雨桐 更新了日程

二面：产品运营专员（B端）- 林晓雯
时间：{s.year}年{md(s)} {wd(s)} 10:30 - 11:30 (GMT+8)
（原时间：{s0.year}年{md(s0)} {wd(s0)} 14:00 - 15:00）
组织者：何雨桐
参与者：何雨桐、王珂、林晓雯
视频会议：https://vc.feishu.example/j/738204516

此邮件由飞书日历发送。"""
    m4 = eml(d4, "何雨桐 <heyutong@yunfan-data.example>", OWNER,
             f"日程已更新：二面：产品运营专员（B端）- 林晓雯 @ {s.year}年{md(s)} {wd(s)} 10:30 - 11:30 (GMT+8)",
             text=t4, html=html_of(t4), sender="飞书日历 <calendar-noreply@notice.feishu.example>",
             cal=(cal2, "REQUEST"), attachments=[(cal2, "application", "ics", "invite.ics", {})])
    add(c, [("01-feishu-invite-ermian.eml", m1), ("02-hr-asks-to-move.eml", m2),
            ("03-reply-ok-thursday.eml", m3), ("04-feishu-updated-invite.eml", m4)], {
        "interview": True,
        "interviews": [iv("云帆数科", "产品运营专员（B端）", s, e, "scheduled",
                          ["wangke@yunfan-data.example"], ["wangke@yunfan-data.example"], "hiring_manager")],
        "difficulty": "medium", "category": "positive/reschedule",
        "notes": "Feishu calendar invite 3/17 14:00, moved by e-mail + SEQUENCE:1 to Thu 3/19 10:30-11:30 +08:00; HR only coordinates."})


def case04():
    c = "b79-04-singapore-office-teams-sgt"
    s, e = T(2026, 3, 18, 14, tz="Asia/Singapore"), T(2026, 3, 18, 14, 45, tz="Asia/Singapore")
    d1 = T(2026, 3, 11, 17, 2, tz="Asia/Singapore")
    mid1 = "<SG2PR06MB5123A0F4B77C1E2D9E8F1A22@SG2PR06MB5123.apcprd06.prod.outlook.example>"
    t1 = f"""Hi Xiaowen,

Thank you for speaking with me on Monday - the team really liked your background in merchant onboarding.

I'd like to set up your next conversation with Daniel Goh, our Head of Merchant Operations for Greater China, on Wednesday 18 March at 2pm SGT / 2pm Beijing (we're on the same clock, so no conversion needed!). It will be a 45-minute video interview on Teams; Daniel will walk you through a couple of real cases from our Shenzhen merchant base.

A calendar invite will follow from me shortly. If the slot doesn't work, just reply and I'll find another one.

Best regards,
Priscilla Tan
Talent Acquisition Partner, APAC
Meridia Pay Pte. Ltd.
8 Marina View, #21-03, Singapore 018960
T: +65 6812 4470 | M: +65 9127 3385"""
    m1 = eml(d1, "Priscilla Tan <ptan@meridiapay.example>", "Xiaowen Lin <xiaowen.lin@example.com>",
             "Meridia Pay - next step for Regional Product Operations Specialist (Greater China)",
             text=t1, html=html_of(t1), mid=mid1,
             headers=[("Thread-Topic", "Meridia Pay - next step for Regional Product Operations Specialist (Greater China)"),
                      ("Content-Language", "en-SG")])
    d2 = T(2026, 3, 11, 17, 20, tz="Asia/Singapore")
    tz = "Singapore Standard Time"
    body = ("When: Wednesday, 18 March 2026 2:00 PM-2:45 PM (UTC+08:00) Kuala Lumpur, Singapore.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Interview with Daniel Goh (Head of Merchant Operations, Greater China).\n"
            "Position: Regional Product Operations Specialist (Greater China)\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.example/l/meetup-join/19%3ameeting_Mz"
            "k0ZTFhNDQtYjQ0@thread.v2/0>\nMeeting ID: 418 226 903 517\nPasscode: q7XbN2\n"
            "________________________________________________________________________________")
    cal = calendar("REQUEST", "Microsoft Exchange Server 2010", tz,
                   "040000008200E00074C5B7101A82E00800000000B1C9D23E2AB1DC01000000000000000010000000",
                   s, e, "Interview: Xiaowen Lin - Regional Product Operations Specialist",
                   ("Priscilla Tan", "ptan@meridiapay.example"),
                   [("Daniel Goh", "danielgoh@meridiapay.example"), ("Xiaowen Lin", OWNER)],
                   body, "Microsoft Teams Meeting", 0, stamp=d2,
                   extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                          "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                          "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"])
    m2 = eml(d2, "Priscilla Tan <ptan@meridiapay.example>",
             "Xiaowen Lin <xiaowen.lin@example.com>, Daniel Goh <danielgoh@meridiapay.example>",
             "Interview: Xiaowen Lin - Regional Product Operations Specialist", text=body,
             html=html_of(body), cal=(cal, "REQUEST"),
             headers=[("Content-class", "urn:content-classes:calendarmessage"),
                      ("Thread-Topic", "Interview: Xiaowen Lin - Regional Product Operations Specialist")])
    add(c, [("01-recruiter-email-sgt.eml", m1), ("02-teams-invite.eml", m2)], {
        "interview": True,
        "interviews": [iv("Meridia Pay", "Regional Product Operations Specialist (Greater China)", s, e,
                          "scheduled", ["danielgoh@meridiapay.example"], ["danielgoh@meridiapay.example"],
                          "hiring_manager")],
        "difficulty": "easy", "category": "positive/exchange-english-sgt",
        "notes": "Singapore office; '2pm SGT / 2pm Beijing'; Exchange invite with TZID 'Singapore Standard Time'; recruiter only coordinates."})


def case05():
    c = "b79-05-us-firm-et-beijing-across-dst"
    NY = ZoneInfo("America/New_York")
    s0 = T(2026, 3, 5, 19, tz=NY)
    s, e = T(2026, 3, 12, 19, tz=NY), T(2026, 3, 12, 19, 30, tz=NY)
    assert s0.astimezone(SH).hour == 8 and s.astimezone(SH).hour == 7
    uid = "4k2q9m7rbc1t0v5s8pdl3hx6ne@google.example"
    org = ("Megan Carroll", "mcarroll@brightlane.example")
    d1 = T(2026, 3, 2, 10, 12, tz=NY)
    mid1 = "<CAJq8b1L=Hn3dWm0xTq7pYv@mail.brightlane.example>"
    t1 = f"""Hi Xiaowen,

Thanks for applying to the Product Operations Specialist, China Market role at Brightlane! I'm the recruiter on the search and would love to set up a 30-min intro call.

Would Thu 3/5 @ 7pm ET / 8am Beijing on Fri 3/6 work for you? I know the time difference is brutal, so happy to flex.

Megan

--
Megan Carroll | Senior Recruiter, International
Brightlane Software | 410 Congress St, Boston, MA 02210
+1 (617) 555-0148"""
    m1 = eml(d1, "Megan Carroll <mcarroll@brightlane.example>", OWNER,
             "Brightlane x Xiaowen - intro call?", text=t1, html=html_of(t1), mid=mid1,
             received="mail-sor-f52.brightlane.example")
    d2 = T(2026, 3, 3, 8, 5)
    mid2 = "<B1C2D3E4-xiaowen-20260303@example.com>"
    q1 = "\n".join("> " + l if l else ">" for l in t1.splitlines())
    t2 = f"""Hi Megan,

Thank you for reaching out! Unfortunately I'm on an early flight to Shenzhen that Friday morning. Could we do the same time the following week instead?

Best,
Xiaowen

On Mon, Mar 2, 2026 at 11:12 PM Megan Carroll <mcarroll@brightlane.example> wrote:
{q1}"""
    m2 = eml(d2, "Xiaowen Lin <xiaowen.lin@example.com>", "Megan Carroll <mcarroll@brightlane.example>",
             "Re: Brightlane x Xiaowen - intro call?", text=t2, in_reply_to=mid1, mid=mid2)
    d3 = T(2026, 3, 2, 21, 31, tz=NY)
    mid3 = "<CAJq8b1L=Kp5fXr2zWs9aUc@mail.brightlane.example>"
    q2 = "\n".join("> " + l if l else ">" for l in t2.splitlines()[:7])
    t3 = f"""No problem at all! Let's do Thursday 3/12, 7pm ET.

Heads up: US clocks spring forward on March 8, so that one lands at 7am Beijing on Friday 3/13 - an hour earlier for you than this week's slot would have been. Sorry! Invite is on its way.

Megan

On Mon, Mar 2, 2026 at 7:05 PM Xiaowen Lin <xiaowen.lin@example.com> wrote:
{q2}"""
    m3 = eml(d3, "Megan Carroll <mcarroll@brightlane.example>", "Xiaowen Lin <xiaowen.lin@example.com>",
             "Re: Brightlane x Xiaowen - intro call?", text=t3, in_reply_to=mid2,
             references=f"{mid1} {mid2}", mid=mid3)
    d4 = T(2026, 3, 2, 21, 36, tz=NY)
    cal = calendar("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", "America/New_York", uid, s, e,
                   "Brightlane <> Xiaowen Lin - Intro call (Product Ops, China Market)", org,
                   [("Megan Carroll", "mcarroll@brightlane.example", "ACCEPTED"), ("xiaowen.lin@example.com", OWNER)],
                   "30-min recruiter intro call. Join: https://meet.google.example/vkr-hqzt-pxa",
                   "https://meet.google.example/vkr-hqzt-pxa", 0, stamp=d4)
    t4 = """Brightlane <> Xiaowen Lin - Intro call (Product Ops, China Market)
Thursday Mar 12, 2026 ⋅ 7pm – 7:30pm
Eastern Time - New York

Join with Google Meet
https://meet.google.example/vkr-hqzt-pxa

Organizer
Megan Carroll
mcarroll@brightlane.example

Guests
Megan Carroll - organizer
xiaowen.lin@example.com

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event."""
    m4 = eml(d4, "Megan Carroll <mcarroll@brightlane.example>", OWNER,
             "Invitation: Brightlane <> Xiaowen Lin - Intro call (Product Ops, China Market) @ Thu Mar 12, 2026 7pm - 7:30pm (EDT) (xiaowen.lin@example.com)",
             text=t4, html=html_of(t4), cte="base64", html_cte="quoted-printable",
             sender="Google Calendar <calendar-notification@google.example>",
             reply_to="Megan Carroll <mcarroll@brightlane.example>", cal=(cal, "REQUEST"),
             attachments=[(cal, "application", "ics", "invite.ics", {})])
    add(c, [("01-recruiter-proposes.eml", m1), ("02-reply-next-week.eml", m2),
            ("03-recruiter-confirms-dst-note.eml", m3), ("04-google-invite.eml", m4)], {
        "interview": True,
        "interviews": [iv("Brightlane Software", "Product Operations Specialist, China Market", s, e,
                          "scheduled", ["mcarroll@brightlane.example"], ["mcarroll@brightlane.example"],
                          "phone_screen")],
        "difficulty": "hard", "category": "positive/us-dst-thread",
        "notes": "Proposed Thu 3/5 7pm EST (=8am Beijing), moved a week to Thu 3/12 7pm EDT = Fri 3/13 07:00 Beijing after US DST; recruiter does the screen."})


def case06():
    c = "b79-06-shenzhen-zhongmian-onsite-block"
    s, e = T(2026, 3, 26, 14), T(2026, 3, 26, 16, 30)
    d1 = T(2026, 3, 20, 17, 46)
    t = f"""晓雯您好，

恭喜您通过前两轮面试！现邀请您参加 产品运营经理（海外电商） 岗位的终面，本轮为现场面试，安排如下：

日期：{s.year}年{md(s)}（{wd(s)}）下午
地点：深圳市南山区科技园科苑路15号 鹏程智造大厦A座 12楼前台（地铁1号线高新园站D出口步行约8分钟）

14:00-14:45  业务面  罗志强（运营中心总监）luozhiqiang@pengcheng-im.example
14:45-15:30  HR面    梁悦（HRBP）liangyue@pengcheng-im.example
15:30-15:45  茶歇
15:45-16:30  终面    徐凯文 Kevin Xu（副总裁）kevin.xu@pengcheng-im.example

请携带身份证原件、最高学历证书复印件及纸质简历一份，请准时参加。到达后请在前台登记并联系我。
如需改期请回复本邮件。日历邀请见附件。

期待与您见面！

邓晓琳
鹏程智造 | 人力资源部 招聘主管
手机：135 1026 8849  微信：dxl_pengcheng
座机：0755-2688 3100
深圳市南山区科技园科苑路15号 鹏程智造大厦A座"""
    cal = calendar("REQUEST", "-//Pengcheng//Outlook 16.0 MIMEDIR//ZH", "China Standard Time",
                   "040000008200E00074C5B7101A82E00800000000D4F1C8A91BB8DC01000000000000000010000000",
                   s, e, "终面（现场）：产品运营经理（海外电商）- 林晓雯",
                   ("邓晓琳", "dengxiaolin@pengcheng-im.example"),
                   [("罗志强", "luozhiqiang@pengcheng-im.example", "ACCEPTED"),
                    ("梁悦", "liangyue@pengcheng-im.example", "ACCEPTED"),
                    ("徐凯文", "kevin.xu@pengcheng-im.example", "TENTATIVE"), ("林晓雯", OWNER)],
                   "14:00-14:45 业务面 罗志强\n14:45-15:30 HR面 梁悦\n15:30-15:45 茶歇\n15:45-16:30 终面 徐凯文",
                   "深圳市南山区科技园科苑路15号 鹏程智造大厦A座12楼 1203会议室", 0, stamp=d1,
                   extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])
    m = eml(d1, "邓晓琳 <dengxiaolin@pengcheng-im.example>", OWNER_FULL,
            "终面邀请 - 产品运营经理（海外电商）- 林晓雯", text=t, html=html_of(t), cte="quoted-printable",
            attachments=[(cal, "text", "calendar", "终面安排.ics", {"method": "REQUEST", "charset": "UTF-8"})],
            received="mail.pengcheng-im.example")
    add(c, [("01-hr-zhongmian-onsite-itinerary.eml", m)], {
        "interview": True,
        "interviews": [iv("鹏程智造", "产品运营经理（海外电商）", s, e, "scheduled",
                          ["luozhiqiang@pengcheng-im.example", "liangyue@pengcheng-im.example",
                           "kevin.xu@pengcheng-im.example"],
                          ["luozhiqiang@pengcheng-im.example", "liangyue@pengcheng-im.example",
                           "kevin.xu@pengcheng-im.example"], "onsite")],
        "difficulty": "medium", "category": "positive/onsite-loop",
        "notes": "Shenzhen on-site final: three sessions with a tea break, one onsite 14:00-16:30 +08:00; HR coordinator excluded."})


def case07():
    c = "b79-07-lumo-yimian-cancelled-by-hr"
    s, e = T(2026, 3, 17, 10), T(2026, 3, 17, 10, 40)
    d1 = T(2026, 3, 13, 14, 30)
    t1 = f"""林晓雯 您好！

感谢您投递悦享生活 社区团购产品运营 岗位。我们很高兴邀请您参加一面：

面试时间：{md(s)}（{wd(s)}）上午10:00-10:40
面试方式：飞书视频会议 https://vc.feishu.example/j/605118327 （会议号 605 118 327）
面试官：孙蕾（社区运营负责人，sunlei@yuexiang.example）

请准时参加。如需改期请回复或联系 HR 黄婷（huangting@yuexiang.example）。
期待与您见面！

悦享生活 招聘团队{LUMO_FOOT}"""
    m1 = eml(d1, "悦享生活招聘 <no-reply@mail.lumohire.example>", OWNER_FULL,
             "面试邀请｜悦享生活-社区团购产品运营-一面", text=t1, html=html_of(t1), cte="base64",
             reply_to="黄婷 <huangting@yuexiang.example>")
    d2 = T(2026, 3, 16, 19, 12)
    t2 = f"""晓雯你好，

非常抱歉通知你：由于公司业务调整，社区团购产品运营这个岗位的招聘计划暂时冻结，原定明天（{md(s)}）上午10:00与孙蕾的一面只能取消了。

这不是对你个人的评价，你的简历我们会保留在人才库里，后续有合适的岗位会第一时间联系你。给你带来的不便真的很抱歉。

黄婷
悦享生活 | 招聘HR
手机：177 0218 5562（微信同号）"""
    m2 = eml(d2, "黄婷 <huangting@yuexiang.example>", OWNER_FULL, "关于明天一面的通知（取消）",
             text=t2, cte="quoted-printable", cc="孙蕾 <sunlei@yuexiang.example>")
    add(c, [("01-lumo-yimian-invite.eml", m1), ("02-hr-cancels.eml", m2)], {
        "interview": True,
        "interviews": [iv("悦享生活", "社区团购产品运营", s, e, "cancelled",
                          ["sunlei@yuexiang.example"], ["sunlei@yuexiang.example"], "hiring_manager")],
        "difficulty": "medium", "category": "positive/cancel-by-email",
        "notes": "ATS invite then HR e-mail cancels ('明天' = 3/17) because of hiring freeze; status cancelled at 3/17 10:00 +08:00."})


def case08():
    c = "b79-08-german-firm-outlook-invite-then-cancel"
    s, e = T(2026, 3, 24, 14), T(2026, 3, 24, 15)
    tz = "China Standard Time"
    uid = "040000008200E00074C5B7101A82E008000000007A51E3F0C4B1DC01000000000000000010000000"
    org = ("Weber, Jonas", "jonas.weber@kestrel-auto.example")
    att = [("Zhao, Min (KAS)", "zhaomin@kestrel-auto.example", "ACCEPTED"), ("Lin Xiaowen", OWNER)]
    b1 = ("Wann: Dienstag, 24. März 2026 14:00-15:00 (UTC+08:00) Peking, Chongqing, Hongkong, Urumqi.\n"
          "Ort: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Dear Ms. Lin,\n\nthank you for your application. Zhao Min (Aftersales Digital, Shanghai) and I would "
          "like to invite you to an interview for the position Aftersales Product Operations Specialist. "
          "The interview will be held in English and Chinese and takes about one hour.\n\n"
          "Kind regards / Mit freundlichen Grüßen\nJonas Weber\nHead of Aftersales Digital China\n"
          "Kestrel Automotive (Shanghai) Co., Ltd.\n上海市嘉定区安亭镇墨玉南路888号\nMobile +86 139 1855 2046\n\n"
          "________________________________________________________________________________\n"
          "Microsoft Teams-Besprechung\nTreten Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät bei\n"
          "Hier klicken, um an der Besprechung teilzunehmen<https://teams.example/l/meetup-join/19%3ameeting_Nj"
          "QzYjE@thread.v2/0>\nBesprechungs-ID: 371 905 448 262\nPasscode: Hx4Zt9\n"
          "________________________________________________________________________________")
    d1 = T(2026, 3, 17, 9, 14, tz="Europe/Berlin")
    x = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
         "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    cal1 = calendar("REQUEST", "Microsoft Exchange Server 2010", tz, uid, s, e,
                    "Interview Lin Xiaowen - Aftersales Product Operations Specialist", org, att, b1,
                    "Microsoft Teams-Besprechung", 0, stamp=d1, extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0"] + x)
    m1 = eml(d1, "\"Weber, Jonas\" <jonas.weber@kestrel-auto.example>",
             "Lin Xiaowen <xiaowen.lin@example.com>", cc="\"Zhao, Min (KAS)\" <zhaomin@kestrel-auto.example>",
             subject="Interview Lin Xiaowen - Aftersales Product Operations Specialist",
             text=b1, html=html_of(b1), cal=(cal1, "REQUEST"),
             headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Content-Language", "de-DE")])
    b2 = ("Wann: Dienstag, 24. März 2026 14:00-15:00 (UTC+08:00) Peking, Chongqing, Hongkong, Urumqi.\n"
          "Ort: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Dear Ms. Lin,\n\nunfortunately we have to cancel our interview: the position has been filled "
          "internally this week. We are very sorry for the short notice and will keep your profile for "
          "future openings.\n\nKind regards\nJonas Weber")
    d2 = T(2026, 3, 20, 16, 3, tz="Europe/Berlin")
    cal2 = calendar("CANCEL", "Microsoft Exchange Server 2010", tz, uid, s, e,
                    "Abgesagt: Interview Lin Xiaowen - Aftersales Product Operations Specialist", org, att, b2,
                    "Microsoft Teams-Besprechung", 1, status="CANCELLED", stamp=d2,
                    extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
                           "X-MICROSOFT-CDO-IMPORTANCE:2"])
    m2 = eml(d2, "\"Weber, Jonas\" <jonas.weber@kestrel-auto.example>",
             "Lin Xiaowen <xiaowen.lin@example.com>", cc="\"Zhao, Min (KAS)\" <zhaomin@kestrel-auto.example>",
             subject="Abgesagt: Interview Lin Xiaowen - Aftersales Product Operations Specialist",
             text=b2, html=html_of(b2), cal=(cal2, "CANCEL"),
             headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Importance", "high"),
                      ("Content-Language", "de-DE")])
    add(c, [("01-outlook-invite-de-locale.eml", m1), ("02-outlook-cancel.eml", m2)], {
        "interview": True,
        "interviews": [iv("Kestrel Automotive", "Aftersales Product Operations Specialist", s, e, "cancelled",
                          ["jonas.weber@kestrel-auto.example", "zhaomin@kestrel-auto.example"],
                          ["jonas.weber@kestrel-auto.example", "zhaomin@kestrel-auto.example"], "onsite")],
        "difficulty": "medium", "category": "positive/exchange-cancel",
        "notes": "German-locale Outlook ('Wann: Dienstag, 24. März 2026 14:00-15:00 (UTC+08:00) Peking...'), Date header in CET; METHOD:CANCEL. Two interviewers -> panel."})


def case09():
    c = "b79-09-two-interviews-hr-call-then-ermian"
    s1, e1 = T(2026, 3, 9, 10, 30), T(2026, 3, 9, 10, 50)
    s2, e2 = T(2026, 3, 16, 19), T(2026, 3, 16, 20)
    d1 = T(2026, 3, 6, 15, 2)
    mid1 = "<20260306150200.xujing@chengzi-mobility.example>"
    t1 = f"""晓雯你好，

我是橙子出行的HR许静，在职面直聘上看到你的简历，我们在招 司机端产品运营，觉得挺匹配的。

想先跟你电话简单聊聊（HR面，20分钟左右），主要了解一下你的求职意向和薪资期望。下周一（{md(s1)}）上午十点半你方便吗？

许静
橙子出行 | 人力资源
手机：138 1762 0453  微信：xujing_cz"""
    m1 = eml(d1, "许静 <xujing@chengzi-mobility.example>", OWNER, "橙子出行-司机端产品运营-电话沟通",
             text=t1, mid=mid1, cte="base64")
    d2 = T(2026, 3, 6, 20, 48)
    mid2 = "<CAK7xw-20260306204800@example.com>"
    t2 = """许静你好，

可以的，下周一上午十点半等你电话。

晓雯

-----原始邮件-----
发件人：许静 <xujing@chengzi-mobility.example>
发送时间：2026年3月6日 15:02
主题：橙子出行-司机端产品运营-电话沟通

晓雯你好，我是橙子出行的HR许静……下周一（3月9日）上午十点半你方便吗？"""
    m2 = eml(d2, OWNER_FULL, "许静 <xujing@chengzi-mobility.example>", "回复：橙子出行-司机端产品运营-电话沟通",
             text=t2, in_reply_to=mid1, mid=mid2)
    d3 = T(2026, 3, 9, 17, 25)
    t3 = f"""晓雯你好，

今天上午聊得很愉快！你的情况我已经同步给业务部门，二面安排如下：

时间：{md(s2)}（{wd(s2)}）晚上7点-8点（北京时间）
形式：飞书视频面试
链接：https://vc.feishu.example/j/284660193  会议号：284 660 193
面试官：马骁（司机运营经理）maxiao@chengzi-mobility.example

业务那边白天会议比较多，所以约在晚上，辛苦了。请准时参加，如需改期请回复我。

许静
橙子出行 | 人力资源
手机：138 1762 0453  微信：xujing_cz"""
    m3 = eml(d3, "许静 <xujing@chengzi-mobility.example>", OWNER, "橙子出行-二面安排-司机端产品运营",
             text=t3, html=html_of(t3), cte="quoted-printable", in_reply_to=mid2,
             references=f"{mid1} {mid2}")
    add(c, [("01-hr-proposes-call.eml", m1), ("02-reply-ok.eml", m2), ("03-ermian-arranged.eml", m3)], {
        "interview": True,
        "interviews": [
            iv("橙子出行", "司机端产品运营", s1, e1, "scheduled", ["xujing@chengzi-mobility.example"],
               ["xujing@chengzi-mobility.example"], "phone_screen"),
            iv("橙子出行", "司机端产品运营", s2, e2, "scheduled", ["maxiao@chengzi-mobility.example"],
               ["maxiao@chengzi-mobility.example"], "hiring_manager")],
        "difficulty": "hard", "category": "positive/two-interviews",
        "notes": "HR-face phone call Mon 3/9 '上午十点半' (20 min, confirmed in reply) + 二面 3/16 19:00-20:00 Feishu; two entries."})


def case10():
    c = "b79-10-headhunter-forwards-hong-kong-client"
    HK = ZoneInfo("Asia/Hong_Kong")
    s, e = T(2026, 3, 25, 10, tz=HK), T(2026, 3, 25, 11, tz=HK)
    d0 = T(2026, 3, 19, 18, 40, tz=HK)
    d1 = T(2026, 3, 19, 21, 6)
    t = f"""晓雯，

港方确认了！首轮面试定在 {md(s)}（{wd(s)}）上午10:00-11:00（香港时间，和北京时间一样），Zoom视频，面试官是他们的COO Raymond Chan。原邮件转给你，Zoom链接在下面。

面试前一天（24日）晚上8点我给你打个电话，我们过一下准备要点和薪资沟通策略，大概半小时。

有问题随时微信我。

周可欣 Kelly Zhou
高级顾问 | 桥才猎头 TalentBridge Search
手机：+86 186 0213 5528  微信：kellyzhou_tb
上海市静安区南京西路1266号 恒联广场2座 31楼

---------- Forwarded message ---------
From: Grace Leung <grace.leung@harbourline.example>
Date: Thu, 19 Mar 2026 at 18:40
Subject: RE: Candidate - Lin Xiaowen / Product Operations Manager
To: Kelly Zhou <kelly.zhou@tbsearch.example>
Cc: Raymond Chan <raymond.chan@harbourline.example>

Hi Kelly,

Thanks for the profile - Raymond would like to meet Xiaowen for a first-round conversation.

Date: Wednesday, 25 March 2026
Time: 10:00am - 11:00am HKT
Interviewer: Raymond Chan, COO (raymond.chan@harbourline.example)
Zoom: https://zoom.example/j/86021457733?pwd=Vm9xa1RQ  Meeting ID: 860 2145 7733  Passcode: 552019

Please let me know if the candidate needs a different slot.

Regards,
Grace Leung
People & Culture | Harbourline Capital Limited
28/F, One Harbour Square, 181 Hoi Bun Road, Kwun Tong, Hong Kong
T: +852 3618 2290"""
    m = eml(d1, "Kelly Zhou <kelly.zhou@tbsearch.example>", OWNER_FULL,
            "Fwd: RE: Candidate - Lin Xiaowen / Product Operations Manager", text=t, html=html_of(t),
            cte="quoted-printable", headers=[("X-Mailer", "Foxmail 7.2.25")])
    assert d0 < d1
    add(c, [("01-headhunter-forward.eml", m)], {
        "interview": True,
        "interviews": [iv("Harbourline Capital", "Product Operations Manager", s, e, "scheduled",
                          ["raymond.chan@harbourline.example"], ["raymond.chan@harbourline.example"],
                          "hiring_manager")],
        "difficulty": "medium", "category": "positive/forwarded-hong-kong",
        "notes": "Headhunter forwards HK client's mail (10:00-11:00 HKT = +08:00); headhunter's prep call on the 24th is NOT an interview."})


def case11():
    c = "b79-11-gcal-api-event-only"
    s, e = T(2026, 4, 2, 16), T(2026, 4, 2, 17)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3518826402115000\"",
        "id": "6hq2b8n1l0c3kfa9t7v4pj5m2e",
        "status": "confirmed",
        "htmlLink": "https://calendar.google.example/event?eid=NmhxMmI4bjFsMGMza2ZhOXQ3djRwajVtMmU",
        "created": "2026-03-27T06:12:44.000Z",
        "updated": "2026-03-27T06:20:01.057Z",
        "summary": "Video interview: Xiaowen Lin / LiveOps Product Operations (Round 2)",
        "description": ("Round 2 with Tom Becker (Head of LiveOps, Shanghai studio). "
                        "Focus: event calendar planning, player segmentation, KPI review.\n\n"
                        "Iris will not join this session - ping her on WeChat (irisfang_nv) if you have any trouble connecting."),
        "location": "Google Meet",
        "creator": {"email": "ifang@northvale.example", "displayName": "Iris Fang"},
        "organizer": {"email": "ifang@northvale.example", "displayName": "Iris Fang"},
        "start": {"dateTime": s.isoformat(), "timeZone": "Asia/Shanghai"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Asia/Shanghai"},
        "iCalUID": "6hq2b8n1l0c3kfa9t7v4pj5m2e@google.example",
        "sequence": 0,
        "attendees": [
            {"email": "ifang@northvale.example", "displayName": "Iris Fang", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "tbecker@northvale.example", "displayName": "Tom Becker", "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.example/pqd-ruxw-tjm",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    add(c, [("01-northvale-round2.gcal.json", (json.dumps(ev, ensure_ascii=False, indent=2) + "\n").encode())], {
        "interview": True,
        "interviews": [iv("Northvale", "LiveOps Product Operations", s, e, "scheduled",
                          ["tbecker@northvale.example"], ["tbecker@northvale.example"], "hiring_manager")],
        "difficulty": "easy", "category": "positive/gcal-json",
        "notes": "Calendar API event only (Asia/Shanghai); organizer recruiter does not join."})


def case12():
    c = "b79-12-standalone-floating-ics-french-firm"
    s, e = T(2026, 4, 7, 14), T(2026, 4, 7, 15)
    desc = (f"Bonjour Xiaowen,\n\nNous vous confirmons votre entretien pour le poste de CRM Operations "
            f"Specialist : mardi 7 avril à 14h (heure de Pékin), durée 1h, avec Camille Roux (Head of CRM China) "
            f"et 吴倩 (HR Business Partner).\n\n面试时间：{md(s)}（{wd(s)}）14:00-15:00 北京时间\n"
            "地点：上海市静安区南京西路1601号 越洋广场18楼（请至前台报Maison Lisière）\n"
            "联系人：吴倩 手机 139 1640 2278\n\nÀ bientôt,\nCamille")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Apple Inc.//macOS 15.3//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:REQUEST", "BEGIN:VEVENT", "CREATED:20260330T021500Z",
         f"DTSTART:{s.strftime('%Y%m%dT%H%M%S')}", f"DTEND:{e.strftime('%Y%m%dT%H%M%S')}",
         "DTSTAMP:20260330T021733Z", "LAST-MODIFIED:20260330T021733Z", "SEQUENCE:0",
         "UID:8F1B3C77-20A4-4E51-9D0B-6C2A4E7F9B10",
         "ORGANIZER;CN=Camille Roux:mailto:camille.roux@lisiere.example",
         "ATTENDEE;CN=吴倩;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:wuqian@lisiere.example",
         "ATTENDEE;CN=Lin Xiaowen;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + OWNER,
         "SUMMARY:" + esc("Entretien / 面试 – Lin Xiaowen – CRM Operations Specialist"),
         "DESCRIPTION:" + esc(desc),
         "LOCATION:" + esc("Maison Lisière Shanghai, 18F, 1601 West Nanjing Road"),
         "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    add(c, [("01-entretien-lisiere.ics", ics_text(L).encode())], {
        "interview": True,
        "interviews": [iv("Maison Lisière", "CRM Operations Specialist", s, e, "scheduled",
                          ["camille.roux@lisiere.example", "wuqian@lisiere.example"],
                          ["camille.roux@lisiere.example", "wuqian@lisiere.example"], "onsite")],
        "difficulty": "hard", "category": "positive/standalone-ics-floating",
        "notes": "Standalone Apple .ics with floating DTSTART 14:00; text says '14h (heure de Pékin)' / 北京时间 -> +08:00. Two interviewers -> panel."})


def case13():
    c = "b79-13-founder-thread-relative-date"
    s = T(2026, 4, 13, 15)
    d1 = T(2026, 4, 8, 22, 47)
    mid1 = "<CAGy7Fz+gaoyuan-0408@shiguang.example>"
    t1 = """晓雯你好，

我是拾光数据的创始人高远，朋友推荐了你的简历，想约你聊聊我们 运营负责人 这个岗位。我们团队现在12个人，流程比较简单，就是和我面谈这一轮，聊得合适就直接发offer。

这周五中午12点，或者下周一下午3点，你看哪个方便？就在我们福田的办公室，中午的话可以边吃边聊。

高远
拾光数据 创始人/CEO
手机：139 2651 0087"""
    m1 = eml(d1, "高远 <gaoyuan@shiguang.example>", OWNER, "约聊：拾光数据 运营负责人", text=t1, mid=mid1)
    d2 = T(2026, 4, 9, 8, 12)
    mid2 = "<2026040908120.linxw@example.com>"
    q = "\n".join("> " + l if l else ">" for l in t1.splitlines())
    t2 = f"""高总您好，

谢谢邀请！周五我人还在上海，还没过去深圳，下周一下午3点可以吗？

林晓雯

在 2026年4月8日 22:47，高远 <gaoyuan@shiguang.example> 写道：
{q}"""
    m2 = eml(d2, OWNER_FULL, "高远 <gaoyuan@shiguang.example>", "Re: 约聊：拾光数据 运营负责人",
             text=t2, in_reply_to=mid1, mid=mid2, cte="base64")
    d3 = T(2026, 4, 9, 12, 3)
    assert s.date() == (d3 + timedelta(days=4)).date() and s.weekday() == 0
    t3 = """没问题，那就下周一下午三点见。

地址：深圳市福田区车公庙泰然九路 天安创新科技广场B座1708，到楼下打我电话。

高远"""
    m3 = eml(d3, "高远 <gaoyuan@shiguang.example>", OWNER_FULL, "Re: 约聊：拾光数据 运营负责人",
             text=t3, in_reply_to=mid2, references=f"{mid1} {mid2}")
    add(c, [("01-founder-proposes.eml", m1), ("02-reply-monday.eml", m2), ("03-founder-confirms.eml", m3)], {
        "interview": True,
        "interviews": [iv("拾光数据", "运营负责人", s, None, "scheduled",
                          ["gaoyuan@shiguang.example"], ["gaoyuan@shiguang.example"], "hiring_manager")],
        "difficulty": "hard", "category": "positive/thread-relative-date",
        "notes": "Founder chat is the only process step; '下周一下午三点' from Thu 4/9 -> Mon 2026-04-13 15:00 +08:00; no duration."})


# =========================================================== NEGATIVES
def case14():
    c = "b79-14-neg-campus-xuanjianghui"
    s, e = T(2026, 3, 18, 19), T(2026, 3, 18, 20, 30)
    d = T(2026, 3, 12, 10, 0)
    t = f"""亲爱的同学：

远航互联2026春季校园招聘 空中宣讲会 即将开启！

时间：{md(s)}（{wd(s)}）19:00-20:30
形式：腾讯会议直播（会议号：957 330 812）
链接：https://meeting.tencent.example/dm/Yh7KxR2aPq

宣讲内容：公司业务介绍、产品/运营/技术岗位解读、往届校招生分享、现场答疑。
宣讲会后开放网申通道，现场投递简历的同学可获得「面试直通卡」，优先安排一面。

欢迎转发给身边的同学！

远航互联 校园招聘组
campus@yuanhang.example（本邮箱不接受简历投递）"""
    cal = calendar("REQUEST", "-//Yuanhang//Campus//ZH", "Asia/Shanghai", "xjh-2026spring-0318@yuanhang.example",
                   s, e, "远航互联2026春招空中宣讲会", ("远航互联校园招聘", "campus@yuanhang.example"),
                   [("同学", OWNER)], "腾讯会议号：957 330 812", "腾讯会议", 0, stamp=d)
    m = eml(d, "远航互联校园招聘 <campus@yuanhang.example>", OWNER,
            "【远航互联】2026春招空中宣讲会邀请｜3月18日19:00", text=t, html=html_of(t), cte="base64",
            attachments=[(cal, "text", "calendar", "宣讲会.ics", {"method": "REQUEST", "charset": "UTF-8"})],
            headers=[("List-Unsubscribe", "<https://campus.yuanhang.example/unsub?u=8831>")])
    neg(c, [("01-xuanjianghui-invite.eml", m)], "medium", "negative/info-session",
        "Campus info session with time, meeting number and .ics; mentions 面试直通卡 but is not an interview.")


def case15():
    c = "b79-15-neg-online-written-test-deadline"
    d = T(2026, 3, 16, 9, 30)
    t = """林晓雯 您好！

感谢您应聘 星河出行 产品运营专员 岗位。您的简历已通过初筛，现邀请您参加在线笔试：

笔试类型：产品运营综合能力测评（行测 + 运营案例分析）
作答时长：90分钟（开始后不可暂停）
截止时间：2026年3月22日（周日）23:59 前完成
笔试链接：https://exam.lumohire.example/t/9KQ2-77XD-PL4M
（请使用电脑端 Chrome 浏览器作答，需开启摄像头监考）

笔试通过后，HR将与您预约一面时间。如遇技术问题，请联系 exam-support@lumohire.example。

祝您考试顺利！
星河出行 招聘团队""" + LUMO_FOOT
    m = eml(d, "星河出行招聘 <no-reply@mail.lumohire.example>", OWNER_FULL,
            "笔试邀请｜星河出行-产品运营专员（请于3月22日23:59前完成）", text=t, html=html_of(t), cte="base64")
    neg(c, [("01-online-bishi.eml", m)], "medium", "negative/written-test",
        "Online written test with a deadline via the ATS; the interview is only promised after passing.")


def case16():
    c = "b79-16-neg-background-check-call"
    s = T(2026, 3, 27, 15)
    d = T(2026, 3, 25, 11, 20)
    t = f"""林晓雯女士 您好：

我是职信背调的背调顾问范琳。受 云帆数科 委托，我们将对您进行入职前背景调查（已获得您在授权书中的电子签署确认）。

为核实您提供的工作经历信息，我们将于 {md(s)}（{wd(s)}）下午3:00 与您进行一次电话沟通，约15分钟，主要确认：
1. 过往任职公司、任职时间及职位；
2. 证明人（前直属上级）的联系方式；
3. 离职原因。

如该时间不方便，请回复本邮件告知其他可通话时段。本次电话不属于面试环节，不影响您的录用流程。

范琳 | 背调顾问
职信背调（上海）信息咨询有限公司
电话：021-6018 7730 转 812
邮箱：fanlin@zhixin-check.example"""
    m = eml(d, "范琳 <fanlin@zhixin-check.example>", OWNER_FULL,
            "【职信背调】候选人背景调查电话核实预约 - 林晓雯", text=t, cte="quoted-printable")
    neg(c, [("01-beidiao-call.eml", m)], "hard", "negative/background-check",
        "Background-check vendor schedules a 15-min verification call with the candidate; not an interview.")


def case17():
    c = "b79-17-neg-offer-luyong-tongzhi"
    s, e = T(2026, 4, 13, 9, 30), T(2026, 4, 13, 10, 30)
    d = T(2026, 3, 31, 16, 5)
    t = f"""尊敬的林晓雯女士：

恭喜您顺利通过我司终面！经综合评估，我们非常高兴地通知您，您已被云帆数科正式录用。具体录用信息如下：

录用职位：产品运营专员（B端）
所属部门：运营中心
工作地点：上海市杨浦区政学路77号 云帆大厦
税前月薪：详见附件《录用通知书》
入职时间：{s.year}年{md(s)}（{wd(s)}）上午9:30 报到（请至5楼人事部）

请于4月3日前回复本邮件确认是否接受录用。入职当天请携带身份证、学历学位证书原件、离职证明及一寸照片2张。

期待您的加入！

何雨桐
云帆数科 | 人力资源部
手机/微信：150 2176 3390"""
    cal = calendar("REQUEST", "-//Feishu//Calendar 7.10//CN", "Asia/Shanghai",
                   "onboard-0413-linxw@feishu.example", s, e, "入职报到 - 林晓雯（产品运营专员）",
                   ("何雨桐", "heyutong@yunfan-data.example"), [("林晓雯", OWNER)],
                   "请至5楼人事部报到，携带入职材料。", "云帆大厦5楼 人事部", 0, stamp=d)
    m = eml(d, "何雨桐 <heyutong@yunfan-data.example>", OWNER_FULL, "录用通知｜云帆数科-产品运营专员（B端）",
            text=t, html=html_of(t), cte="base64",
            attachments=[(b"%PDF-1.4\n% placeholder offer letter\n%%EOF\n", "application", "pdf",
                          "录用通知书-林晓雯.pdf", {}),
                         (cal, "text", "calendar", "入职报到.ics", {"method": "REQUEST", "charset": "UTF-8"})])
    neg(c, [("01-offer-letter.eml", m)], "hard", "negative/offer",
        "Offer (录用通知) after 终面 with an onboarding-day .ics; no interview scheduled.")


def case18():
    c = "b79-18-neg-medical-check-tijian"
    s = T(2026, 3, 30, 8)
    d = T(2026, 3, 26, 14, 48)
    h = f"""<html><body style="font-family:'Microsoft YaHei',sans-serif;font-size:14px;color:#222">
<h3 style="color:#1e88e5">康源体检 · 预约成功通知</h3>
<p>尊敬的 林晓雯 女士：</p>
<p>您的 <b>入职体检</b> 已预约成功（团检单位：鹏程智造 候选人入职体检）。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>体检日期</td><td>{s.year}年{md(s)}（{wd(s)}）</td></tr>
<tr><td>到检时间</td><td>上午8:00-10:00</td></tr>
<tr><td>体检机构</td><td>康源体检 深圳南山分院（南山区南海大道2163号 来福士广场4楼）</td></tr>
<tr><td>套餐</td><td>入职基础套餐A（血常规、肝功能、胸片、心电图等）</td></tr>
<tr><td>预约号</td><td>KY20260330-0418</td></tr>
</table>
<p>注意事项：体检前一天晚餐清淡，当日需<b>空腹</b>；请携带身份证原件。报告将在5个工作日内发送至您的邮箱。</p>
<p>如需改期请致电 400-820-7719 或在小程序「我的预约」中操作。</p>
<p style="color:#999;font-size:12px">本邮件由系统自动发送，请勿回复。康源健康管理（深圳）有限公司</p>
</body></html>
"""
    m = eml(d, "康源体检 <notice@kangyuan-health.example>", OWNER, "【康源体检】入职体检预约成功 - 3月30日 8:00",
            html=h, cte="base64")
    neg(c, [("01-tijian-booking.eml", m)], "medium", "negative/medical-check",
        "Pre-employment medical check booking (HTML-only); candidate wording but no interview.")


def case19():
    c = "b79-19-neg-availability-request-scheduling-link"
    d = T(2026, 3, 19, 11, 40)
    t = """晓雯您好，

我是橘光教育的招聘负责人宋雨晴，您在职面直聘投递的 教研产品运营 岗位简历已通过初筛，想约您进行一面（视频，约45分钟）。

请通过下面的链接自助选择您方便的时间，可选范围为3月23日（周一）至3月27日（周五）每天10:00-18:00：
https://schedule.lumohire.example/s/jg-edu/ops-r1?c=7Q2mX

也可以直接回复本邮件告诉我2-3个您方便的时段，我来帮您预约。选定后系统会自动发送面试邀请和会议号。

宋雨晴
橘光教育 | 招聘负责人
手机：158 0027 6614  微信：songyq_jg"""
    m = eml(d, "宋雨晴 <songyuqing@juguang-edu.example>", OWNER, "橘光教育-教研产品运营-一面时间确认",
            text=t, html=html_of(t), cte="quoted-printable")
    neg(c, [("01-availability-request.eml", m)], "medium", "negative/availability-request",
        "Recruiter asks to pick a slot via an unbooked self-scheduling link; nothing booked.")


def case20():
    c = "b79-20-neg-user-is-interviewer"
    s, e = T(2026, 3, 19, 16), T(2026, 3, 19, 16, 30)
    d = T(2026, 3, 17, 13, 15)
    t = f"""林晓雯 您好！

您被邀请担任以下候选人的面试官，请提前查看候选人简历并在面试后24小时内提交面试评价。

候选人：王一鸣
应聘职位：运营实习生（商品运营）
面试轮次：一面
面试时间：{md(s)}（{wd(s)}）16:00-16:30
面试方式：飞书视频会议 https://vc.feishu.example/j/502771846
面试官：林晓雯
候选人简历：https://hainaretail.lumohire.example/candidate/55120876

填写面试评价：https://hainaretail.lumohire.example/feedback/55120876

海纳零售 招聘中心""" + LUMO_FOOT
    cal = calendar("REQUEST", "-//Lumo Hire//Interview Scheduler 3.2//ZH", "Asia/Shanghai",
                   "lumo-itv-interviewer-55120876@lumohire.example", s, e,
                   "【面试官】运营实习生（商品运营）一面 - 候选人：王一鸣",
                   ("海纳零售招聘", "no-reply@mail.lumohire.example"),
                   [("林晓雯", OWNER, "NEEDS-ACTION"), ("王一鸣", "wangyiming2004@mail.example")],
                   "您是本场面试的面试官。候选人：王一鸣。", "飞书视频会议", 0, stamp=d)
    m = eml(d, "海纳零售招聘 <no-reply@mail.lumohire.example>", OWNER_FULL,
            "【面试官邀请】运营实习生（商品运营）- 候选人 王一鸣 - 一面", text=t, html=html_of(t), cte="base64",
            attachments=[(cal, "text", "calendar", "interview.ics", {"method": "REQUEST", "charset": "UTF-8"})])
    neg(c, [("01-interviewer-invite.eml", m)], "hard", "negative/user-is-interviewer",
        "Owner interviews an intern candidate at her current employer; ATS invite + .ics.")


def case21():
    c = "b79-21-neg-paid-mock-interview"
    s = T(2026, 3, 21, 20)
    d = T(2026, 3, 18, 21, 3)
    t = f"""尊敬的猎程VIP会员 林晓雯：

您购买的「1对1模拟面试 · 产品运营方向」服务（订单号 LC202603188842，实付 ¥399）已预约成功：

时间：{md(s)}（{wd(s)}）20:00-21:00
导师：Sharon（前一线大厂用户运营总监，10年面试官经验）
形式：腾讯会议 会议号 611 284 905
内容：真实面试场景模拟（一面/二面/HR面任选）+ 30分钟复盘点评

请提前准备好简历和目标职位JD。如需改期，请在开始前24小时于App「我的服务」中操作。

猎程 · 中高端人才职业发展平台
客服热线：400-661-2200"""
    m = eml(d, "猎程 <service@liecheng.example>", OWNER, "【猎程】您的1对1模拟面试已预约成功",
            text=t, html=html_of(t), cte="base64")
    neg(c, [("01-mock-interview-booking.eml", m)], "medium", "negative/mock-interview",
        "Paid mock-interview coaching on a Liepin-like platform, with time and meeting number.")


def case22():
    c = "b79-22-neg-rejection-after-ermian"
    d = T(2026, 3, 20, 18, 10)
    mid0 = "<20260309-lanjing-ermian@lanjing.example>"
    t = """晓雯你好，

感谢你3月10日抽时间参加我们 到家服务产品运营 岗位的二面，也谢谢你在面试中分享的社区运营案例，面试官对你的沟通表达印象很好。

经过慎重评估，我们最终选择了与岗位要求匹配度更高的候选人，很遗憾这次不能和你继续推进了。我们已将你的简历纳入蓝鲸到家人才库，后续有合适机会会再联系你。

祝求职顺利！

蒋雪
蓝鲸到家 | 招聘经理
手机：136 6180 2297"""
    m = eml(d, "蒋雪 <jiangxue@lanjing.example>", OWNER_FULL, "Re: 蓝鲸到家-二面安排-到家服务产品运营",
            text=t, cte="quoted-printable", in_reply_to=mid0)
    neg(c, [("01-rejection.eml", m)], "medium", "negative/rejection",
        "Rejection referring to a past 二面 (3/10); no upcoming interview.")


README = """# blind79 - held-out-like interview-detection set (Asia/Shanghai job seeker)

Owner: 林晓雯 / Xiaowen Lin <xiaowen.lin@example.com>, product operations specialist in Shanghai/Shenzhen
(Asia/Shanghai, no DST) applying to Chinese tech companies, foreign firms' China offices and Singapore/Hong Kong
roles. Mail is mostly simplified Chinese, some English (and a little German/French).

Written blind: the author did not read the detector code or other test cases (only the dev README and the
file layout of a few dev cases). All names, companies, platforms (职面直聘, 猎程, Lumo招聘 ATS, 职信背调,
桥才猎头) and domains are invented; every domain ends in .example (owner uses example.com).

Regenerate with `python make_cases.py` (deterministic; rewrites the b79-* folders and labels.yaml).
Label schema and labelling rules: /work/shared/eval/README.md.

## Counts (22 cases)
- 13 positive (14 labelled interviews): 11 scheduled-only cases, 2 cancellation cases (e-mail cancel, Outlook
  METHOD:CANCEL), 1 case with two interviews (HR phone call + 二面).
- 9 negative hard look-alikes: 宣讲会, online 笔试 with deadline, 背调 call, offer (录用通知) with onboarding .ics,
  入职体检, availability request / self-scheduling link, user is the interviewer, paid 模拟面试, rejection after 二面.

## Positive families
job-platform HTML-only, Moka-like ATS + .ics (腾讯会议), Feishu invite rescheduled by e-mail (SEQUENCE 1),
Singapore office Exchange/Teams ('2pm SGT / 2pm Beijing'), US firm thread across US DST
('7pm ET / 8am Beijing' -> 7am after Mar 8), Shenzhen on-site 终面 loop, ATS invite cancelled by HR e-mail,
German-locale Outlook invite + cancel, two interviews, headhunter-forwarded Hong Kong client mail,
Google Calendar API JSON, standalone floating-time Apple .ics (French firm, '14h heure de Pékin'),
founder thread with relative dates ('下周一下午三点').
"""


def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b79-") and os.path.isdir(p):
            shutil.rmtree(p)
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(LABELS, f, allow_unicode=True, sort_keys=True, width=120)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README)
    print(f"wrote {len(CASES)} cases, "
          f"{sum(1 for l in LABELS.values() if l['interview'])} positive, "
          f"{sum(len(l['interviews']) for l in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
