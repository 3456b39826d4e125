#!/usr/bin/env python3
"""Deterministic generator for the blind61 interview-detection set.

Theme: a data analyst (Seoul / Tokyo) applying to Korean and Japanese companies and to the Asia offices of
US/European firms.  Mail in Korean, Japanese and English.  All people, companies and domains are invented.

Run:  python make_cases.py      (rewrites every b61-* folder and labels.yaml next to this file)
Only stdlib + PyYAML + zoneinfo.  Every offset is computed with zoneinfo.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

SEOUL = ZoneInfo("Asia/Seoul")
TOKYO = ZoneInfo("Asia/Tokyo")
LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
PARIS = ZoneInfo("Europe/Paris")
AMS = ZoneInfo("Europe/Amsterdam")
UTC = timezone.utc

OWNER = "seoyeon.yoon@example.com"
OWNER_EN = "Seoyeon Yoon"
OWNER_KO = "윤서연"
OWNER_JA = "ユン・ソヨン"

KO_WD = "월화수목금토일"
JA_WD = "月火水木金土日"


def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def ko_date(dt):  # 4월 15일(수)
    return f"{dt.month}월 {dt.day}일({KO_WD[dt.weekday()]})"


def ja_date(dt):  # 4月22日（水）
    return f"{dt.month}月{dt.day}日（{JA_WD[dt.weekday()]}）"


def ko_ampm(dt):  # 오후 3시 / 오전 10시 30분
    h = dt.hour
    ap = "오전" if h < 12 else "오후"
    h12 = h if h <= 12 else h - 12
    return f"{ap} {h12}시" + (f" {dt.minute}분" if dt.minute else "")


def hm(dt):
    return dt.strftime("%H:%M")


def en12(dt, dot=False):  # 5pm / 4:30pm
    h12 = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h12}{ap}" if dt.minute == 0 else f"{h12}:{dt.minute:02d}{ap}"


def utcz(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# ------------------------------------------------------------------ iCalendar (built by hand, CRLF + folding)
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


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vtz(tzid):
    if tzid in ("Asia/Seoul", "Asia/Tokyo", "Tokyo Standard Time", "Korea Standard Time"):
        name = "KST" if "Seoul" in tzid or "Korea" in tzid else "JST"
        dts = "16010101T000000" if " " in tzid else "19700101T000000"
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", f"DTSTART:{dts}", "TZOFFSETFROM:+0900",
                "TZOFFSETTO:+0900"] + ([] if " " in tzid else [f"TZNAME:{name}"]) + ["END:STANDARD", "END:VTIMEZONE"]
    if tzid == "America/Los_Angeles":
        return ["BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
                "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
                "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                "END:VTIMEZONE"]
    raise KeyError(tzid)


def att(cn, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};"
            f"RSVP={'TRUE' if rsvp else 'FALSE'};CN={cn}:mailto:{email}")


# ------------------------------------------------------------------ e-mail
_RCV = {
    "gmail": "mail-sor-f{n}.google.com (mail-sor-f{n}.google.com. [209.85.220.{n}])",
    "outlook": "TYCPR01MB{n}.jpnprd01.prod.outlook.example (TYCPR01MB{n}.jpnprd01.prod.outlook.example. [40.107.74.{n}])",
    "ats": "o{n}.outbound.mailer.example (o{n}.outbound.mailer.example. [149.72.18.{n}])",
    "smtp": "smtp{n}.mail.example (smtp{n}.mail.example. [203.0.113.{n}])",
}


def write_mail(path, *, frm, to, subject, date, msgid, text=None, html=None, cc=None, reply_to=None,
               in_reply_to=None, references=None, cte="quoted-printable", charset="utf-8", calendar=None,
               cal_method="REQUEST", attach=None, extra=(), rcv="smtp", n=41, sender=None, return_path=None):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    rd = date + timedelta(seconds=2)
    m["Received"] = (f"from {_RCV[rcv].format(n=n)} by mx.example.com with ESMTPS id b61{n:03d}x "
                     f"for <{OWNER}>; {format_datetime(rd)}")
    m["Return-Path"] = return_path or "<" + frm.split("<")[-1].rstrip(">") + ">"
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra:
        m[k] = v
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=cte if charset == "utf-8" else "base64")
    elif html is not None:
        m.set_content(html, subtype="html", charset="utf-8", cte=cte)
    if calendar is not None:
        m.add_alternative(calendar, subtype="calendar", charset="utf-8", cte="base64",
                          params={"method": cal_method})
    if attach is not None:
        fname, data = attach
        m.add_attachment(data.encode("utf-8"), maintype="application", subtype="ics", filename=fname)
    with open(path, "wb") as f:
        # long header lines: Python's folder drops spaces between CJK encoded-words and starts long ASCII
        # subjects with a bare fold; serialising without header folding avoids both
        f.write(m.as_bytes(policy=policy.default.clone(max_line_length=998)))


def write_text(path, s):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(s)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def html_wrap(body, font="Arial,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">{body}</div></body></html>\n')


def p2html(text):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    return "".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)


# ------------------------------------------------------------------ case registry
CASES = {}


def case(cid):
    def deco(fn):
        CASES[cid] = fn
        return fn
    return deco


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


# ================================================================== POSITIVES
@case("b61-01-korean-ats-1st-round-ics")
def c01(d):
    s, e = T(2026, 4, 15, 15, 0, SEOUL), T(2026, 4, 15, 16, 0, SEOUL)
    sent = T(2026, 4, 8, 17, 32, SEOUL)
    ics_txt = ics([
        "BEGIN:VCALENDAR", "PRODID:-//JobFlow//Interview Scheduler 3.2//KO", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:iv-7f3a91c2-hanbitpay@jobflow.example",
        f"DTSTAMP:{utcz(sent)}", f"DTSTART:{utcz(s)}", f"DTEND:{utcz(e)}", "SEQUENCE:0",
        "SUMMARY:[한빛페이] 1차 면접 - 데이터 분석가",
        "LOCATION:Zoom 화상면접 (링크는 면접 당일 오전 발송)",
        "DESCRIPTION:" + esc("한빛페이 데이터 분석가 포지션 1차(실무진) 면접\n면접관: 데이터분석팀 박준호 팀장, 이수민 선임\n"
                             "문의: 인사팀 김하늘 매니저 haneul.kim@hanbitpay.example"),
        "ORGANIZER;CN=한빛페이 채용팀:mailto:noreply@notify.jobflow.example",
        att(OWNER_KO, OWNER), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    text = f"""{OWNER_KO}님, 안녕하세요.
한빛페이 채용 담당자입니다.

먼저 한빛페이 [데이터 분석가 (경력)] 포지션에 관심을 가지고 지원해 주셔서 감사드립니다.
서류 전형 합격을 축하드리며, 아래와 같이 1차 면접 일정을 안내드립니다.

■ 전형: 1차 면접 (실무진 면접)
■ 일시: 2026년 {ko_date(s)} {ko_ampm(s)} ~ {ko_ampm(e)} (60분)
■ 방식: Zoom 화상면접 (접속 링크는 면접 당일 오전 9시에 별도 발송됩니다)
■ 면접관: 데이터분석팀 박준호 팀장, 이수민 선임
■ 준비사항: 신분증, 포트폴리오(선택) - 화면 공유가 가능한 PC 환경

일정 확인 후 아래 버튼을 눌러 참석 여부를 회신해 주세요.
[참석 확정하기] https://app.jobflow.example/c/hanbitpay/iv/7f3a91c2/accept
[일정 변경 요청] https://app.jobflow.example/c/hanbitpay/iv/7f3a91c2/reschedule

첨부된 캘린더 파일(.ics)을 추가하시면 일정 관리가 편리합니다.

문의사항은 인사팀 김하늘 매니저(haneul.kim@hanbitpay.example / 02-6951-0142)에게 연락 주시기 바랍니다.

감사합니다.
한빛페이 인사팀 드림

--
본 메일은 잡플로우(JobFlow) 채용관리 시스템에서 발신 전용으로 발송되었습니다. 회신하셔도 답변이 전달되지 않습니다.
(주)잡플로우 | 서울특별시 성동구 왕십리로 115, 9층 | 수신거부 https://app.jobflow.example/unsubscribe
"""
    write_mail(f"{d}/01-jobflow-1st-interview-notice.eml", frm="한빛페이 채용팀 <noreply@notify.jobflow.example>",
               to=f"{OWNER_KO} <{OWNER}>", subject="[한빛페이] 데이터 분석가 1차 면접 일정 안내", date=sent,
               msgid="<20260408083201.7f3a91c2.hanbitpay@notify.jobflow.example>", text=text,
               html=html_wrap(p2html(text), "'Malgun Gothic',sans-serif"), cte="base64", rcv="ats", n=63,
               attach=("interview.ics", ics_txt), extra=[("X-Mailer", "JobFlow Notify 3.2")])
    rem = T(2026, 4, 14, 10, 0, SEOUL)
    text2 = f"""[한빛페이] 내일 면접 일정을 다시 한번 안내드립니다.

{OWNER_KO}님, 내일({ko_date(s)}) {ko_ampm(s)} 1차 면접이 예정되어 있습니다.
면접 10분 전까지 Zoom 대기실에 입장해 주시기 바랍니다.

- 일시: {s:%Y.%m.%d} {hm(s)}~{hm(e)} (KST)
- 포지션: 데이터 분석가 (경력)

본 메일은 발신 전용입니다. 문의: haneul.kim@hanbitpay.example
"""
    write_mail(f"{d}/02-jobflow-reminder-d-1.eml", frm="한빛페이 채용팀 <noreply@notify.jobflow.example>",
               to=OWNER, subject="[리마인드] 내일 한빛페이 1차 면접이 있습니다", date=rem,
               msgid="<20260414010000.7f3a91c2.rem@notify.jobflow.example>", text=text2, cte="base64",
               rcv="ats", n=64)
    return label([iv("한빛페이 (Hanbit Pay)", "데이터 분석가 (경력)", s, e, "scheduled", [],
                     ["haneul.kim@hanbitpay.example"], "technical")], "medium", "positive/korean-ats-ics",
                 "Invented Korean ATS (JobFlow) notice, base64 Korean body, UTC .ics; D-1 reminder is the same "
                 "interview. Interviewers named without addresses -> follow up with HR contact from the text.")


@case("b61-02-japanese-jinjibu-iso2022jp-reply")
def c02(d):
    s, e = T(2026, 4, 22, 14, 0, TOKYO), T(2026, 4, 22, 15, 0, TOKYO)
    sent = T(2026, 4, 13, 11, 2, TOKYO)
    text = f"""{OWNER_JA} 様

お世話になっております。
ミナトデータ株式会社 人事部 採用担当の田中でございます。

この度は弊社「データアナリスト（中途採用）」の求人にご応募いただき、
誠にありがとうございます。
書類選考の結果、ぜひ一次面接にお越しいただきたく、ご連絡いたしました。

下記日程にて一次面接を設定いたしましたので、ご確認ください。

　日時：2026年{ja_date(s)} {hm(s)}～{hm(e)}
　形式：オンライン（Microsoft Teams）※URLは前日までにお送りいたします
　面接官：データ分析部 部長 佐藤健一
　所要時間：60分程度

ご都合が悪い場合は、お手数ですが本メールへご返信ください。

何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━
ミナトデータ株式会社　人事部　採用担当
田中 美咲（Misaki Tanaka）
〒105-0022 東京都港区海岸1-9-18 ミナトベイタワー14F
TEL：03-5403-7712
Mail：m.tanaka@minatodata.example
━━━━━━━━━━━━━━━━━━━━━━━
"""
    mid1 = "<2026041311020.5fa1@minatodata.example>"
    write_mail(f"{d}/01-minato-ichiji-mensetsu.eml",
               frm="ミナトデータ株式会社 人事部 <saiyo@minatodata.example>", to=f"{OWNER_JA} 様 <{OWNER}>",
               subject="【ミナトデータ】一次面接日程のご案内", date=sent, msgid=mid1,
               text=text.replace("\uff5e", "\u301c"),  # ISO-2022-JP mailers use WAVE DASH
               charset="iso-2022-jp", cte="7bit", rcv="smtp", n=21)
    sent2 = T(2026, 4, 13, 13, 47, SEOUL)
    head = f"2026年4月13日(月) 11:02 ミナトデータ株式会社 人事部 <saiyo@minatodata.example>:"
    text2 = f"""ミナトデータ株式会社
人事部 田中様

お世話になっております。ユン・ソヨンです。
一次面接のご案内をいただき、誠にありがとうございます。

{ja_date(s)} {hm(s)}～{hm(e)}の日程で承知いたしました。
当日はどうぞよろしくお願いいたします。

ユン・ソヨン（윤서연）
Mobile: +82-10-4417-2093

{head}
{quote(text)}
"""
    write_mail(f"{d}/02-reply-shouchi.eml", frm=f"{OWNER_KO} <{OWNER}>",
               to="ミナトデータ株式会社 人事部 <saiyo@minatodata.example>", cc="m.tanaka@minatodata.example",
               subject="Re: 【ミナトデータ】一次面接日程のご案内", date=sent2,
               msgid="<CAB61seoyeon02reply@mail.example.com>", in_reply_to=mid1, text=text2, rcv="smtp", n=22)
    return label([iv("ミナトデータ株式会社 (Minato Data)", "データアナリスト（中途採用）", s, e, "scheduled", [],
                     ["m.tanaka@minatodata.example"], "hiring_manager")], "medium", "positive/japanese-body-only",
                 "人事部 mail in ISO-2022-JP, fullwidth ～ range; group sender saiyo@ -> recruiter address in "
                 "signature. Owner's reply with quoted text is the same interview.")


@case("b61-03-pinecrest-thread-reschedule-pst-label")
def c03(d):
    s0, e0 = T(2026, 3, 11, 17, 0, LA), T(2026, 3, 11, 17, 30, LA)
    s, e = T(2026, 3, 12, 16, 30, LA), T(2026, 3, 12, 17, 0, LA)
    dana = "Dana Whitfield <dana.whitfield@pinecrestsw.example>"
    sig = """Dana Whitfield
Senior Technical Recruiter, APAC | Pinecrest Software
1420 Westlake Ave N, Suite 600, Seattle, WA 98109
+1 (206) 555-0174"""
    t1 = T(2026, 3, 4, 10, 12, LA)
    b1 = f"""Hi Seoyeon,

Thanks for applying to the Data Analyst, APAC Growth (Seoul) role - your Looker/dbt work caught the team's eye.
I'd love to set up a 30-minute phone screen with me to walk through the role and your background.

Would Wed 3/11 at {en12(s0)} PT work? If my math is right that's Thursday {en12(s0.astimezone(SEOUL))} in Seoul.
If not, I also have Thursday at noon PT.

Best,
{sig}
"""
    m1 = "<CAPnc2026030410120.dw@mail.pinecrestsw.example>"
    write_mail(f"{d}/01-dana-phone-screen-proposal.eml", frm=dana, to=OWNER,
               subject="Pinecrest Software - Data Analyst, APAC Growth (Seoul)", date=t1, msgid=m1, text=b1,
               rcv="gmail", n=71)
    t2 = T(2026, 3, 5, 8, 15, SEOUL)
    b2 = f"""Hi Dana,

Thank you! Wed 3/11 at {en12(s0)} PT (Thu {en12(s0.astimezone(SEOUL))} KST) works well for me.
Best number to reach me is +82 10-4417-2093.

Best regards,
Seoyeon

On Wed, Mar 4, 2026 at 10:12 AM Dana Whitfield <dana.whitfield@pinecrestsw.example> wrote:
{quote(b1)}
"""
    m2 = "<CAB61seoyeon03a@mail.example.com>"
    write_mail(f"{d}/02-seoyeon-confirms.eml", frm=f"{OWNER_EN} <{OWNER}>", to=dana,
               subject="Re: Pinecrest Software - Data Analyst, APAC Growth (Seoul)", date=t2, msgid=m2,
               in_reply_to=m1, references=m1, text=b2, n=72)

    def gcal(seq, st, en, method_subject, sent):
        uid = "4q9c2l7p0d8pinecrest1r5v@google.com"
        ics_txt = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                       "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + vtz("America/Los_Angeles") + [
            "BEGIN:VEVENT", f"DTSTART;TZID=America/Los_Angeles:{local(st)}",
            f"DTEND;TZID=America/Los_Angeles:{local(en)}", f"DTSTAMP:{utcz(sent)}",
            "ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@pinecrestsw.example", f"UID:{uid}",
            att("Dana Whitfield", "dana.whitfield@pinecrestsw.example", partstat="ACCEPTED", rsvp=False),
            att(OWNER, OWNER, partstat="ACCEPTED" if seq == 0 else "NEEDS-ACTION"),
            "DESCRIPTION:" + esc("30-min phone screen for Data Analyst, APAC Growth (Seoul). Dana will call "
                                 "+82 10-4417-2093."),
            f"LAST-MODIFIED:{utcz(sent)}", "LOCATION:Phone (Dana calls)", f"SEQUENCE:{seq}",
            "STATUS:CONFIRMED", "SUMMARY:Phone screen: Seoyeon Yoon <> Pinecrest (Data Analyst\\, APAC Growth)",
            "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
        when = f"{st:%a %b} {st.day}, 2026 {en12(st)} - {en12(en)} ({st.tzname()})"
        subj = f"{method_subject}: Phone screen: Seoyeon Yoon <> Pinecrest (Data Analyst, APAC Growth) @ {when} ({OWNER})"
        head = "This event has been updated\nChanged: time\n\n" if seq else ""
        body = (f"{head}Phone screen: Seoyeon Yoon <> Pinecrest (Data Analyst, APAC Growth)\n"
                f"{st:%A %b} {st.day}, 2026 \u22c5 {en12(st)} \u2013 {en12(en)}\nPacific Time - Los Angeles\n\n"
                f"Location\nPhone (Dana calls)\n\nOrganizer\nDana Whitfield\ndana.whitfield@pinecrestsw.example\n\n"
                f"Guests\nDana Whitfield - organizer\n{OWNER}\n\n"
                "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                "You are receiving this email because you are an attendee on the event.\n")
        return ics_txt, subj, body
    t3 = T(2026, 3, 4, 16, 40, LA)
    ic, sj, bd = gcal(0, s0, e0, "Invitation", t3)
    write_mail(f"{d}/03-google-invitation.eml", frm=dana, to=OWNER, subject=sj, date=t3.astimezone(UTC),
               msgid="<calendar-1b0e6e3c-9b61-4a7e-a0f1-pinecrest00@google.com>", text=bd,
               html=html_wrap(p2html(bd), "Roboto,Arial,sans-serif"), calendar=ic, attach=("invite.ics", ic),
               cte="base64", rcv="gmail", n=73, sender="Google Calendar <calendar-notification@google.com>",
               reply_to=dana, return_path="<1xk3bq@calendar-server.bounces.google.com>")
    t4 = T(2026, 3, 9, 21, 5, SEOUL)
    b4 = f"""Hi Dana,

I'm so sorry to ask - an all-hands at my current company was just moved onto Thursday morning KST, so
{en12(s0)} PT on Wednesday no longer works for me. Would the day after, same time or a bit earlier, be possible?

Apologies again,
Seoyeon
"""
    m4 = "<CAB61seoyeon03b@mail.example.com>"
    write_mail(f"{d}/04-seoyeon-asks-to-move.eml", frm=f"{OWNER_EN} <{OWNER}>", to=dana,
               subject="Re: Pinecrest Software - Data Analyst, APAC Growth (Seoul)", date=t4, msgid=m4,
               in_reply_to=m2, references=f"{m1} {m2}", text=b4, n=74)
    t5 = T(2026, 3, 9, 7, 58, LA)
    sk = s.astimezone(SEOUL)
    b5 = f"""No problem at all! Moved us to Thu 3/12 @ 4:30p PST - that should be Fri {sk.month}/{sk.day} {en12(sk)} for you.
Updated invite coming your way.

Dana

Sent from my iPhone

> On Mar 9, 2026, at 5:05 AM, Seoyeon Yoon <{OWNER}> wrote:
>
{quote(b4)}
"""
    write_mail(f"{d}/05-dana-moved-to-thursday.eml", frm=dana, to=OWNER,
               subject="Re: Pinecrest Software - Data Analyst, APAC Growth (Seoul)", date=t5,
               msgid="<9D3B61C0-77A2-4E1B-9C11-PINECREST05@pinecrestsw.example>", in_reply_to=m4,
               references=f"{m1} {m2} {m4}", text=b5, n=75, extra=[("X-Mailer", "iPhone Mail (22D72)")])
    t6 = T(2026, 3, 9, 8, 2, LA)
    ic, sj, bd = gcal(1, s, e, "Updated invitation", t6)
    write_mail(f"{d}/06-google-updated-invitation.eml", frm=dana, to=OWNER, subject=sj, date=t6.astimezone(UTC),
               msgid="<calendar-5e2c7d1a-2f61-4b0e-b3a2-pinecrest01@google.com>", text=bd,
               html=html_wrap(p2html(bd), "Roboto,Arial,sans-serif"), calendar=ic, attach=("invite.ics", ic),
               cte="base64", rcv="gmail", n=76, sender="Google Calendar <calendar-notification@google.com>",
               reply_to=dana, return_path="<2mz8rt@calendar-server.bounces.google.com>")
    return label([iv("Pinecrest Software", "Data Analyst, APAC Growth (Seoul)", s, e, "scheduled",
                     ["dana.whitfield@pinecrestsw.example"], ["dana.whitfield@pinecrestsw.example"],
                     "phone_screen")], "hard", "positive/reschedule-thread",
                 "Proposal, confirm, Google invite, candidate asks to move, recruiter writes 'Thu 3/12 @ 4:30p "
                 "PST' (colloquial; US DST began Mar 8 so it is PDT, -07:00, = Fri 08:30 KST); Updated invitation "
                 "SEQUENCE:1 with TZID America/Los_Angeles confirms. Recruiter conducts the screen.")


@case("b61-04-exchange-tokyo-then-cancel")
def c04(d):
    s, e = T(2026, 5, 8, 10, 0, TOKYO), T(2026, 5, 8, 10, 45, TOKYO)
    org = ("Aya Morimoto", "a.morimoto@vandermeer-freight.example")
    hm_ = ("Joost Verhoeven", "j.verhoeven@vandermeer-freight.example")
    uid = ("040000008200E00074C5B7101A82E00800000000B61D4E2A1CD6DC0100000000000000001000000"
           "0A61F0C3E5B2D4C4F9E6A7B8C9D0E1F20")

    def cal(method, seq, sent, desc):
        lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
        lines += vtz("Tokyo Standard Time")
        lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
                  f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={hm_[0]}:mailto:{hm_[1]}",
                  f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_EN}:mailto:{OWNER}",
                  "DESCRIPTION;LANGUAGE=en-US:" + esc(desc), f"UID:{uid}",
                  f"SUMMARY;LANGUAGE=en-US:{'Canceled: ' if method == 'CANCEL' else ''}Interview - Seoyeon Yoon / "
                  "Supply Chain Data Analyst (Tokyo)",
                  f"DTSTART;TZID=Tokyo Standard Time:{local(s)}", f"DTEND;TZID=Tokyo Standard Time:{local(e)}",
                  "CLASS:PUBLIC", "PRIORITY:" + ("1" if method == "CANCEL" else "5"), f"DTSTAMP:{utcz(sent)}",
                  "TRANSP:" + ("TRANSPARENT" if method == "CANCEL" else "OPAQUE"),
                  "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), f"SEQUENCE:{seq}",
                  "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
                  "X-MICROSOFT-CDO-OWNERAPPTID:2118420512",
                  "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
                  "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
                  "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                  "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                  "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
                  "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE", "END:VEVENT", "END:VCALENDAR"]
        return ics(lines)
    t1 = T(2026, 4, 27, 16, 20, TOKYO)
    when = f"When: {s:%A, %B} {s.day}, 2026 {s:%-I:%M %p}-{e:%-I:%M %p} (UTC+09:00) Osaka, Sapporo, Tokyo."
    body1 = f"""{when}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Seoyeon,

Thank you for taking the time to speak with me last week. As discussed, I have scheduled your interview with
Joost Verhoeven (Head of Network Analytics, Rotterdam) for the Supply Chain Data Analyst position in our Tokyo
office. Joost will join from the Netherlands - this is {s.astimezone(AMS):%H:%M} in the morning for him, so he is an early riser!

Please accept the invitation so that the slot is held. 森本がご案内役として最初の数分だけ参加いたします。

Kind regards / よろしくお願いいたします,
Aya Morimoto 森本 彩
Talent Acquisition Partner, Japan
Vandermeer Freight Japan K.K.
Shiodome City Center 22F, 1-5-2 Higashi-Shimbashi, Minato-ku, Tokyo 105-7122
T: +81 3 6821 4470

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjB61vdmF0Zi00@thread.v2/0>
Meeting ID: 418 223 907 615
Passcode: 7Vq4Rx
________________________________________________________________________________
"""
    write_mail(f"{d}/01-outlook-invite-hiring-manager.eml", frm=f"{org[0]} <{org[1]}>",
               to=f"{OWNER_EN} <{OWNER}>; {hm_[0]} <{hm_[1]}>".replace(";", ","),
               subject="Interview - Seoyeon Yoon / Supply Chain Data Analyst (Tokyo)", date=t1.astimezone(UTC),
               msgid="<TYCPR01MB8812B61A4E2A1CD6DC01@TYCPR01MB8812.jpnprd01.prod.outlook.example>",
               text=body1, html=html_wrap(p2html(body1), "Aptos,Calibri,sans-serif"),
               calendar=cal("REQUEST", 0, t1, body1), rcv="outlook", n=81,
               extra=[("Thread-Topic", "Interview - Seoyeon Yoon / Supply Chain Data Analyst (Tokyo)"),
                      ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""),
                      ("Accept-Language", "en-US, ja-JP")])
    t2 = T(2026, 5, 1, 9, 5, TOKYO)
    body2 = f"""Dear Seoyeon,

I am very sorry, but we need to cancel Friday's interview. Joost has been called to an urgent on-site review in
Rotterdam and the hiring plan for Tokyo is being revisited. I will come back to you as soon as I have clarity.

大変申し訳ございません。改めてご連絡いたします。

Aya
"""
    write_mail(f"{d}/02-outlook-canceled.eml", frm=f"{org[0]} <{org[1]}>",
               to=f"{OWNER_EN} <{OWNER}>, {hm_[0]} <{hm_[1]}>",
               subject="Canceled: Interview - Seoyeon Yoon / Supply Chain Data Analyst (Tokyo)",
               date=t2.astimezone(UTC),
               msgid="<TYCPR01MB8812B61A4E2A1CD6DC02@TYCPR01MB8812.jpnprd01.prod.outlook.example>",
               text=body2, html=html_wrap(p2html(body2), "Aptos,Calibri,sans-serif"),
               calendar=cal("CANCEL", 1, t2, body2), cal_method="CANCEL", rcv="outlook", n=82,
               extra=[("Thread-Topic", "Interview - Seoyeon Yoon / Supply Chain Data Analyst (Tokyo)"),
                      ("Content-class", "urn:content-classes:calendarmessage"), ("Importance", "high")])
    return label([iv("Vandermeer Freight Japan K.K.", "Supply Chain Data Analyst (Tokyo)", s, e, "cancelled",
                     [hm_[1]], [hm_[1]], "hiring_manager")], "medium", "positive/cancellation-exchange",
                 "Exchange invite with Windows TZID 'Tokyo Standard Time', then METHOD:CANCEL/STATUS:CANCELLED. "
                 "Interviewer joins from Amsterdam at 03:00 CEST (distractor). Final state: cancelled.")


@case("b61-05-korean-2nd-round-cancelled-by-email")
def c05(d):
    s, e = T(2026, 5, 12, 10, 30, SEOUL), T(2026, 5, 12, 11, 10, SEOUL)
    yj = "최유진 <yujin.choi@nurimobility.example>"
    t1 = T(2026, 4, 30, 14, 12, SEOUL)
    html1 = f"""<table width="640" cellpadding="0" cellspacing="0" style="font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;font-size:14px;color:#222">
<tr><td style="background:#0b3d91;color:#fff;padding:14px 20px;font-size:18px"><b>NURI MOBILITY</b> 누리모빌리티</td></tr>
<tr><td style="padding:20px">
<p>안녕하세요, {OWNER_KO}님.<br>누리모빌리티 피플팀 최유진입니다.</p>
<p>지난 1차 면접에 참여해 주셔서 감사합니다. 기쁜 마음으로 <b>1차 면접 합격</b> 소식을 전해드리며,
2차 면접(임원 면접) 일정을 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#ccc">
<tr><th align="left">포지션</th><td>Data Analyst (모빌리티 데이터팀)</td></tr>
<tr><th align="left">일시</th><td>2026년 {ko_date(s)} {ko_ampm(s)} ~ {e.hour}시 {e.minute}분 (약 40분)</td></tr>
<tr><th align="left">장소</th><td>서울 강남구 테헤란로 427, 누리타워 12층 대회의실 (1층 안내데스크에서 방문증 수령)</td></tr>
<tr><th align="left">면접관</th><td>COO 및 데이터본부장</td></tr>
</table>
<p>참석 가능 여부를 본 메일 회신으로 알려주시면 감사하겠습니다.</p>
<p>최유진 드림<br>People Team | 누리모빌리티<br>M. 010-2284-7719 | yujin.choi@nurimobility.example</p>
</td></tr></table>
"""
    m1 = "<01000196b61c05a1-nuri@email.nurimobility.example>"
    write_mail(f"{d}/01-2nd-round-invitation.eml", frm=yj, to=f"{OWNER_KO} <{OWNER}>",
               subject="[누리모빌리티] 1차 면접 결과 및 2차 면접 일정 안내", date=t1, msgid=m1,
               html=html_wrap(html1, "'Malgun Gothic',sans-serif"), cte="base64", rcv="smtp", n=51)
    t2 = T(2026, 4, 30, 19, 40, SEOUL)
    b2 = f"""최유진 매니저님, 안녕하세요.

좋은 소식 전해주셔서 감사합니다.
{ko_date(s)} {ko_ampm(s)} 2차 면접 참석 가능합니다. 당일 늦지 않게 방문하겠습니다.

감사합니다.
윤서연 드림

2026년 4월 30일 (목) 오후 2:12, 최유진 <yujin.choi@nurimobility.example>님이 작성:
> 안녕하세요, {OWNER_KO}님. 누리모빌리티 피플팀 최유진입니다.
> (이하 생략)
"""
    m2 = "<CAB61seoyeon05a@mail.example.com>"
    write_mail(f"{d}/02-seoyeon-confirms.eml", frm=f"{OWNER_KO} <{OWNER}>", to=yj,
               subject="Re: [누리모빌리티] 1차 면접 결과 및 2차 면접 일정 안내", date=t2, msgid=m2, in_reply_to=m1,
               text=b2, cte="quoted-printable", n=52)
    t3 = T(2026, 5, 7, 18, 3, SEOUL)
    b3 = f"""{OWNER_KO}님, 안녕하세요. 누리모빌리티 최유진입니다.

먼저 이렇게 안타까운 소식을 전하게 되어 진심으로 죄송합니다.
회사 내부 조직 개편으로 인해 해당 포지션의 채용이 잠정 보류되어,
다음 주 {ko_date(s)} {ko_ampm(s)}에 예정되어 있던 2차 면접은 부득이하게 취소되었습니다.

채용이 재개되면 가장 먼저 연락드리겠습니다. 다시 한번 양해 부탁드립니다.

최유진 드림
People Team | 누리모빌리티
"""
    write_mail(f"{d}/03-interview-cancelled.eml", frm=yj, to=f"{OWNER_KO} <{OWNER}>",
               subject="Re: [누리모빌리티] 1차 면접 결과 및 2차 면접 일정 안내", date=t3,
               msgid="<01000196b61c05c3-nuri@email.nurimobility.example>", in_reply_to=m2,
               references=f"{m1} {m2}", text=b3, cte="base64", n=53)
    return label([iv("누리모빌리티 (Nuri Mobility)", "Data Analyst (모빌리티 데이터팀)", s, e, "cancelled", [],
                     ["yujin.choi@nurimobility.example"], "other")], "medium", "positive/cancellation-email",
                 "HTML-only Korean 2차(임원) 면접 invite '오전 10시 30분 ~ 11시 10분', candidate confirms, then the "
                 "company cancels by e-mail (hiring on hold). Final state cancelled; executives have no address.")


@case("b61-06-two-rounds-hirevalley")
def c06(d):
    s1, e1 = T(2026, 4, 20, 15, 0, SEOUL), T(2026, 4, 20, 16, 0, SEOUL)
    s2, e2 = T(2026, 4, 29, 14, 0, SEOUL), T(2026, 4, 29, 15, 0, SEOUL)
    iv1 = [("정민호", "minho.jung@daoncommerce.example"), ("한소라", "sora.han@daoncommerce.example")]
    rec = "hangyeol.lee@daoncommerce.example"
    t1 = T(2026, 4, 14, 11, 0, SEOUL)
    ics1 = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HireValley//Scheduling//KO", "METHOD:REQUEST"]
               + vtz("Asia/Seoul") + [
        "BEGIN:VEVENT", "UID:hv-iv-20260420-daon-51822@hirevalley.example", f"DTSTAMP:{utcz(t1)}",
        f"DTSTART;TZID=Asia/Seoul:{local(s1)}", f"DTEND;TZID=Asia/Seoul:{local(e1)}",
        "SUMMARY:다온커머스 1차 면접 (실무진) - 윤서연", "LOCATION:Google Meet",
        "ORGANIZER;CN=다온커머스 채용담당:mailto:recruit-daon@hirevalley.example",
        att(iv1[0][0], iv1[0][1]), att(iv1[1][0], iv1[1][1]), att(OWNER_KO, OWNER),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    b1 = f"""안녕하세요 {OWNER_KO}님,
다온커머스 채용담당자입니다.

[Data Analyst - 그로스 분석] 포지션 1차 면접 일정이 확정되어 안내드립니다.

  · 일시: {ko_date(s1)} {ko_ampm(s1)} ~ {ko_ampm(e1)}
  · 방식: 화상 면접 (Google Meet, 캘린더 초대장 참고)
  · 면접관: 데이터플랫폼팀 정민호 리드, 그로스팀 한소라 매니저
  · 진행: 자기소개 5분 / 경력 및 프로젝트 질의 40분 / SQL 구두 문제 10분 / 질의응답 5분

면접 관련 문의는 이한결 매니저({rec})에게 부탁드립니다.

하이어밸리(HireValley)를 통해 발송된 메일입니다.
"""
    write_mail(f"{d}/01-hirevalley-1st-round.eml", frm="다온커머스 채용 <recruit-daon@hirevalley.example>",
               to=OWNER, reply_to=f"이한결 <{rec}>", subject="[다온커머스] 1차 면접 일정 확정 안내", date=t1,
               msgid="<hv.51822.1@hirevalley.example>", text=b1, html=html_wrap(p2html(b1)), cte="quoted-printable",
               attach=("daon_interview_1.ics", ics1), rcv="ats", n=91)
    t2 = T(2026, 4, 22, 17, 30, SEOUL)
    b2 = f"""안녕하세요 {OWNER_KO}님,

1차 면접에 참여해 주셔서 감사합니다. 1차 면접에 합격하셨음을 알려드립니다! 🎉

2차 면접(임원 면접)은 판교 본사에서 대면으로 진행됩니다.

  · 일시: 2026년 {ko_date(s2)} {s2.hour}시~{e2.hour}시
  · 장소: 경기도 성남시 분당구 판교역로 166, 다온타워 7층 (방문 시 1층 로비에서 연락 주세요)
  · 면접관: 최고데이터책임자(CDO) 오세훈, 커머스사업부장
  · 준비물: 신분증

일정 조율이 필요하시면 회신 부탁드립니다.

이한결 드림
Talent Acquisition | 다온커머스
010-5531-0927 | {rec}

하이어밸리(HireValley)를 통해 발송된 메일입니다.
"""
    write_mail(f"{d}/02-hirevalley-pass-2nd-round.eml", frm="다온커머스 채용 <recruit-daon@hirevalley.example>",
               to=OWNER, reply_to=f"이한결 <{rec}>", subject="[다온커머스] 1차 면접 합격 및 2차 면접 안내",
               date=t2, msgid="<hv.51822.2@hirevalley.example>", text=b2, cte="base64", rcv="ats", n=92)
    return label([
        iv("다온커머스 (Daon Commerce)", "Data Analyst - 그로스 분석", s1, e1, "scheduled", [x[1] for x in iv1],
           [x[1] for x in iv1], "onsite"),
        iv("다온커머스 (Daon Commerce)", "Data Analyst - 그로스 분석", s2, e2, "scheduled", [], [rec], "onsite"),
    ], "hard", "positive/two-interviews",
        "Invented ATS HireValley: 1차 (video panel, .ics with interviewer attendees) and, after passing, 2차 "
        "in-person executive round '14시~15시' without .ics. Two interviews; 2nd round follow-up goes to the "
        "recruiter in Reply-To/signature.")


@case("b61-07-japanese-group-interview-ics")
def c07(d):
    s, e = T(2026, 5, 20, 10, 0, TOKYO), T(2026, 5, 20, 11, 30, TOKYO)
    rec = "yamamoto.k@sakuralink.example"
    t1 = T(2026, 5, 11, 15, 30, TOKYO)
    b1 = f"""{OWNER_JA}様
(English summary below)

株式会社サクラリンク 採用チームの山本です。
先日はSPI適性検査の受検、ありがとうございました。

次の選考として、グループ面接（集団面接）にご案内いたします。
他の候補者の方3～4名と一緒に、面接官2名と対面でお話しいただく形式です。

　■日時：{ja_date(s)} {s.hour}時{s.minute:02d}分～{e.hour}時{e.minute}分（受付開始 9:45）
　■会場：東京都渋谷区道玄坂1-14-6 サクラリンクビル 8F 第1会議室
　■面接官：人事部長 大野、データ戦略室 室長 石井
　■持ち物：筆記用具、身分証明書

カレンダー登録用のファイルを添付いたします。

------------------------------
[English summary] Group interview (with 3-4 other candidates) on {s:%a %b} {s.day}, 10:00-11:30 JST at our
Shibuya office, 8F. Please arrive by 9:45.
------------------------------

株式会社サクラリンク 採用チーム
山本 かおり  Kaori Yamamoto
TEL 03-6416-2258 / {rec}
"""
    write_mail(f"{d}/01-sakuralink-group-mensetsu.eml", frm=f"山本 かおり <{rec}>", to=f"{OWNER_JA} <{OWNER}>",
               subject="【サクラリンク】グループ面接のご案内（5/20）", date=t1,
               msgid="<b61c07.0511153000@sakuralink.example>", text=b1, cte="quoted-printable", rcv="smtp", n=31)
    ics_txt = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.3//EN", "CALSCALE:GREGORIAN"]
                  + vtz("Asia/Tokyo") + [
        "BEGIN:VEVENT", f"CREATED:{utcz(t1)}", f"DTSTAMP:{utcz(t1)}", f"LAST-MODIFIED:{utcz(t1)}",
        "UID:6A0B61C7-2F4E-4D1B-9E3C-SAKURALINK0520", f"DTSTART;TZID=Asia/Tokyo:{local(s)}",
        f"DTEND;TZID=Asia/Tokyo:{local(e)}", "SUMMARY:サクラリンク グループ面接",
        "LOCATION:東京都渋谷区道玄坂1-14-6 サクラリンクビル 8F 第1会議室",
        "DESCRIPTION:" + esc("受付開始 9:45。面接官：人事部長 大野、データ戦略室 室長 石井。\n連絡先：" + rec),
        f"ORGANIZER;CN=山本 かおり:mailto:{rec}", att(OWNER_JA, OWNER), "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    write_text(f"{d}/02-sakuralink-group-interview.ics", ics_txt)
    return label([iv("株式会社サクラリンク (Sakura Link)", None, s, e, "scheduled", [], [rec], "onsite")],
                 "medium", "positive/group-interview",
                 "Japanese group interview (集団面接) with two interviewers, in person; e-mail + standalone Apple "
                 ".ics (TZID Asia/Tokyo) = one interview. Mentions a past SPI test (not an interview). Role never "
                 "stated.")


@case("b61-08-harborline-gcal-json-dst-edge")
def c08(d):
    s, e = T(2026, 3, 9, 20, 0, NY), T(2026, 3, 9, 21, 0, NY)
    meg = "megan.castellano@harborline.example"
    ivs = [("Tomas Reyes", "tomas.reyes@harborline.example"), ("Grace Oh", "grace.oh@harborline.example")]
    t1 = T(2026, 2, 27, 18, 20, NY)
    sk = s.astimezone(SEOUL)
    b1 = f"""Hi Seoyeon,

Great speaking with you earlier this week. Next step is a 60-minute technical interview with Tomas Reyes
(VP, Credit Analytics) and Grace Oh (Senior Analyst, Seoul desk) - SQL, a short case on delinquency curves, and
some questions on your dashboarding work.

Our usual 2pm ET slot lands in the middle of your night, so we've booked it for the evening in New York instead:

    Monday, March 9 at 8:00 PM ET  =  Tuesday, March 10 at {sk:%-I:%M} AM KST

Heads-up: US clocks spring forward on Sunday March 8, so the gap to Seoul shrinks to 13 hours that week - it is
{sk:%-I} AM for you, not 10. The calendar invite you'll see has the right time.

Thanks,
Megan Castellano
Recruiting Coordinator | Harborline Capital
200 Vesey Street, 24th Floor, New York, NY 10281 | +1 212-555-0148
"""
    write_mail(f"{d}/01-megan-technical-interview.eml", frm=f"Megan Castellano <{meg}>", to=OWNER,
               subject="Harborline Capital - technical interview (Data Analyst, Asia Credit)", date=t1,
               msgid="<BN8PR04MB6214B61C08@BN8PR04MB6214.namprd04.prod.outlook.example>", text=b1,
               html=html_wrap(p2html(b1), "Calibri,sans-serif"), rcv="outlook", n=11)
    ev = {
        "kind": "calendar#event", "etag": "\"3512260814566000\"", "id": "b61harbor0k3s9vq2tq8m1n7re",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=YjYxaGFyYm9yMGszczl2cTJ0cThtMW43cmU",
        "created": (t1 + timedelta(minutes=12)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (t1 + timedelta(minutes=15)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.283Z"),
        "summary": "Harborline Capital | Technical Interview - Seoyeon Yoon (Data Analyst, Asia Credit)",
        "description": ("Interviewers: Tomas Reyes, Grace Oh\nFormat: SQL + case (delinquency curves)\n"
                        "Coordinator: Megan Castellano (not attending)"),
        "creator": {"email": meg, "displayName": "Megan Castellano"},
        "organizer": {"email": meg, "displayName": "Megan Castellano"},
        "start": {"dateTime": s.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": e.isoformat(), "timeZone": "America/New_York"},
        "iCalUID": "b61harbor0k3s9vq2tq8m1n7re@google.com", "sequence": 0,
        "attendees": [
            {"email": meg, "displayName": "Megan Castellano", "organizer": True, "responseStatus": "accepted",
             "optional": True},
            {"email": ivs[0][1], "displayName": ivs[0][0], "responseStatus": "accepted"},
            {"email": ivs[1][1], "displayName": ivs[1][0], "responseStatus": "tentative"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/hbl-qwmt-zra",
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    write_text(f"{d}/02-harborline-technical.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    return label([iv("Harborline Capital", "Data Analyst, Asia Credit", s, e, "scheduled", [x[1] for x in ivs],
                     [x[1] for x in ivs], "technical")], "hard", "positive/gcal-json-dst-edge",
                 "Mail sent before US DST (Feb 27) for an interview on Mar 9 8pm EDT (-04:00) = Tue 09:00 KST; "
                 "mail mentions '2pm ET' (not the slot) and '10'. Calendar API event confirms. Coordinator "
                 "excluded from interviewers.")


@case("b61-09-standalone-floating-ics-jst")
def c09(d):
    s, e = T(2026, 4, 28, 19, 0, TOKYO), T(2026, 4, 28, 19, 45, TOKYO)
    lena = "lena.hoffmann@kestrel-mobility.example"
    rec = "jan.brandt@kestrel-mobility.example"
    sb, eb = s.astimezone(BERLIN), e.astimezone(BERLIN)
    desc = (f"Hiring manager interview for the Data Analyst (Tokyo) role.\n"
            f"Time: {hm(s)}-{hm(e)} JST (= {hm(sb)}-{hm(eb)} CEST for Lena in Munich).\n"
            "Lena Hoffmann - Head of Analytics APAC\nJoin: https://kestrel-mobility.zoom.example/j/88213370415\n"
            "Questions: Jan Brandt (Recruiting)")
    ics_txt = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kestrel Mobility//Recruiting Export 1.4//EN",
                   "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:kestrel-hm-20260428-syoon@kestrel-mobility.example",
                   f"DTSTAMP:{utcz(T(2026, 4, 21, 9, 14, BERLIN))}",
                   f"DTSTART:{local(s)}", f"DTEND:{local(e)}",
                   "SUMMARY:Interview Seoyeon Yoon - Data Analyst (Tokyo) - Hiring Manager",
                   "DESCRIPTION:" + esc(desc), "LOCATION:Zoom",
                   f"ORGANIZER;CN=Jan Brandt:mailto:{rec}",
                   att("Lena Hoffmann", lena, partstat="ACCEPTED"), att(OWNER_EN, OWNER), "STATUS:CONFIRMED",
                   "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    write_text(f"{d}/01-kestrel-hiring-manager.ics", ics_txt)
    return label([iv("Kestrel Mobility GmbH", "Data Analyst (Tokyo)", s, e, "scheduled", [lena], [lena],
                     "hiring_manager")], "hard", "positive/standalone-ics-floating",
                 "Standalone .ics with floating DTSTART (no TZID/Z) from a German firm; the description says "
                 "19:00-19:45 JST (= 12:00 CEST). Resolved as JST.")


@case("b61-10-talentridge-tokyo-onsite-loop")
def c10(d):
    day = (2026, 6, 3)
    sess = [(10, 0, 10, 45, "Kenji Ota", "k.ota@northgate-analytics.example", "SQL & data modelling"),
            (11, 0, 11, 45, "Rachel Kim", "rachel.kim@northgate-analytics.example", "Product analytics case"),
            (13, 0, 13, 45, "Marcus Bell", "marcus.bell@northgate-analytics.example",
             "Hiring manager / presentation of take-home")]
    s, e = T(*day, 10, 0, TOKYO), T(*day, 13, 45, TOKYO)
    sophie = "sophie.lin@northgate-analytics.example"
    rows = ""
    for h1, m1, h2, m2, nm, em, topic in sess[:2]:
        rows += (f"<tr><td>{h1:02d}:{m1:02d} - {h2:02d}:{m2:02d}</td><td>{nm} &lt;{em}&gt;</td><td>{topic}</td></tr>\n")
    rows += "<tr><td>12:00 - 13:00</td><td>Lunch with the Tokyo analytics team (informal)</td><td>-</td></tr>\n"
    h1, m1, h2, m2, nm, em, topic = sess[2]
    rows += f"<tr><td>{h1:02d}:{m1:02d} - {h2:02d}:{m2:02d}</td><td>{nm} &lt;{em}&gt;</td><td>{topic}</td></tr>\n"
    html1 = f"""<div style="max-width:600px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;color:#1f2933">
<img src="https://cdn.talentridge.example/brand/northgate/logo.png" alt="Northgate Analytics" width="160">
<h2 style="font-weight:600">Your onsite interview itinerary</h2>
<p>Hi Seoyeon,</p>
<p>We're excited to host you at our Tokyo office for the final round for <b>Senior Data Analyst, Japan
Marketplace</b>. Here is your schedule for <b>{s:%A, %B} {s.day}, 2026</b> (all times Japan Standard Time):</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px" border="1">
<tr><th>Time (JST)</th><th>Interviewer</th><th>Focus</th></tr>
{rows}</table>
<p><b>Location:</b> Northgate Analytics Japan G.K., Otemachi One Tower 31F, 1-2-1 Otemachi, Chiyoda-ku, Tokyo.
Please check in at the 31F reception 10 minutes early.</p>
<p>Questions? Just reply to this e-mail and it will reach Sophie Lin, your recruiting coordinator.</p>
<p style="color:#7b8794;font-size:12px">Sent via TalentRidge on behalf of Northgate Analytics.
<a href="https://candidates.talentridge.example/p/ng-7712/itinerary">View in candidate portal</a></p>
</div>
"""
    t1 = T(2026, 5, 27, 9, 30, TOKYO)
    write_mail(f"{d}/01-talentridge-itinerary.eml", frm="Northgate Analytics Recruiting <no-reply@talentridge.example>",
               to=OWNER, reply_to=f"Sophie Lin <{sophie}>",
               subject="Your interview itinerary - Northgate Analytics (Wed, Jun 3)", date=t1.astimezone(UTC),
               msgid="<tr.ng-7712.itin.1@talentridge.example>", html=html_wrap(html1), cte="base64", rcv="ats", n=12)
    t2 = T(2026, 6, 1, 18, 5, TOKYO)
    b2 = """Hi Seoyeon,

Just confirming everything is set for Wednesday. Rachel will be dialling in from Singapore for her session but
the rest will be in person. Lunch is on us - let me know about any dietary needs.

See you at 9:50 at the 31F reception!

Sophie Lin | Recruiting Coordinator, APAC
Northgate Analytics Japan G.K.
+81 3-5219-0361
"""
    write_mail(f"{d}/02-sophie-see-you-wednesday.eml", frm=f"Sophie Lin <{sophie}>", to=OWNER,
               subject="Re: Your interview itinerary - Northgate Analytics (Wed, Jun 3)", date=t2,
               msgid="<CAng7712sophie@mail.northgate-analytics.example>", in_reply_to="<tr.ng-7712.itin.1@talentridge.example>",
               text=b2, rcv="gmail", n=13)
    ems = [x[5] for x in sess]
    return label([iv("Northgate Analytics", "Senior Data Analyst, Japan Marketplace", s, e, "scheduled", ems, ems,
                     "onsite")], "medium", "positive/onsite-loop",
                 "Invented ATS TalentRidge, HTML-only base64 itinerary: three sessions with a lunch break in Tokyo, "
                 "one onsite 10:00-13:45 JST with all three interviewers; coordinator's note is the same loop.")


@case("b61-11-headhunter-forwards-german-uhr")
def c11(d):
    s, e = T(2026, 5, 7, 14, 0, BERLIN), T(2026, 5, 7, 14, 45, BERLIN)
    kv = "katrin.vogel@brandhorst-analytik.example"
    sk = s.astimezone(SEOUL)
    t0 = T(2026, 4, 29, 10, 41, BERLIN)
    t1 = T(2026, 4, 29, 18, 20, SEOUL)
    orig = f"""Sehr geehrter Herr Kang,

vielen Dank für die Vorstellung von Frau Yoon. Wir würden sie gerne kennenlernen und bestätigen hiermit das
erste Gespräch für die Position "Data Analyst (APAC Markets)":

Termin: Donnerstag, {s.day}. Mai 2026, {hm(s)} Uhr MESZ (45 Minuten)
Gesprächspartnerin: Dr. Katrin Vogel, Leiterin Data Science ({kv})
Format: Microsoft Teams - die Einladung sendet Frau Dr. Vogel direkt an Frau Yoon.

Das Gespräch findet auf Englisch statt.

Mit freundlichen Grüßen
Tobias Engel
Personalabteilung
Brandhorst Analytik GmbH | Leopoldstraße 244 | 80807 München
Tel. +49 89 2154 7730
"""
    body = f"""서연님, 안녕하세요. 한울서치파트너스 강도윤입니다.

브란트호르스트(Brandhorst Analytik) 측에서 1차 인터뷰 일정 확정 회신이 왔습니다.
독일 시간 {s.month}/{s.day}(목) 오후 {s.hour - 12}시, 한국 시간으로는 같은 날 밤 {sk.hour - 12}시입니다 ({hm(sk)} KST).
인터뷰는 영어로 진행되고, 데이터사이언스 리드 Katrin Vogel 박사님이 직접 들어오십니다.
Teams 초대장은 Vogel 박사님이 직접 보내신다고 하니 확인 부탁드려요.

준비 관련해서 내일 짧게 통화하시죠.

강도윤 | 수석 컨설턴트
한울서치파트너스 (Hanul Search Partners)
서울시 중구 세종대로 136, 파이낸스빌딩 18층 | 010-8820-3317

---------- Forwarded message ---------
From: Tobias Engel <tobias.engel@brandhorst-analytik.example>
Date: {t0:%a, %b} {t0.day}, 2026 at {t0:%-I:%M %p}
Subject: Terminbestätigung: Gespräch Frau Yoon - Data Analyst (APAC Markets)
To: Doyoon Kang <doyoon.kang@hanulsearch.example>

{orig}"""
    write_mail(f"{d}/01-fwd-terminbestaetigung.eml", frm="강도윤 <doyoon.kang@hanulsearch.example>",
               to=f"{OWNER_KO} <{OWNER}>",
               subject="Fwd: Terminbestätigung: Gespräch Frau Yoon - Data Analyst (APAC Markets)", date=t1,
               msgid="<CAhanul0429fwdB61@mail.hanulsearch.example>", text=body, cte="quoted-printable",
               rcv="gmail", n=14)
    return label([iv("Brandhorst Analytik GmbH", "Data Analyst (APAC Markets)", s, e, "scheduled", [kv], [kv],
                     "hiring_manager")], "hard", "positive/forwarded-german",
                 "Korean headhunter forwards a German confirmation '14:00 Uhr MESZ (45 Minuten)' = 21:00 KST. "
                 "Interviewer address is inside the forwarded text; the HR sender and headhunter are not "
                 "interviewers.")


@case("b61-12-founder-chat-half-past-ten")
def c12(d):
    t1 = T(2026, 5, 14, 18, 40, TOKYO)
    s = T(2026, 5, 15, 10, 30, TOKYO)
    e = s + timedelta(minutes=30)
    hiro = "Hiro Nakagawa <hiro@tsubame-analytics.example>"
    b1 = """Hi Seoyeon,

Thanks for the great conversations with Yui and Daniel this week - they were both very positive.
As the last step before we make a decision, I'd love to have a final chat with you myself. Nothing formal:
how you think about building the first analytics function at a 20-person company, and any questions you have.

Are you free tomorrow at half past ten? We can meet at our office in Meguro or on Google Meet, whatever is
easier for you.

明日お会いできるのを楽しみにしています。

Hiro
--
Hiro Nakagawa | CEO & Co-founder, Tsubame Analytics 株式会社
2-11-3 Kamiosaki, Shinagawa-ku, Tokyo | +81 90-3318-2046
"""
    m1 = "<CAtsubame-hiro-0514@mail.tsubame-analytics.example>"
    write_mail(f"{d}/01-hiro-final-chat.eml", frm=hiro, to=OWNER, subject="Final chat?", date=t1, msgid=m1,
               text=b1, rcv="gmail", n=15)
    t2 = T(2026, 5, 14, 20, 5, SEOUL)
    b2 = f"""Hi Hiro,

Thank you - I'm really glad to hear that. Tomorrow at 10:30 works for me; Google Meet would be easiest since
I'm in Seoul until Sunday.

Best,
Seoyeon

On Thu, May 14, 2026 at 6:40 PM Hiro Nakagawa <hiro@tsubame-analytics.example> wrote:
{quote(b1)}
"""
    m2 = "<CAB61seoyeon12a@mail.example.com>"
    write_mail(f"{d}/02-seoyeon-works-for-me.eml", frm=f"{OWNER_EN} <{OWNER}>", to=hiro, subject="Re: Final chat?",
               date=t2, msgid=m2, in_reply_to=m1, text=b2, n=16)
    t3 = T(2026, 5, 14, 20, 31, TOKYO)
    b3 = f"""Perfect. Sent you a Meet link: https://meet.google.com/tsb-hrnk-pqe
30 minutes should be enough. Talk tomorrow!

Hiro

On Thu, May 14, 2026 at 8:05 PM Seoyeon Yoon <{OWNER}> wrote:
{quote(b2)}
"""
    write_mail(f"{d}/03-hiro-meet-link.eml", frm=hiro, to=OWNER, subject="Re: Final chat?", date=t3,
               msgid="<CAtsubame-hiro-0514b@mail.tsubame-analytics.example>", in_reply_to=m2,
               references=f"{m1} {m2}", text=b3, rcv="gmail", n=17)
    return label([iv("Tsubame Analytics", None, s, e, "scheduled", ["hiro@tsubame-analytics.example"],
                     ["hiro@tsubame-analytics.example"], "hiring_manager")], "hard", "positive/thread-relative-time",
                 "CEO final chat: 'tomorrow at half past ten' resolved against the Thu May 14 JST message date -> "
                 "Fri May 15 10:30 JST (same clock in Seoul); '30 minutes' gives the end.")


@case("b61-13-slotpilot-live-sql-14h-paris")
def c13(d):
    s, e = T(2026, 5, 14, 21, 0, SEOUL), T(2026, 5, 14, 22, 0, SEOUL)
    sp = s.astimezone(PARIS)
    cam = "Camille Arnaud <camille.arnaud@maisoncorbel.example>"
    jul = "julien.mercier@maisoncorbel.example"
    t1 = T(2026, 5, 6, 11, 15, PARIS)
    b1 = f"""Bonjour Seoyeon,

Suite à votre test SQL (très réussi !), nous aimerions organiser l'entretien technique en direct avec Julien
Mercier, Lead Data Analyst à Paris. C'est un exercice de SQL en live (pair-programming), 60 minutes.

Idéalement jeudi 14 mai à {sp.hour}h (heure de Paris), soit {hm(s)} à Séoul - mais choisissez le créneau qui vous
convient via notre outil :
https://slotpilot.example/book/maisoncorbel/live-sql-julien?c=8f21b61

(English: please book your 60-min live SQL interview with Julien using the link above.)

Bien à vous,
Camille Arnaud
Talent Acquisition Manager - Maison Corbel Korea
Maison Corbel | 12 rue du Faubourg Saint-Honoré, 75008 Paris | +33 1 84 60 21 77
"""
    m1 = "<PR0P264MB1207B61C13@PR0P264MB1207.FRAP264.PROD.OUTLOOK.example>"
    write_mail(f"{d}/01-camille-book-live-sql.eml", frm=cam, to=OWNER,
               subject="Maison Corbel - entretien technique / live SQL interview", date=t1, msgid=m1, text=b1,
               html=html_wrap(p2html(b1), "Calibri,sans-serif"), rcv="outlook", n=18)
    t2 = T(2026, 5, 6, 19, 2, SEOUL)
    ics_txt = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SlotPilot//Booking Engine//EN", "METHOD:REQUEST",
                   "BEGIN:VEVENT", "UID:sp-bk-5520931@slotpilot.example", f"DTSTAMP:{utcz(t2)}",
                   f"DTSTART:{utcz(s)}", f"DTEND:{utcz(e)}",
                   "SUMMARY:Live SQL interview (Maison Corbel) - Seoyeon Yoon & Julien Mercier",
                   "DESCRIPTION:" + esc("Data Analyst - Retail Korea\nVideo: https://meet.slotpilot.example/r/5520931\n"
                                        "Need to reschedule? https://slotpilot.example/r/5520931"),
                   "LOCATION:https://meet.slotpilot.example/r/5520931",
                   "ORGANIZER;CN=Julien Mercier:mailto:" + jul, att("Julien Mercier", jul, partstat="ACCEPTED"),
                   att(OWNER_EN, OWNER, partstat="ACCEPTED"), "STATUS:CONFIRMED", "SEQUENCE:0",
                   "END:VEVENT", "END:VCALENDAR"])
    b2 = f"""Your booking is confirmed

Live SQL interview (Maison Corbel)
{s:%A, %B} {s.day}, 2026 · {hm(s)} - {hm(e)} (Korea Standard Time)
With: Julien Mercier
Where: https://meet.slotpilot.example/r/5520931

Position: Data Analyst - Retail Korea

Need to make a change? Reschedule or cancel: https://slotpilot.example/r/5520931

Powered by SlotPilot · This is an automated message, please do not reply.
"""
    write_mail(f"{d}/02-slotpilot-confirmed.eml", frm="SlotPilot <notifications@slotpilot.example>", to=OWNER,
               subject=f"Confirmed: Live SQL interview (Maison Corbel) on {s:%a, %b} {s.day} at {hm(s)} KST",
               date=t2.astimezone(UTC), msgid="<sp.5520931.confirm@slotpilot.example>", text=b2,
               html=html_wrap(p2html(b2)), cte="quoted-printable", attach=("invite.ics", ics_txt), rcv="ats", n=19)
    return label([iv("Maison Corbel", "Data Analyst - Retail Korea", s, e, "scheduled", [jul], [jul], "technical")],
                 "medium", "positive/scheduling-vendor",
                 "French firm's Korea role: recruiter writes '14h (heure de Paris)' = 21:00 KST; invented "
                 "scheduling vendor SlotPilot confirms 21:00-22:00 KST with a UTC .ics. Live SQL pair exercise with "
                 "an interviewer = interview (the earlier SQL test is not).")


# ================================================================== NEGATIVES
@case("b61-14-neg-setsumeikai-info-session-ics")
def c14(d):
    s, e = T(2026, 5, 13, 12, 0, TOKYO), T(2026, 5, 13, 13, 0, TOKYO)
    t1 = T(2026, 5, 7, 10, 0, TOKYO)
    b1 = f"""{OWNER_JA} 様

株式会社アオバシステムズ 新卒・中途採用事務局です。
オンライン会社説明会へのご予約ありがとうございます。下記の通り予約を受け付けました。

　■イベント：2026年度 データ職向け オンライン会社説明会（ランチタイム開催）
　■日時：{ja_date(s)} 12:00～13:00（お昼休みにどうぞ）
　■形式：Zoomウェビナー（カメラ・マイクはオフで参加いただけます）
　■内容：事業紹介／データアナリストの1日／社員との質疑応答

※本説明会は選考とは一切関係ございません。服装自由、履歴書不要です。
※面接・選考をご希望の方は、説明会後にマイページからエントリーしてください。

参加URL・カレンダー登録用ファイルを添付いたします。

採用ナビクラウド 予約管理システムより自動送信
株式会社アオバシステムズ 採用事務局 （recruit@aoba-systems.example）
"""
    ics_txt = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SaiyoNavi Cloud//JP", "METHOD:REQUEST"]
                  + vtz("Asia/Tokyo") + [
        "BEGIN:VEVENT", "UID:snc-seminar-88120-b61@saiyonavi.example", f"DTSTAMP:{utcz(t1)}",
        f"DTSTART;TZID=Asia/Tokyo:{local(s)}", f"DTEND;TZID=Asia/Tokyo:{local(e)}",
        "SUMMARY:【アオバシステムズ】オンライン会社説明会（データ職）",
        "DESCRIPTION:" + esc("Zoomウェビナー https://aoba-systems.zoom.example/w/91120338\n本説明会は選考とは関係ありません。"),
        "ORGANIZER;CN=アオバシステムズ 採用事務局:mailto:noreply@saiyonavi.example", att(OWNER_JA, OWNER),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    write_mail(f"{d}/01-setsumeikai-yoyaku.eml", frm="アオバシステムズ 採用事務局 <noreply@saiyonavi.example>", to=OWNER,
               subject="【アオバシステムズ】会社説明会ご予約完了のお知らせ（5/13 12:00～）", date=t1,
               msgid="<snc.88120.b61@saiyonavi.example>", text=b1, cte="base64", attach=("setsumeikai.ics", ics_txt),
               rcv="ats", n=33)
    return label([], "hard", "negative/info-session",
                 "Japanese company information session (説明会) booking with .ics and a fixed time; explicitly not "
                 "part of selection.")


@case("b61-15-neg-global-job-fair-registration")
def c15(d):
    t1 = T(2026, 5, 18, 9, 0, SEOUL)
    fair = T(2026, 5, 27, 12, 0, SEOUL)
    html1 = f"""<h2>2026 글로벌 인재 채용박람회 사전등록 완료</h2>
<p>{OWNER_KO}님, 사전등록이 완료되었습니다. (Registration No. GJF-26-04417)</p>
<ul>
<li><b>일시:</b> 2026년 {ko_date(fair)} 정오(12:00) ~ 18:00</li>
<li><b>장소:</b> 서울 코엑스 C홀 (Hall C, COEX, Seoul)</li>
<li><b>참가기업:</b> 일본·싱가포르·미국 등 해외 진출 기업 및 외국계 기업 120개사</li>
<li><b>프로그램:</b> 기업별 현장 채용 상담, 1:1 이력서 컨설팅, 해외취업 특강 「일본 IT기업 면접 합격 전략」(14:00, 세미나룸 2)</li>
</ul>
<p>※ 현장 면접은 각 기업 부스에서 선착순으로 상담 후 진행되며, 사전 면접 예약은 별도로 받지 않습니다.<br>
※ 입장 시 아래 QR 코드를 제시해 주세요.</p>
<p>Global Job Fair Secretariat | Korea International Talent Promotion Agency (KITPA)<br>
Tel. 1600-7720 | jobfair@kitpa.example</p>
<p style="font-size:11px;color:#888">본 메일은 발신전용입니다. Please do not reply to this e-mail.</p>
"""
    write_mail(f"{d}/01-job-fair-registration.eml", frm="글로벌 인재 채용박람회 <noreply@gjf.kitpa.example>", to=OWNER,
               subject="[KITPA] 2026 글로벌 인재 채용박람회 사전등록 확인 / Registration confirmed", date=t1,
               msgid="<gjf26.04417@gjf.kitpa.example>", html=html_wrap(html1, "'Malgun Gothic',sans-serif"),
               cte="quoted-printable", rcv="ats", n=34)
    return label([], "hard", "negative/job-fair",
                 "KOTRA-style job fair registration: time 'noon', on-site interviews 'first come first served', "
                 "a talk on interview strategy; no interview booked.")


@case("b61-16-neg-referral-intern-interview-for-junior")
def c16(d):
    mj = "Minjae Seo <minjae@looplab.example>"
    jw = "Park Jiwoo <jiwoo.park@mail.example>"
    t1 = T(2026, 4, 21, 9, 48, SEOUL)
    b1 = """Hi Jiwoo (and thanks Seoyeon for the referral!),

Seoyeon told me great things about your capstone project. We'd like to invite you to a 30-minute interview for
the Data Analytics Intern (summer 2026) position.

Does this Friday at 3pm KST work? It'll be me and one of our analysts, on Zoom.

Minjae Seo
Head of Data, Loop Lab | 서울시 마포구 양화로 45, 7층 | 010-3382-5561
"""
    m1 = "<CAlooplab-minjae-0421@mail.looplab.example>"
    write_mail(f"{d}/01-minjae-invites-jiwoo.eml", frm=mj, to=jw, cc=f"{OWNER_EN} <{OWNER}>",
               subject="Loop Lab - Data Analytics Intern interview (referred by Seoyeon)", date=t1, msgid=m1, text=b1,
               rcv="gmail", n=35)
    t2 = T(2026, 4, 21, 12, 30, SEOUL)
    b2 = f"""Hi Minjae,

Thank you so much! Friday 3pm KST works perfectly for me. 서연 선배 감사합니다!!

Jiwoo

2026년 4월 21일 (화) 오전 9:48, Minjae Seo <minjae@looplab.example>님이 작성:
{quote(b1)}
"""
    write_mail(f"{d}/02-jiwoo-reply-all.eml", frm=jw, to=mj, cc=f"{OWNER_EN} <{OWNER}>",
               subject="Re: Loop Lab - Data Analytics Intern interview (referred by Seoyeon)", date=t2,
               msgid="<CAjiwoo0421reply@mail.example>", in_reply_to=m1, text=b2, rcv="gmail", n=36)
    return label([], "hard", "negative/interview-for-someone-else",
                 "Owner referred a junior; the intern interview (Fri 3pm KST) is for Jiwoo, owner only in Cc.")


@case("b61-17-neg-visa-interview-appointment")
def c17(d):
    s = T(2026, 6, 9, 8, 30, SEOUL)
    t1 = T(2026, 5, 22, 14, 2, SEOUL)
    b1 = f"""Dear SEOYEON YOON,

Your appointment has been scheduled. Please print this confirmation and bring it with you.

Appointment type: Nonimmigrant Visa Interview (H-1B)
Location: U.S. Embassy Seoul - Consular Section, 188 Sejong-daero, Jongno-gu
Date / Time: {s:%A, %B} {s.day}, 2026 at {s:%H:%M} (Seoul local time)
Confirmation No.: VAS-KR-2606-188342
Applicants: 1

Please arrive no more than 15 minutes before your interview time. Electronic devices are not permitted.

비자 인터뷰 예약이 완료되었습니다. 인터뷰 당일 여권과 DS-160 확인서를 지참하십시오.

Visa Appointment Service (Korea) - do not reply to this e-mail.
"""
    ics_txt = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Visa Appointment Service//EN", "METHOD:PUBLISH",
                   "BEGIN:VEVENT", "UID:vas-kr-2606-188342@visa-appointments.example", f"DTSTAMP:{utcz(t1)}",
                   f"DTSTART:{utcz(s)}", f"DTEND:{utcz(s + timedelta(hours=1))}",
                   "SUMMARY:Visa Interview - U.S. Embassy Seoul", "LOCATION:188 Sejong-daero\\, Jongno-gu\\, Seoul",
                   f"ORGANIZER;CN=Visa Appointment Service:mailto:no-reply@visa-appointments.example",
                   att("SEOYEON YOON", OWNER), "END:VEVENT", "END:VCALENDAR"])
    write_mail(f"{d}/01-visa-appointment-confirmation.eml",
               frm="Visa Appointment Service <no-reply@visa-appointments.example>", to=OWNER,
               subject="Appointment Confirmation - Nonimmigrant Visa Interview", date=t1,
               msgid="<vas.188342.conf@visa-appointments.example>", text=b1, attach=("appointment.ics", ics_txt),
               rcv="ats", n=37)
    return label([], "medium", "negative/visa-interview",
                 "Consular visa interview appointment with .ics (work visa, so job-related words appear); "
                 "non-job interview.")


@case("b61-18-neg-rejection-after-1st-round")
def c18(d):
    t1 = T(2026, 4, 16, 17, 0, SEOUL)
    b1 = f"""안녕하세요 {OWNER_KO}님,
블루웨일게임즈 채용팀입니다.

지난 4월 9일(목) 오후 2시에 진행된 [데이터 분석가 - 라이브옵스] 1차 면접에 귀한 시간 내어 참석해 주셔서
진심으로 감사드립니다.

면접관 모두 {OWNER_KO}님의 역량과 경험을 높이 평가하였으나, 아쉽게도 이번 채용에서는 2차 면접 대상자로
모시지 못하게 되었음을 안내드립니다. 제한된 인원으로 인해 어려운 결정을 내리게 된 점 양해 부탁드립니다.

향후 적합한 포지션이 생기면 다시 연락드릴 수 있도록 인재풀에 등록해 두겠습니다.

블루웨일게임즈 채용팀 드림

하이어밸리(HireValley)를 통해 발송된 메일입니다.
"""
    write_mail(f"{d}/01-hirevalley-result.eml", frm="블루웨일게임즈 채용 <recruit-bluewhale@hirevalley.example>",
               to=OWNER, subject="[블루웨일게임즈] 1차 면접 결과 안내", date=t1,
               msgid="<hv.60714.result@hirevalley.example>", text=b1, cte="base64", rcv="ats", n=38)
    return label([], "medium", "negative/rejection",
                 "Rejection after a past 1차 면접 (date and time of the past interview quoted).")


@case("b61-19-neg-career-newsletter-ja-en")
def c19(d):
    t1 = T(2026, 5, 1, 7, 0, TOKYO)
    html1 = """<h1 style="color:#c0392b">Career Compass Japan - May issue / 5月号</h1>
<h3>面接で必ず聞かれる質問トップ10（データ職編）</h3>
<p>「なぜ弊社なのか」「SQLで一番難しかったクエリは？」――一次面接から最終面接まで、よく聞かれる質問と回答例をまとめました。</p>
<h3>SPI・玉手箱 対策の新常識</h3>
<p>Webテストの形式別に、制限時間内に解くコツを解説します。</p>
<h3>Upcoming webinar: Ace your case interview</h3>
<p>Thursday May 21, 7pm JST (noon CEST). Our coach Emma Sato walks through a live mock case interview with a
volunteer candidate. <a href="https://careercompass.example/webinars/case-interview">Save your seat</a></p>
<h3>Featured jobs</h3>
<ul><li>Data Analyst - Global e-commerce, Tokyo (¥7.5M-¥10M) - interviews held online</li>
<li>BI Engineer - Fintech, Osaka - 1 interview only!</li></ul>
<p style="font-size:11px;color:#999">You are receiving this because you subscribed at careercompass.example.
<a href="https://careercompass.example/u/unsub">配信停止 / Unsubscribe</a></p>
"""
    write_mail(f"{d}/01-career-compass-may.eml", frm="Career Compass Japan <news@careercompass.example>", to=OWNER,
               subject="面接対策特集 & May webinar: Ace your case interview", date=t1,
               msgid="<cc.newsletter.202605@careercompass.example>", html=html_wrap(html1), cte="quoted-printable",
               rcv="ats", n=39, extra=[("List-Unsubscribe", "<https://careercompass.example/u/unsub>"),
                                        ("Precedence", "bulk")])
    return label([], "easy", "negative/newsletter",
                 "Bilingual career newsletter: interview questions, SPI tips, webinar with a mock case interview.")


@case("b61-20-neg-online-aptitude-test-injeoksung")
def c20(d):
    s = T(2026, 4, 25, 9, 0, SEOUL)
    t1 = T(2026, 4, 20, 16, 0, SEOUL)
    b1 = f"""[현성그룹 2026 상반기 경력 채용] 온라인 인적성검사 응시 안내

{OWNER_KO}님, 서류전형 합격을 축하드립니다.
다음 전형인 온라인 인적성검사(HAT) 일정을 안내드립니다.

■ 일시: 2026년 {ko_date(s)} {ko_ampm(s)} ~ 오전 11시 20분 (입실 마감 08:40)
■ 방식: 온라인 원격 감독 (웹캠·스마트폰 2대 필요), 감독관이 화상으로 부정행위 여부를 모니터링합니다.
■ 구성: 언어/수리/추리/도형 + 인성검사
■ 사전 점검: 4월 23일(목) 오후 2시 ~ 6시 (필수)

※ 인적성검사 합격자에 한해 1차 면접 일정을 별도 안내드립니다.

응시 URL: https://hat.jobflow.example/hyunsung/2026h1
문의: 현성그룹 채용 헬프데스크 02-3706-1150

본 메일은 잡플로우(JobFlow)에서 발신 전용으로 발송되었습니다.
"""
    write_mail(f"{d}/01-jobflow-aptitude-test.eml", frm="현성그룹 채용 <noreply@notify.jobflow.example>", to=OWNER,
               subject="[현성그룹] 온라인 인적성검사(HAT) 응시 안내", date=t1,
               msgid="<20260420070000.hat.hyunsung@notify.jobflow.example>", text=b1, cte="base64", rcv="ats", n=40)
    return label([], "hard", "negative/aptitude-test",
                 "Korean online aptitude test (인적성) with fixed time slot and a remote proctor; interviews only "
                 "for those who pass.")


@case("b61-21-neg-proctored-coding-test")
def c21(d):
    s = T(2026, 5, 9, 10, 0, TOKYO)
    t1 = T(2026, 5, 2, 20, 0, UTC)
    b1 = f"""Hi Seoyeon,

Quillmark has invited you to complete a coding assessment for the role Data Analyst, Tokyo.

Assessment: SQL & Python (2 SQL tasks, 1 pandas task)
Duration: 90 minutes, timed - there is no interviewer; your webcam will be recorded for proctoring.
Scheduled start: {s:%a %b} {s.day}, {hm(s)} JST ({s.astimezone(SEOUL):%H:%M} KST)
Expires: {s:%b} {s.day + 2}, 2026 23:59 JST

Start assessment: https://app.testforge.example/a/qm-2291-b61

日本語: コーディングテストの受検期限は上記の通りです。面接ではありません。

The Quillmark recruiting team will review your results and contact you about the next step (a live technical
interview) within one week.

— TestForge on behalf of Quillmark
"""
    write_mail(f"{d}/01-testforge-assessment.eml", frm="Quillmark via TestForge <invites@testforge.example>",
               to=OWNER, reply_to="Quillmark Recruiting <talent-tokyo@quillmark.example>",
               subject="Quillmark: your coding assessment for Data Analyst, Tokyo", date=t1,
               msgid="<tf.qm-2291-b61@testforge.example>", text=b1, html=html_wrap(p2html(b1)), rcv="ats", n=42)
    return label([], "hard", "negative/coding-test",
                 "Timed, proctored coding test with a scheduled start and no interviewer; mentions a future live "
                 "interview that is not booked.")


@case("b61-22-neg-availability-request-trilingual")
def c22(d):
    ol = "Olivia Tan <olivia.tan@redfernhealth.example>"
    t1 = T(2026, 5, 19, 14, 30, TOKYO)
    b1 = """Hi Seoyeon,

I'm the recruiter for Redfern Health's new Analytics team in Tokyo. Your profile looks like a great fit for our
Data Analyst role and I'd love to set up a 30-minute intro call with our hiring manager, Nathan Cole (based in
Boston).

Could you share your availability for next week? Mornings JST work best because of the time difference, or
you can grab any open slot directly here: https://calendar.redfernhealth.example/olivia-tan/intro-30

ご都合のよい日時を教えていただけますと幸いです。

Best regards,
Olivia Tan | Talent Partner, Redfern Health Japan
+81 3-4588-2917
"""
    m1 = "<OS3P286MB2210B61C22@OS3P286MB2210.JPNP286.PROD.OUTLOOK.example>"
    write_mail(f"{d}/01-olivia-availability.eml", frm=ol, to=OWNER,
               subject="Redfern Health - Data Analyst (Tokyo): intro call with the hiring manager?", date=t1,
               msgid=m1, text=b1, rcv="outlook", n=43)
    t2 = T(2026, 5, 19, 22, 10, SEOUL)
    b2 = f"""Hi Olivia,

Thank you for reaching out! I'd be happy to talk with Nathan.
Next week I'm free Tuesday or Wednesday, 8:00-10:00 JST, or Thursday after 9pm JST if evenings are easier for Boston.
(화/수 오전 8~10시, 목 밤 9시 이후 가능합니다.)

Best,
Seoyeon

On Tue, May 19, 2026 at 2:30 PM Olivia Tan <olivia.tan@redfernhealth.example> wrote:
{quote(b1)}
"""
    write_mail(f"{d}/02-seoyeon-shares-availability.eml", frm=f"{OWNER_EN} <{OWNER}>", to=ol,
               subject="Re: Redfern Health - Data Analyst (Tokyo): intro call with the hiring manager?", date=t2,
               msgid="<CAB61seoyeon22a@mail.example.com>", in_reply_to=m1, text=b2, n=44)
    return label([], "hard", "negative/availability-request",
                 "Recruiter asks for availability / unbooked scheduling link; candidate lists windows; nothing "
                 "is booked yet.")


# ================================================================== driver
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b61-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for cid, fn in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        labels[cid] = fn(d)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind61 labels - generated by make_cases.py; do not edit by hand\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in labels.values() if v["interview"])
    print(f"{len(labels)} cases ({pos} positive, {len(labels) - pos} negative), "
          f"{sum(len(v['interviews']) for v in labels.values())} interviews")


if __name__ == "__main__":
    main()
