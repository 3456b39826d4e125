#!/usr/bin/env python3
"""Deterministic generator for the blind83 evaluation set (Seoul marketing analyst).

Rewrites every case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names invented, all domains .example / example.com.
"""
import json
import zlib
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
SEOUL = ZoneInfo("Asia/Seoul")
LA = ZoneInfo("America/Los_Angeles")
SG = ZoneInfo("Asia/Singapore")
BERLIN = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")
OWNER = "seoyeon.yoon@example.com"
OWNER_NAME = "윤서연"
OWNER_FROM = f"윤서연 <{OWNER}>"
WD = "월화수목금토일"
WINTZ = {"Korea Standard Time": SEOUL}

LABELS = {}
CASE = {"dir": None}


def kst(y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=SEOUL)


def kd(dt):
    """'3월 12일(목)' for an aware datetime (weekday computed, never typed)."""
    dt = dt.astimezone(SEOUL)
    return f"{dt.month}월 {dt.day}일({WD[dt.weekday()]})"


def khm(dt):
    """'오후 2시' / '오전 10시 30분'."""
    dt = dt.astimezone(SEOUL)
    ap = "오전" if dt.hour < 12 else "오후"
    h = dt.hour % 12 or 12
    return f"{ap} {h}시" + (f" {dt.minute}분" if dt.minute else "")


def hm(dt, tz=SEOUL):
    return dt.astimezone(tz).strftime("%H:%M")


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ------------------------------------------------------------------ iCalendar
def fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vtimezone(tzid):
    if tzid == "Asia/Seoul":
        return ["BEGIN:VTIMEZONE", "TZID:Asia/Seoul", "X-LIC-LOCATION:Asia/Seoul", "BEGIN:STANDARD",
                "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:KST", "DTSTART:19700101T000000",
                "END:STANDARD", "END:VTIMEZONE"]
    if tzid == "Korea Standard Time":
        return ["BEGIN:VTIMEZONE", "TZID:Korea Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD", "BEGIN:DAYLIGHT",
                "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:DAYLIGHT",
                "END:VTIMEZONE"]
    raise ValueError(tzid)


def ics(method, events, tzid="Asia/Seoul", prodid="-//HireLink//HireLink Scheduler 3.2//KO", extra=()):
    zone = WINTZ.get(tzid) or ZoneInfo(tzid)
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    lines += list(extra)
    lines += vtimezone(tzid)
    for ev in events:
        lines.append("BEGIN:VEVENT")
        lines.append(f"DTSTART;TZID={tzid}:{ev['start'].astimezone(zone):%Y%m%dT%H%M%S}")
        lines.append(f"DTEND;TZID={tzid}:{ev['end'].astimezone(zone):%Y%m%dT%H%M%S}")
        lines.append(f"DTSTAMP:{ev['stamp'].astimezone(UTC):%Y%m%dT%H%M%SZ}")
        on, oe = ev["organizer"]
        lines.append(f'ORGANIZER;CN="{on}":mailto:{oe}')
        lines.append(f"UID:{ev['uid']}")
        for an, ae, role, ps in ev.get("attendees", []):
            lines.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN="{an}":mailto:{ae}')
        lines.append(f"SEQUENCE:{ev.get('seq', 0)}")
        lines.append(f"STATUS:{ev.get('status', 'CONFIRMED')}")
        lines.append(f"SUMMARY:{esc(ev['summary'])}")
        if ev.get("description"):
            lines.append(f"DESCRIPTION:{esc(ev['description'])}")
        if ev.get("location"):
            lines.append(f"LOCATION:{esc(ev['location'])}")
        lines.append("TRANSP:OPAQUE")
        lines += ev.get("extra", [])
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


# ------------------------------------------------------------------ e-mail
def mail(name, *, date, frm, subject, to=OWNER, text=None, html=None, cte="8bit", html_cte=None,
         reply_to=None, cc=None, msgid, irt=None, refs=None, sender=None, headers=(),
         cal=None, method="REQUEST", calmode=None, attach_name="invite.ics"):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Received"] = (f"from mx{zlib.crc32(msgid.encode()) % 7 + 1}.mail.example (mx.mail.example [192.0.2.{len(msgid) % 200 + 10}]) "
                     f"by mailstore.example.com with ESMTPS; {format_datetime(date.astimezone(UTC))}")
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
    m["Message-ID"] = msgid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte or cte)
    if cal is not None:
        if calmode in ("google", "exchange"):
            if not m.is_multipart():
                m.make_alternative()
            m.add_alternative(cal, subtype="calendar", params={"method": method},
                              cte="base64" if calmode == "google" else "8bit")
            if calmode == "google":
                m.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics",
                                 filename=attach_name)
        else:  # ATS style: plain attachment
            m.add_attachment(cal.encode("utf-8"), maintype="text", subtype="calendar",
                             params={"method": method}, filename=attach_name)
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"=_b83_{zlib.crc32(msgid.encode()):08x}_{i}")
    (CASE["dir"] / name).write_bytes(bytes(m))


def raw(name, text):
    (CASE["dir"] / name).write_bytes(text.encode("utf-8"))


def case(cid, label):
    d = HERE / cid
    d.mkdir()
    CASE["dir"] = d
    label = dict(label)
    label = {"user": OWNER, **label}
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


SIG_OWNER = "\n\n윤서연 드림\n휴대폰 010-4827-3196\n"

# =================================================================== POSITIVES


def c01():
    cid = "b83-01-jobbridge-relay-1st-interview-body-only"
    s, e = kst(2026, 3, 12, 14), kst(2026, 3, 12, 15)
    case(cid, {"interview": True,
               "interviews": [iv("루미노랩스", "퍼포먼스 마케팅 애널리스트", s, e, "scheduled", [],
                                 ["haneul.kim@luminolabs.example"], "technical")],
               "difficulty": "medium", "category": "positive/job-site-relay-body-only",
               "notes": "Job-site relayed message (base64) from a startup: 1차 실무진 면접 with two team members named "
                        "only; reply-to is the HR manager, who is the follow-up contact.",
               "source": "synthetic"})
    body = f"""윤서연 님, 안녕하세요.
루미노랩스(Lumino Labs) 인사팀 김하늘입니다.

먼저 저희 '퍼포먼스 마케팅 애널리스트' 포지션에 지원해 주셔서 진심으로 감사드립니다.
서류 검토 결과, 1차 실무진 면접에 모시고자 아래와 같이 일정을 안내드립니다.

■ 전형: 1차 실무진 면접 (약 60분)
■ 일시: {kd(s)} {khm(s)} ({hm(s)}~{hm(e)})
■ 장소: 서울특별시 성동구 성수이로 118, 루미노타워 7층 라운지
■ 면접관: 그로스마케팅팀 리드 정우진, 데이터분석파트 매니저 오세린
■ 준비사항: 신분증, 포트폴리오(노트북 지참 가능)

※ 건물 1층 안내데스크에서 '루미노랩스 면접'이라고 말씀해 주시면 방문증을 발급해 드립니다.

참석 여부 회신 부탁드립니다. 일정 조율이 필요하신 경우에도 본 메일에 회신 주시면 됩니다.

감사합니다.

김하늘 매니저 | People Team
루미노랩스 (Lumino Labs Inc.)
휴대폰 010-3391-5527 | haneul.kim@luminolabs.example
서울특별시 성동구 성수이로 118, 7층

--
이 메시지는 잡브릿지 기업 메시지 서비스를 통해 발송되었습니다.
잡브릿지 고객센터 1588-0000 | 수신거부: https://www.jobbridge.example/settings/notice
"""
    mail("01-jobbridge-message.eml", date=kst(2026, 3, 2, 10, 12), cte="base64",
         frm="루미노랩스 via 잡브릿지 <noreply@msg.jobbridge.example>",
         reply_to="김하늘 <haneul.kim@luminolabs.example>",
         subject="[잡브릿지] 루미노랩스 - 1차 면접 안내 (퍼포먼스 마케팅 애널리스트)",
         msgid="<20260302011200.7731.jb-relay@msg.jobbridge.example>", text=body,
         headers=[("X-Mailer", "JobBridge Relay 4.1"), ("List-Unsubscribe", "<https://www.jobbridge.example/u/88412>")])


def c02():
    cid = "b83-02-korean-ats-ics-panel-hq"
    s, e = kst(2026, 3, 16, 10, 30), kst(2026, 3, 16, 11, 30)
    case(cid, {"interview": True,
               "interviews": [iv("한결유통", "마케팅 데이터 분석 (경력)", s, e, "scheduled", [],
                                 ["minjae.choi@hangyeol-retail.example"], "onsite")],
               "difficulty": "medium", "category": "positive/korean-ats-ics",
               "notes": "Invented Korean ATS (HireLink) mail from no-reply with .ics attachment (TZID Asia/Seoul); "
                        "다대다 panel of three named-only interviewers; human recruiter in signature.",
               "source": "synthetic"})
    ics_text = ics("REQUEST", [{
        "start": s, "end": e, "stamp": kst(2026, 3, 5, 17, 3), "uid": "hl-itv-55102-a8f3@hirelink.example",
        "organizer": ("한결유통 채용", "no-reply@hirelink.example"),
        "attendees": [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        "summary": "[한결유통] 1차 면접 - 윤서연",
        "description": "전형: 1차 면접(실무진)\n장소: 한결타워 12층 면접실 3\n문의: 최민재 대리 02-6000-1234",
        "location": "서울 중구 세종대로 77 한결타워 12층",
    }])
    text = f"""윤서연 님 안녕하십니까.
한결유통 채용담당자입니다.

한결유통 2026년 상반기 경력사원 채용 [마케팅 데이터 분석 (경력)] 서류전형에 합격하셨음을 알려드리며,
1차 면접 일정을 아래와 같이 안내드립니다.

1. 일시 : 2026년 {kd(s)} {khm(s)} ~ {khm(e)}
2. 장소 : 서울 중구 세종대로 77 한결타워 12층 면접실 3 (10시 15분까지 12층 대기실 도착)
3. 형식 : 다대다 면접 (실무진 면접위원 3인, 지원자 3인), 약 60분
4. 지참물 : 신분증, 최종학교 졸업증명서 1부

첨부된 일정 파일(.ics)을 캘린더에 추가하실 수 있습니다.
면접 참석 여부는 {kd(kst(2026, 3, 10))}까지 채용 홈페이지 [마이페이지 > 전형 진행 현황]에서 회신 부탁드립니다.

본 메일은 발신 전용입니다. 문의 사항은 아래 담당자에게 연락 주시기 바랍니다.

최민재 대리 | 한결유통 인사팀 채용파트
T. 02-6000-1234 | 휴대폰 010-7712-4408
minjae.choi@hangyeol-retail.example
서울 중구 세종대로 77 한결타워 9층

Powered by HireLink 하이어링크
"""
    mail("01-hirelink-interview-notice.eml", date=kst(2026, 3, 5, 17, 3), cte="quoted-printable",
         frm="한결유통 채용 <no-reply@hirelink.example>",
         subject="[한결유통] 1차 면접 일정 안내 - 마케팅 데이터 분석(경력)",
         msgid="<hl.55102.1772697780@hirelink.example>", text=text, cal=ics_text, calmode="attach",
         attach_name="interview.ics")


def c03():
    cid = "b83-03-foreign-firm-email-plus-google-invite"
    s, e = kst(2026, 3, 18, 16), kst(2026, 3, 18, 16, 45)
    case(cid, {"interview": True,
               "interviews": [iv("Norrvik Analytics", "Marketing Analyst, Korea", s, e, "scheduled",
                                 ["daniel.holm@norrvik.example"], ["daniel.holm@norrvik.example"],
                                 "hiring_manager")],
               "difficulty": "medium", "category": "positive/dedupe-email-google-invite",
               "notes": "English recruiter e-mail plus Google Calendar invite (base64 parts) for the same "
                        "hiring-manager interview; recruiter only schedules.",
               "source": "synthetic"})
    mail("01-recruiter-next-step.eml", date=kst(2026, 3, 11, 9, 41),
         frm="Jenna Park <jenna.park@norrvik.example>",
         subject="Next step - Marketing Analyst, Korea (Norrvik Analytics)",
         msgid="<CAH7xk2pQ9d0@mail.norrvik.example>",
         text="""Hi Seoyeon,

Thanks so much for chatting with me on Monday. Daniel Holm, our Head of Marketing for
APAC and the hiring manager for this role, would love to meet you next.

I've sent a calendar invite for Wednesday, March 18 at 4:00 PM KST (45 minutes, Google Meet).
He'll mostly want to walk through your campaign attribution work at your current company, so feel
free to bring a couple of examples.

If the time doesn't work, just reply here and I'll move it.

Best,
Jenna

Jenna Park | Talent Partner, Korea
Norrvik Analytics Korea Ltd.
M +82 10-2218-6630
21F, 33 Teheran-ro, Gangnam-gu, Seoul
""")
    desc = ("Hiring manager interview for the Marketing Analyst, Korea role.\n"
            "Interviewer: Daniel Holm (Head of Marketing, APAC)\nCoordinator: Jenna Park")
    ics_text = ics("REQUEST", [{
        "start": s, "end": e, "stamp": kst(2026, 3, 11, 9, 38), "uid": "3v1k0q8hn2mcs7tgo4r6pdq2lb@google.com",
        "organizer": ("Jenna Park", "jenna.park@norrvik.example"),
        "attendees": [("Jenna Park", "jenna.park@norrvik.example", "REQ-PARTICIPANT", "ACCEPTED"),
                      ("Daniel Holm", "daniel.holm@norrvik.example", "REQ-PARTICIPANT", "ACCEPTED"),
                      (OWNER, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        "summary": "Seoyeon Yoon <> Daniel Holm | Marketing Analyst, Korea",
        "description": desc, "location": "",
        "extra": ["X-GOOGLE-CONFERENCE:https://meet.google.com/kqe-tnsd-wpo"],
    }], prodid="-//Google Inc//Google Calendar 70.9054//EN")
    text = (f"Seoyeon Yoon <> Daniel Holm | Marketing Analyst, Korea\n"
            f"Wednesday Mar 18, 2026 ⋅ 4pm – 4:45pm\nKorean Standard Time - Seoul\n\n"
            f"Join with Google Meet\nhttps://meet.google.com/kqe-tnsd-wpo\n\n{desc}\n\n"
            f"Organizer\nJenna Park\njenna.park@norrvik.example\n\nGuests\nJenna Park - organizer\n"
            f"Daniel Holm\n{OWNER}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n")
    html = ("<html><body><h2>Seoyeon Yoon &lt;&gt; Daniel Holm | Marketing Analyst, Korea</h2>"
            "<p>Wednesday Mar 18, 2026 &sdot; 4pm &ndash; 4:45pm (Korean Standard Time)</p>"
            "<p><a href='https://meet.google.com/kqe-tnsd-wpo'>Join with Google Meet</a></p>"
            "<p>Guests: Jenna Park (organizer), Daniel Holm, " + OWNER + "</p></body></html>")
    mail("02-invitation-google.eml", date=kst(2026, 3, 11, 9, 38), cte="base64",
         frm="Jenna Park <jenna.park@norrvik.example>",
         sender="Google Calendar <calendar-notification@google.com>",
         reply_to="Jenna Park <jenna.park@norrvik.example>",
         subject=f"Invitation: Seoyeon Yoon <> Daniel Holm | Marketing Analyst, Korea @ Wed Mar 18, 2026 4pm - 4:45pm (KST) ({OWNER})",
         msgid="<calendar-0b6a3e51-4c7e-4a0e-9d5d-3f1f25c2e8a7@google.com>",
         text=text, html=html, cal=ics_text, calmode="google")


def c04():
    cid = "b83-04-exchange-teams-executive-interview-korean"
    s, e = kst(2026, 3, 24, 15), kst(2026, 3, 24, 15, 40)
    case(cid, {"interview": True,
               "interviews": [iv("대성케미칼", "브랜드 마케팅 (경력)", s, e, "scheduled",
                                 ["jh.park@daesungchem.example", "eunju.lee@daesungchem.example"],
                                 ["jh.park@daesungchem.example", "eunju.lee@daesungchem.example"], "onsite")],
               "difficulty": "medium", "category": "positive/exchange-teams",
               "notes": "Korean Outlook/Teams invite (quoted-printable, TZID 'Korea Standard Time', X-MICROSOFT-CDO) "
                        "for a 임원 면접 with two executives; HR organizer does not interview.",
               "source": "synthetic"})
    ics_text = ics("REQUEST", [{
        "start": s, "end": e, "stamp": kst(2026, 3, 17, 11, 20),
        "uid": "040000008200E00074C5B7101A82E00800000000D0A7C4E1B9B5DC01000000000000000010000000F1E5AA",
        "organizer": ("이서진", "seojin.lee@daesungchem.example"),
        "attendees": [("박정호", "jh.park@daesungchem.example", "REQ-PARTICIPANT", "NEEDS-ACTION"),
                      ("이은주", "eunju.lee@daesungchem.example", "REQ-PARTICIPANT", "NEEDS-ACTION"),
                      (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        "summary": "[대성케미칼] 임원 면접 - 윤서연 (브랜드 마케팅)",
        "description": "임원 면접 (화상 면접, Microsoft Teams)",
        "location": "Microsoft Teams 모임",
        "extra": ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                  "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                  "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams 모임"],
    }], tzid="Korea Standard Time", prodid="Microsoft Exchange Server 2010")
    text = f"""시간: 2026년 3월 24일 화요일 오후 3:00-오후 3:40 (UTC+09:00) 서울.
위치: Microsoft Teams 모임

*~*~*~*~*~*~*~*~*~*

윤서연 님, 안녕하십니까.
대성케미칼 인사팀 이서진입니다.

1차 면접에 참석해 주셔서 감사합니다. 2차 전형인 임원 면접을 아래와 같이 화상 면접 (Teams)으로 진행합니다.

- 면접관: 마케팅본부장 박정호 상무, 전략기획실 이은주 이사
- 소요 시간: 약 40분 (자기소개 1분 포함)
- 접속: 면접 시작 10분 전까지 아래 링크로 입장해 주시기 바랍니다. 카메라와 마이크는 켜 두셔야 합니다.

저는 접속만 도와드리고 면접에는 참여하지 않습니다.
참석 여부 회신 부탁드립니다.

이서진 과장 | 대성케미칼 인사팀
휴대폰 010-9034-2271 | 02-3780-5500
서울특별시 영등포구 여의대로 24, 대성빌딩 15층

________________________________________________________________________________
Microsoft Teams 모임
컴퓨터, 모바일 앱 또는 룸 디바이스에서 참가
모임에 참가하려면 여기를 클릭하세요.<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk0YjMt%40thread.v2/0>
모임 ID: 412 771 908 336
암호: Hd7sKq
________________________________________________________________________________
"""
    html = "<html><body><div style='font-family:맑은 고딕'>" + "".join(
        f"<p>{l}</p>" for l in text.replace("<", "&lt;").replace(">", "&gt;").split("\n") if l) + "</div></body></html>"
    mail("01-outlook-invite.eml", date=kst(2026, 3, 17, 11, 20), cte="quoted-printable",
         frm="이서진 <seojin.lee@daesungchem.example>",
         to=f"박정호 <jh.park@daesungchem.example>, 이은주 <eunju.lee@daesungchem.example>, {OWNER_FROM}",
         subject="[대성케미칼] 임원 면접 - 윤서연 (브랜드 마케팅)",
         msgid="<SL2P216MB1874A0C3E2D1F3E77B8D99C1A93B2@SL2P216MB1874.KORP216.PROD.OUTLOOK.COM>",
         headers=[("Thread-Topic", "[대성케미칼] 임원 면접 - 윤서연 (브랜드 마케팅)"), ("X-MS-Has-Attach", ""),
                  ("X-MS-TNEF-Correlator", ""), ("Content-Language", "ko-KR")],
         text=text, html=html, cal=ics_text, calmode="exchange")


def c05():
    cid = "b83-05-thread-ceo-final-coffee-chat"
    s, e = kst(2026, 3, 18, 16), kst(2026, 3, 18, 17)
    alt = kst(2026, 3, 17, 10, 30)
    case(cid, {"interview": True,
               "interviews": [iv("픽셀앤코", "그로스 마케터", s, e, "scheduled", ["taeo.kang@pixelnco.example"],
                                 ["taeo.kang@pixelnco.example"], "other")],
               "difficulty": "hard", "category": "positive/thread-propose-confirm",
               "notes": "Recruiter proposes two slots for a 최종 면접 with the CEO (커피챗 형식), candidate picks the "
                        "second, recruiter confirms with abbreviated '3/18(수) 16:00'. CEO is cc'd.",
               "source": "synthetic"})
    m1 = "<CAPxnc0_1a9f@mail.pixelnco.example>"
    m2 = f"<{OWNER.replace('@', '.r1@')}>"
    m3 = "<CAPxnc0_2b7e@mail.pixelnco.example>"
    t1 = f"""서연님 안녕하세요, 픽셀앤코 피플팀 오지현입니다.

지난주 실무진 면접 정말 수고 많으셨습니다. 팀 내부 논의 결과 최종 면접으로 모시게 되었습니다 :)
최종 면접은 저희 강태오 대표님과 커피챗 형식으로 약 1시간 정도 편하게 이야기 나누는 자리입니다.
(편한 분위기이지만 최종 전형이니 참고 부탁드립니다.)

아래 두 일정 중 가능하신 시간 알려주시면 확정해서 다시 안내드리겠습니다.
 1) {kd(alt)} {khm(alt)}
 2) {kd(s)} {khm(s)}

장소는 성수동 사무실(서울 성동구 연무장길 41, 3층)입니다.
대표님도 참조로 넣어두었습니다.

감사합니다.
오지현 드림
픽셀앤코 People Team | 010-5120-8843
"""
    mail("01-recruiter-proposes-slots.eml", date=kst(2026, 3, 9, 15, 2),
         frm="오지현 <jihyun.oh@pixelnco.example>", cc="강태오 <taeo.kang@pixelnco.example>",
         subject="[픽셀앤코] 최종 면접 일정 조율 건", msgid=m1, text=t1, cte="base64")
    quoted = "\n".join("> " + l if l else ">" for l in t1.splitlines())
    t2 = f"""오지현 매니저님 안녕하세요,
좋은 소식 감사합니다!

2번 일정({kd(s)} {khm(s)})으로 부탁드립니다.
당일 성수동 사무실로 방문하겠습니다.
{SIG_OWNER}
2026년 3월 9일 (월) 오후 3:02, 오지현 <jihyun.oh@pixelnco.example>님이 작성:
{quoted}
"""
    mail("02-candidate-picks-second.eml", date=kst(2026, 3, 9, 21, 47),
         frm=OWNER_FROM, to="오지현 <jihyun.oh@pixelnco.example>", cc="강태오 <taeo.kang@pixelnco.example>",
         subject="Re: [픽셀앤코] 최종 면접 일정 조율 건", msgid=m2, irt=m1, text=t2, cte="quoted-printable",
         headers=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    q2 = "\n".join("> " + l if l else ">" for l in t2.splitlines())
    t3 = f"""서연님, 회신 감사합니다.

그럼 3/18(수) 16:00 성수동 사무실에서 뵙겠습니다.
1층 카페 옆 엘리베이터로 3층 올라오셔서 연락 주시면 제가 모시러 나가겠습니다.

당일 뵙겠습니다!
오지현 드림

2026년 3월 9일 (월) 오후 9:47, 윤서연 <{OWNER}>님이 작성:
{q2}
"""
    mail("03-recruiter-confirms.eml", date=kst(2026, 3, 10, 9, 15),
         frm="오지현 <jihyun.oh@pixelnco.example>", cc="강태오 <taeo.kang@pixelnco.example>",
         subject="Re: [픽셀앤코] 최종 면접 일정 조율 건", msgid=m3, irt=m2, refs=f"{m1} {m2}", text=t3)


def c06():
    cid = "b83-06-la-recruiter-pt-kst-us-dst"
    s_pt = datetime(2026, 3, 12, 21, 0, tzinfo=LA)
    s = s_pt.astimezone(SEOUL)
    e = s + timedelta(minutes=30)
    assert (s.month, s.day, s.hour) == (3, 13, 13)
    case(cid, {"interview": True,
               "interviews": [iv("Sunset Row Media", "Marketing Analyst, International Growth", s, e, "scheduled",
                                 ["marisol.vega@sunsetrow.example"], ["marisol.vega@sunsetrow.example"],
                                 "phone_screen")],
               "difficulty": "hard", "category": "positive/timezone-us-dst",
               "notes": "LA recruiter, mail sent in PST (Mar 4) for a call after the US DST switch (Mar 8): "
                        "'Thu 3/12 @ 9p PT = Fri 1pm KST'. 30-minute recruiter phone screen.",
               "source": "synthetic"})
    m1, m2, m3 = "<f2a1c9e0-33b1@sunsetrow.example>", "<r.3c1d@example.com>", "<f2a1c9e0-77d4@sunsetrow.example>"
    t1 = """Hi Seoyeon,

Thanks for applying to the Marketing Analyst, International Growth role at Sunset Row Media! I'm the
recruiter for the team and I'd love to set up a quick 30-min phone screen.

Would Thu 3/12 @ 9p PT = Fri 1pm KST work for you? Heads up: we spring forward here on Sunday 3/8,
so it's 1pm your time, not 2pm like it would be this week.

Happy to call your Korean mobile - just send me the best number.

Marisol

Marisol Vega | Senior Recruiter
Sunset Row Media | 5900 Wilshire Blvd, Suite 1400, Los Angeles, CA 90036
c: (323) 555-0147
"""
    mail("01-recruiter-asks.eml", date=datetime(2026, 3, 4, 16, 20, tzinfo=LA),
         frm="Marisol Vega <marisol.vega@sunsetrow.example>", subject="Sunset Row Media - quick phone screen?",
         msgid=m1, text=t1)
    q = "\n".join("> " + l if l else ">" for l in t1.splitlines())
    t2 = f"""Hi Marisol,

Thank you! Fri 3/13 1pm KST works for me. My mobile is +82 10-4827-3196.

Best regards,
Seoyeon Yoon

On Thu, Mar 5, 2026 at 9:20 AM Marisol Vega <marisol.vega@sunsetrow.example> wrote:
{q}
"""
    mail("02-candidate-accepts.eml", date=kst(2026, 3, 5, 10, 3), frm="Seoyeon Yoon <" + OWNER + ">",
         to="Marisol Vega <marisol.vega@sunsetrow.example>", subject="Re: Sunset Row Media - quick phone screen?",
         msgid=m2, irt=m1, text=t2)
    q2 = "\n".join("> " + l if l else ">" for l in t2.splitlines())
    t3 = f"""Perfect - you're on my calendar: Thu 3/12 @ 9p PT = Fri 1pm KST. I'll call +82 10-4827-3196.
Talk soon!

Marisol

On Wed, Mar 4, 2026 at 5:03 PM Seoyeon Yoon <{OWNER}> wrote:
{q2}
"""
    mail("03-recruiter-confirms.eml", date=datetime(2026, 3, 4, 18, 11, tzinfo=LA),
         frm="Marisol Vega <marisol.vega@sunsetrow.example>", subject="Re: Sunset Row Media - quick phone screen?",
         msgid=m3, irt=m2, refs=f"{m1} {m2}", text=t3)


def c07():
    cid = "b83-07-singapore-noon-sgt-gcal-json"
    s = datetime(2026, 3, 24, 12, 0, tzinfo=SG)
    e = s + timedelta(minutes=45)
    case(cid, {"interview": True,
               "interviews": [iv("Tembusu Pay", "Regional Marketing Analyst", s, e, "scheduled",
                                 ["rahul.menon@tembusupay.example"], ["rahul.menon@tembusupay.example"],
                                 "hiring_manager")],
               "difficulty": "medium", "category": "positive/gcal-json-singapore",
               "notes": "Singapore role: recruiter mail says '12 noon SGT (1pm KST)', plus Calendar API event "
                        "in Asia/Singapore for the same 2nd round with the Head of Growth.",
               "source": "synthetic"})
    mail("01-recruiter-second-round.eml", date=datetime(2026, 3, 16, 18, 5, tzinfo=SG),
         frm="Wei Ling Tan <weiling.tan@tembusupay.example>",
         subject="Tembusu Pay | 2nd round - Regional Marketing Analyst",
         msgid="<SG2PR06MB5432.weiling.0316@tembusupay.example>",
         html="""<div dir="ltr"><p>Hi Seoyeon,</p>
<p>Great news &ndash; you're through to the 2nd round! You'll speak with <b>Rahul Menon</b>, our Head of Growth,
on <b>Tuesday 24 March at 12 noon SGT (1pm KST)</b> for 45 minutes over Google Meet. A calendar invite is on its way.</p>
<p>Rahul will dig into market sizing for Korea and how you'd measure a cross-border referral campaign.</p>
<p>Cheers,<br>Wei Ling</p>
<p style="color:#777">Wei Ling Tan | Talent Acquisition<br>Tembusu Pay Pte. Ltd. | 71 Robinson Road, #14-01, Singapore 068895<br>
+65 8123 4567</p></div>""", cte="quoted-printable")
    ev = {
        "kind": "calendar#event", "etag": "\"3512096681054000\"", "id": "6h9ktm2e1bq5o0rjc4s7v8ad3p",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=Nmg5a3RtMmUxYnE1bzByamM0czd2OGFkM3A",
        "created": "2026-03-16T10:02:11.000Z", "updated": "2026-03-16T10:07:40.527Z",
        "summary": "Tembusu Pay - 2nd round (Regional Marketing Analyst) - Seoyeon Yoon",
        "description": "2nd round interview with Rahul Menon (Head of Growth).\nCoordinator: Wei Ling Tan",
        "creator": {"email": "weiling.tan@tembusupay.example", "displayName": "Wei Ling Tan"},
        "organizer": {"email": "weiling.tan@tembusupay.example", "displayName": "Wei Ling Tan"},
        "start": {"dateTime": s.isoformat(), "timeZone": "Asia/Singapore"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Asia/Singapore"},
        "iCalUID": "6h9ktm2e1bq5o0rjc4s7v8ad3p@google.com", "sequence": 0,
        "attendees": [
            {"email": "weiling.tan@tembusupay.example", "displayName": "Wei Ling Tan", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "rahul.menon@tembusupay.example", "displayName": "Rahul Menon", "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/ufd-pwma-xcz",
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    raw("02-second-round.gcal.json", json.dumps(ev, ensure_ascii=False, indent=2) + "\n")


def c08():
    cid = "b83-08-korean-ats-method-cancel"
    s, e = kst(2026, 3, 19, 14), kst(2026, 3, 19, 15)
    case(cid, {"interview": True,
               "interviews": [iv("세움바이오", "마케팅 애널리스트", s, e, "cancelled", [],
                                 ["dongwook.han@seumbio.example"], "other")],
               "difficulty": "medium", "category": "positive/cancellation-ics",
               "notes": "HireLink REQUEST for a 2차 면접, then METHOD:CANCEL (same UID, SEQUENCE 1) because the "
                        "hiring plan changed; cancelled at the original time.",
               "source": "synthetic"})
    uid = "hl-itv-61877-0c2d@hirelink.example"
    base = {"start": s, "end": e, "uid": uid, "organizer": ("세움바이오 채용", "no-reply@hirelink.example"),
            "attendees": [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
            "summary": "[세움바이오] 2차 면접 - 윤서연", "location": "경기 성남시 분당구 판교로 255, 세움바이오 R&D센터 5층"}
    c1 = ics("REQUEST", [dict(base, stamp=kst(2026, 3, 9, 16), seq=0)])
    c2 = ics("CANCEL", [dict(base, stamp=kst(2026, 3, 13, 18, 30), seq=1, status="CANCELLED",
                             summary="취소됨: [세움바이오] 2차 면접 - 윤서연")])
    sig = """
한동욱 책임 | 세움바이오 경영지원실 인사팀
휴대폰 010-2285-9017 | dongwook.han@seumbio.example
경기 성남시 분당구 판교로 255

※ 본 메일은 HireLink 발신 전용 주소에서 발송되었습니다. 문의는 담당자 메일로 부탁드립니다."""
    mail("01-second-interview-notice.eml", date=kst(2026, 3, 9, 16), frm="세움바이오 채용 <no-reply@hirelink.example>",
         subject="[세움바이오] 2차 면접 안내", msgid="<hl.61877.a@hirelink.example>", cal=c1, calmode="attach",
         text=f"""윤서연 님, 안녕하십니까.
세움바이오 인사팀입니다.

1차 면접 합격을 축하드립니다. 2차 면접을 아래와 같이 진행하고자 합니다.

 - 일시: {kd(s)} {hm(s)}~{hm(e)}
 - 장소: 세움바이오 R&D센터 5층 대회의실
 - 내용: 직무 PT(10분) 및 질의응답

참석 여부 회신 부탁드립니다.
{sig}
""")
    mail("02-interview-cancelled.eml", date=kst(2026, 3, 13, 18, 30), frm="세움바이오 채용 <no-reply@hirelink.example>",
         subject="[세움바이오] 2차 면접 취소 안내", msgid="<hl.61877.b@hirelink.example>", cal=c2, method="CANCEL",
         calmode="attach", attach_name="cancel.ics",
         text=f"""윤서연 님, 안녕하십니까.
세움바이오 인사팀입니다.

{kd(s)} {khm(s)}로 예정되어 있던 2차 면접은 내부 채용 계획 변경으로 인해 부득이하게 취소되었음을 알려드립니다.
갑작스러운 안내로 불편을 드려 진심으로 죄송합니다.

향후 채용 계획이 확정되면 별도로 연락드리겠습니다.
{sig}
""")


def c09():
    cid = "b83-09-html-only-notice-then-candidate-withdraws"
    s, e = kst(2026, 3, 20, 15), kst(2026, 3, 20, 15, 30)
    case(cid, {"interview": True,
               "interviews": [iv("모아커머스", "CRM 마케팅 애널리스트", s, e, "cancelled", [],
                                 ["yuna.seo@moacommerce.example"], "other")],
               "difficulty": "hard", "category": "positive/cancellation-withdrawal",
               "notes": "HTML-only 인성 면접 invitation (Zoom), candidate withdraws by reply, HR acknowledges and "
                        "cancels. Status cancelled at 15:00-15:30.",
               "source": "synthetic"})
    m1, m2, m3 = "<moa.recruit.20260312.1@moacommerce.example>", "<r.moa.1@example.com>", "<moa.recruit.20260316.2@moacommerce.example>"
    html = f"""<html><body style="font-family:'Apple SD Gothic Neo',sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#ff5a36;color:#fff;padding:16px">
<b>MOA COMMERCE</b> 채용 안내</td></tr>
<tr><td style="padding:20px">
<p>윤서연 님, 안녕하세요.<br>모아커머스 인사팀 서유나입니다.</p>
<p>CRM 마케팅 애널리스트 포지션 1차 면접에 참석해 주셔서 감사합니다. 다음 단계인 <b>인성 면접</b> 일정을 안내드립니다.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>일시</th><td>{kd(s)} {khm(s)} ~ {khm(e)}</td></tr>
<tr><th>방식</th><td>화상 면접 (Zoom) &ndash; 회의 ID 842 1177 0935 / 암호 moa2026</td></tr>
<tr><th>면접관</th><td>인사팀장 외 1인</td></tr></table>
<p>참석 여부 회신 부탁드립니다.</p>
<p>서유나 | 모아커머스 인사팀<br>휴대폰 010-6624-1930 | yuna.seo@moacommerce.example<br>
서울 마포구 양화로 45, 모아빌딩 8층</p></td></tr></table></body></html>"""
    mail("01-personality-interview-html.eml", date=kst(2026, 3, 12, 11, 30),
         frm="모아커머스 인사팀 <yuna.seo@moacommerce.example>", subject="[모아커머스] 인성 면접 안내 - 윤서연 님",
         msgid=m1, html=html, cte="base64")
    t2 = f"""서유나 님 안녕하세요, 윤서연입니다.

인성 면접 안내 감사드립니다. 다만 개인 사정으로 인해 이번 전형은 지원을 철회하고자 합니다.
{kd(s)} 면접에 참석하지 못하게 되어 죄송합니다. 그동안 신경 써 주셔서 감사했습니다.
{SIG_OWNER}
----- 원본 메일 -----
보낸 사람: 모아커머스 인사팀 <yuna.seo@moacommerce.example>
제목: [모아커머스] 인성 면접 안내 - 윤서연 님
일시: {kd(s)} {khm(s)} ~ {khm(e)} / 화상 면접 (Zoom)
"""
    mail("02-candidate-withdraws.eml", date=kst(2026, 3, 16, 8, 52), frm=OWNER_FROM,
         to="모아커머스 인사팀 <yuna.seo@moacommerce.example>", subject="Re: [모아커머스] 인성 면접 안내 - 윤서연 님",
         msgid=m2, irt=m1, text=t2)
    mail("03-hr-ack.eml", date=kst(2026, 3, 16, 10, 4), frm="서유나 <yuna.seo@moacommerce.example>",
         subject="Re: Re: [모아커머스] 인성 면접 안내 - 윤서연 님", msgid=m3, irt=m2, refs=f"{m1} {m2}",
         text="""윤서연 님, 회신 감사합니다.
말씀하신 내용 확인하였으며, 예정되어 있던 인성 면접 일정은 취소 처리하였습니다.
앞으로 좋은 일만 가득하시길 바랍니다.

서유나 드림
""")


def c10():
    cid = "b83-10-two-rounds-first-and-executive"
    s1, e1 = kst(2026, 3, 10, 14), kst(2026, 3, 10, 15)
    s2, e2 = kst(2026, 3, 27, 10), kst(2026, 3, 27, 10, 40)
    rec = ["sohee.moon@hanbitcard.example"]
    role = "디지털 마케팅 분석 (경력)"
    case(cid, {"interview": True,
               "interviews": [iv("한빛카드", role, s1, e1, "scheduled", [], rec, "technical"),
                              iv("한빛카드", role, s2, e2, "scheduled", [], rec, "onsite")],
               "difficulty": "hard", "category": "positive/two-interviews",
               "notes": "1차 실무진 면접 notice, then '1차 면접 합격 및 2차(임원) 면접 안내' (not an offer): two "
                        "scheduled interviews, interviewers named without addresses.",
               "source": "synthetic"})
    sig = """
문소희 선임 | 한빛카드 인사부 채용팀
휴대폰 010-8842-0615 | sohee.moon@hanbitcard.example
서울 종로구 종로 51, 한빛금융센터 10층"""
    mail("01-first-round.eml", date=kst(2026, 3, 3, 14, 25), frm="한빛카드 채용팀 <sohee.moon@hanbitcard.example>",
         subject="[한빛카드] 1차 면접(실무진 면접) 안내", msgid="<hbc.rec.0303.01@hanbitcard.example>",
         cte="quoted-printable", text=f"""윤서연 님 안녕하십니까,
한빛카드 채용팀입니다.

지원해 주신 [{role}] 직무의 1차 면접(실무진 면접)을 다음과 같이 안내드립니다.

● 일시: {kd(s1)} {hm(s1)}~{hm(e1)}
● 장소: 한빛금융센터 11층 면접실 (서울 종로구 종로 51)
● 면접위원: 디지털마케팅팀 팀장 및 차장 2인
● 유의사항: 면접 시작 20분 전까지 11층 대기실로 와 주시기 바랍니다.

참석 여부 회신 부탁드립니다.
{sig}
""")
    mail("02-pass-and-second-round.eml", date=kst(2026, 3, 13, 17, 40), frm="한빛카드 채용팀 <sohee.moon@hanbitcard.example>",
         subject="[한빛카드] 1차 면접 합격 및 2차(임원) 면접 안내", msgid="<hbc.rec.0313.02@hanbitcard.example>",
         cte="quoted-printable", text=f"""윤서연 님 안녕하십니까,
한빛카드 채용팀입니다.

{kd(s1)}에 진행된 1차 면접에 합격하셨음을 축하드립니다.
최종 전형인 2차 면접(임원 면접)을 아래와 같이 진행합니다.

● 일시: {kd(s2)} {khm(s2)} ~ {khm(e2)} (40분)
● 장소: 한빛금융센터 16층 임원회의실
● 면접위원: 임원 3인 (다대일 면접)
● 준비물: 신분증

※ 2차 면접 결과는 4월 초 개별 안내 예정이며, 최종 합격 시 채용 건강검진이 진행됩니다.
참석 여부 회신 부탁드립니다.
{sig}
""")


def c11():
    cid = "b83-11-scheduling-vendor-reschedule-sequence"
    s0, e0 = kst(2026, 3, 19, 14), kst(2026, 3, 19, 14, 45)
    s, e = kst(2026, 3, 20, 11), kst(2026, 3, 20, 11, 45)
    who = "hyun.namgung@flowcanvas.example"
    case(cid, {"interview": True,
               "interviews": [iv("플로우캔버스", "마케팅 애널리스트", s, e, "scheduled", [who], [who],
                                 "hiring_manager")],
               "difficulty": "hard", "category": "positive/reschedule",
               "notes": "Invented Korean booking tool (모여) confirms 3/19 14:00; team lead asks to move; tool sends "
                        "update with SEQUENCE 1 for 3/20 11:00-11:45. Final time wins.",
               "source": "synthetic"})
    uid = "moyeo-bk-20260319-73fa2c@moyeo.example"
    base = {"uid": uid, "organizer": ("남궁현", who),
            "attendees": [("남궁현", who, "REQ-PARTICIPANT", "ACCEPTED"),
                          (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")],
            "summary": "플로우캔버스 화상 면접 (마케팅 애널리스트) - 윤서연",
            "location": "https://zoom.example/j/83390217745"}
    c1 = ics("REQUEST", [dict(base, start=s0, end=e0, stamp=kst(2026, 3, 11, 20, 14), seq=0)],
             prodid="-//Moyeo//Booking 2.0//KO")
    c2 = ics("REQUEST", [dict(base, start=s, end=e, stamp=kst(2026, 3, 17, 13, 2), seq=1)],
             prodid="-//Moyeo//Booking 2.0//KO")
    mail("01-booking-confirmed.eml", date=kst(2026, 3, 11, 20, 14), frm="모여 <noreply@moyeo.example>",
         reply_to=f"남궁현 <{who}>", subject="[모여] 예약이 확정되었습니다: 플로우캔버스 화상 면접",
         msgid="<bk.73fa2c.1@moyeo.example>", cal=c1, calmode="attach",
         text=f"""윤서연 님, 예약이 확정되었습니다.

일정: 플로우캔버스 화상 면접 (마케팅 애널리스트)
일시: {kd(s0)} {khm(s0)} - {khm(e0)} (한국 시간)
호스트: 남궁현 (플로우캔버스 마케팅팀장)
장소: Zoom https://zoom.example/j/83390217745

일정 변경/취소: https://moyeo.example/b/73fa2c
— 모여 | 쉽고 빠른 일정 예약
""")
    mail("02-team-lead-asks-to-move.eml", date=kst(2026, 3, 17, 12, 48), frm=f"남궁현 <{who}>",
         subject="면접 일정 변경 요청드립니다 (플로우캔버스)", msgid="<CAFc.nk.0317@flowcanvas.example>",
         text=f"""서연님 안녕하세요, 플로우캔버스 마케팅팀장 남궁현입니다.

죄송하지만 {kd(s0)} 오후에 급한 외부 일정이 생겨서요.
혹시 {kd(s)} 오전 11시로 면접 시간을 옮겨도 괜찮으실까요? 괜찮으시면 제가 모여에서 바로 변경해 두겠습니다.

남궁현 드림
플로우캔버스 | 휴대폰 010-3908-1172
""")
    mail("03-booking-updated.eml", date=kst(2026, 3, 17, 13, 2), frm="모여 <noreply@moyeo.example>",
         reply_to=f"남궁현 <{who}>", subject="[모여] 예약 일정이 변경되었습니다: 플로우캔버스 화상 면접",
         msgid="<bk.73fa2c.2@moyeo.example>", cal=c2, calmode="attach",
         text=f"""윤서연 님, 호스트가 예약 일정을 변경했습니다.

변경 전: {kd(s0)} {hm(s0)} - {hm(e0)}
변경 후: {kd(s)} {hm(s)} - {hm(e)} (한국 시간)
호스트: 남궁현 (플로우캔버스 마케팅팀장)
장소: Zoom https://zoom.example/j/83390217745

— 모여 | 쉽고 빠른 일정 예약
""")


def c12():
    cid = "b83-12-headhunter-forward-german-manager"
    s = kst(2026, 3, 25, 16)
    e = s + timedelta(minutes=45)
    cet = s.astimezone(BERLIN)
    assert cet.hour == 8 and cet.utcoffset() == timedelta(hours=1)
    kv = "katrin.vogel@brandtner.example"
    case(cid, {"interview": True,
               "interviews": [iv("Brandtner Korea", "Marketing Analyst", s, e, "scheduled", [kv], [kv],
                                 "hiring_manager")],
               "difficulty": "hard", "category": "positive/forwarded-headhunter",
               "notes": "Headhunter forwards the German hiring manager's mail ('16:00 Uhr Seoul time / 08:00 Uhr MEZ', "
                        "before EU DST). Interviewer is the German manager; headhunter only coordinates.",
               "source": "synthetic"})
    text = f"""서연님, 안녕하세요. 탑서치파트너스 배수민입니다.

브랜트너 코리아 2차 면접 일정이 확정되어 아래 본사 메일 전달드립니다.
{kd(s)} {khm(s)} (한국 시간), 45분간 Teams 화상 면접이며 면접관은 독일 본사의 Katrin Vogel 님입니다.
영어로 진행되니 지난번 말씀드린 대로 KPI 대시보드 사례 위주로 준비해 주시면 좋겠습니다.

궁금하신 점은 편하게 연락 주세요.

배수민 이사 | 탑서치파트너스 (Top Search Partners)
휴대폰 010-7781-2904 | 서울 강남구 테헤란로 152, 강남파이낸스센터 20층

---------- Forwarded message ---------
From: Katrin Vogel <{kv}>
Date: Thu, Mar 19, 2026 at 9:12 AM
Subject: Interview - Marketing Analyst, Brandtner Korea
To: Sumin Bae <sumin.bae@topsearch.example>

Dear Sumin,

thank you for introducing Ms. Yoon. I would be glad to speak with her in the second round.
Could we do Wednesday, 25 March at 16:00 Uhr Seoul time (08:00 Uhr MEZ for me)? 45 minutes on
Microsoft Teams, I will send the link the day before.

Mit freundlichen Grüßen / Best regards
Katrin Vogel
Head of Marketing APAC | Brandtner GmbH
Leopoldstraße 180, 80804 München
Tel. +49 89 5550 1821
"""
    mail("01-fw-interview-brandtner.eml", date=kst(2026, 3, 19, 17, 33), cte="quoted-printable",
         frm="배수민 <sumin.bae@topsearch.example>", subject="FW: Interview - Marketing Analyst, Brandtner Korea",
         msgid="<PS2P216MB0911.sb.0319@topsearch.example>", text=text,
         headers=[("X-Mailer", "Microsoft Outlook 16.0")])


def c13():
    cid = "b83-13-final-round-loop-itinerary-ics"
    sess = [(kst(2026, 3, 26, 10), kst(2026, 3, 26, 10, 45), "Marketing Director interview",
             [("Olivia Grant", "olivia.grant@kestrelbev.example")]),
            (kst(2026, 3, 26, 11), kst(2026, 3, 26, 11, 45), "Case presentation (brand team panel)",
             [("Olivia Grant", "olivia.grant@kestrelbev.example"), ("송재민", "jaemin.song@kestrelbev.example")]),
            (kst(2026, 3, 26, 13), kst(2026, 3, 26, 13, 30), "HR interview / 인사 면접",
             [("임가은", "gaeun.lim@kestrelbev.example")])]
    ivs = ["olivia.grant@kestrelbev.example", "jaemin.song@kestrelbev.example", "gaeun.lim@kestrelbev.example"]
    case(cid, {"interview": True,
               "interviews": [iv("Kestrel Beverages Korea", "Consumer Insights Analyst", sess[0][0], sess[-1][1],
                                 "scheduled", ivs, ivs, "onsite")],
               "difficulty": "hard", "category": "positive/onsite-loop",
               "notes": "최종 면접 day: bilingual itinerary mail (base64 HTML+text) plus three standalone .ics sessions "
                        "with a lunch break; one onsite 10:00-13:30 with all three interviewers.",
               "source": "synthetic"})
    rows = [f"  {hm(a)}–{hm(b)}  {t} — " + ", ".join(n for n, _ in p) for a, b, t, p in sess]
    rows.insert(2, f"  {hm(sess[1][1])}–{hm(sess[2][0])}  Lunch break (점심 식사는 개별)")
    rows = "\n".join(rows)
    text = f"""Dear Seoyeon / 윤서연 님,

Congratulations on reaching the final round (최종 면접) for the Consumer Insights Analyst role at
Kestrel Beverages Korea. Your itinerary for {kd(sess[0][0])} (Thursday, 26 March) is below:

{rows}

Venue: Kestrel Beverages Korea, 8F, 120 Sejong-daero, Jung-gu, Seoul. Please arrive by half past nine
for building registration. Separate calendar holds for each session are attached.

For anything at all, reply to me directly.

Best regards / 감사합니다,
임가은 Gaeun Lim | Talent Acquisition & HR Business Partner
Kestrel Beverages Korea | M. 010-4410-7825 | gaeun.lim@kestrelbev.example
"""
    html = "<html><body><pre style='font-family:inherit'>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>"
    mail("01-final-round-itinerary.eml", date=kst(2026, 3, 19, 10, 20), cte="base64",
         frm="Kestrel Careers <careers-noreply@kestrelbev.example>", reply_to="Gaeun Lim <gaeun.lim@kestrelbev.example>",
         subject="[Kestrel Beverages Korea] Final round itinerary / 최종 면접 일정 안내",
         msgid="<itin.4410.0319@careers.kestrelbev.example>", text=text, html=html)
    for i, (a, b, t, p) in enumerate(sess, start=2):
        raw(f"0{i}-session-{i - 1}.ics", ics("REQUEST", [{
            "start": a, "end": b, "stamp": kst(2026, 3, 19, 10, 21), "uid": f"kestrel-final-ysy-{i - 1}@kestrelbev.example",
            "organizer": ("Gaeun Lim", "gaeun.lim@kestrelbev.example"),
            "attendees": [(n, em, "REQ-PARTICIPANT", "ACCEPTED") for n, em in p] +
                         [("Seoyeon Yoon", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
            "summary": f"Final round {i - 1}/3: {t} - Seoyeon Yoon",
            "description": "Kestrel Beverages Korea - Consumer Insights Analyst - 최종 면접",
            "location": "Kestrel Beverages Korea 8F, 120 Sejong-daero, Seoul"}],
            prodid="-//Kestrel Beverages//Recruiting Calendar//EN"))


# =================================================================== NEGATIVES
def neg(cid, category, notes, difficulty="hard"):
    case(cid, {"interview": False, "interviews": [], "difficulty": difficulty, "category": category,
               "notes": notes, "source": "synthetic"})


def c14():
    neg("b83-14-info-session-with-ics", "negative/info-session",
        "채용설명회 (online info session) with an .ics hold; mentions 면접 tips and 인터뷰 with employees.")
    s, e = kst(2026, 3, 11, 19), kst(2026, 3, 11, 20, 30)
    c = ics("PUBLISH", [{"start": s, "end": e, "stamp": kst(2026, 3, 3, 9), "uid": "hg-briefing-2026h1@hangyeol.example",
                         "organizer": ("한결그룹 채용", "recruit-noreply@hangyeol.example"),
                         "summary": "한결그룹 2026 상반기 온라인 채용설명회",
                         "description": "유튜브 라이브: https://video.example/hangyeol-live",
                         "location": "온라인 (유튜브 라이브)"}], prodid="-//Hangyeol Group//Careers//KO")
    mail("01-info-session.eml", date=kst(2026, 3, 3, 9), frm="한결그룹 채용 <recruit-noreply@hangyeol.example>",
         subject="[한결그룹] 2026 상반기 온라인 채용설명회 초대", msgid="<hg.brief.0303@hangyeol.example>",
         cal=c, method="PUBLISH", calmode="attach", attach_name="briefing.ics", cte="base64",
         text=f"""윤서연 님, 안녕하십니까.
한결그룹 채용 뉴스레터를 구독해 주셔서 감사합니다.

2026년 상반기 신입·경력 공개채용을 앞두고 온라인 채용설명회를 개최합니다.

▶ 일시: {kd(s)} {khm(s)} ~ {khm(e)}
▶ 방식: 유튜브 라이브 (사전 신청자 대상 링크 발송)
▶ 프로그램
   - 계열사별 채용 일정 및 직무 소개 (한결유통, 한결건설, 한결제약)
   - 현직자 인터뷰: 마케팅 직무 선배가 말하는 하루
   - 인사 담당자가 알려주는 1차 면접·임원 면접 준비 Tip
   - 실시간 Q&A

첨부된 일정 파일로 캘린더에 추가해 두세요.
본 메일은 발신 전용이며, 수신을 원치 않으시면 수신거부를 눌러 주세요.
""")


def c15():
    neg("b83-15-aptitude-test-window", "negative/aptitude-test",
        "인적성 검사 (online aptitude test) with a 2-day deadline window and a pre-check session; interview stage "
        "only mentioned as future.")
    a, b = kst(2026, 3, 14, 9), kst(2026, 3, 15, 18)
    p, q = kst(2026, 3, 13, 14), kst(2026, 3, 13, 14, 30)
    mail("01-dsat-notice.eml", date=kst(2026, 3, 10, 16, 0), frm="대성그룹 채용 <no-reply@hirelink.example>",
         subject="[대성그룹] 서류전형 합격 및 DSAT(인적성 검사) 응시 안내", msgid="<hl.dsat.0310@hirelink.example>",
         cte="quoted-printable", text=f"""윤서연 님, 안녕하십니까.
대성그룹 채용 담당자입니다.

대성케미칼 [브랜드 마케팅 (경력)] 서류전형 합격을 진심으로 축하드립니다.
다음 전형인 온라인 인적성 검사(DSAT) 일정을 아래와 같이 안내드립니다.

1. 응시 기간: {kd(a)} {hm(a)} ~ {kd(b)} {hm(b)} (기간 내 자유 응시, 마감 시각 이후 접속 불가)
2. 사전 점검(환경 테스트): {kd(p)} {hm(p)}~{hm(q)} — 웹캠·마이크 점검, 감독관 화상 연결 확인
3. 응시 방법: 채용 홈페이지 > 마이페이지 > DSAT 응시하기 (PC 크롬 브라우저, 웹캠 필수)
4. 소요 시간: 약 100분 (인성검사 포함)

인적성 검사 합격자에 한하여 면접 전형(1차 면접, 임원 면접) 일정을 별도로 안내드릴 예정입니다.

※ 본 메일은 발신 전용입니다. 문의: 대성그룹 채용 헬프데스크 02-3780-5599
""")


def c16():
    neg("b83-16-final-offer-notice", "negative/offer",
        "최종 합격 (offer) notice referencing the past 최종 면접, with onboarding date/time and document deadline.")
    d = kst(2026, 4, 1, 9)
    mail("01-final-pass.eml", date=kst(2026, 3, 23, 15, 10), frm="오로라소프트 인사팀 <hr@aurorasoft.example>",
         reply_to="정예린 <yerin.jung@aurorasoft.example>", subject="[오로라소프트] 최종 합격을 축하드립니다",
         msgid="<aurora.hr.0323@aurorasoft.example>", html_cte="base64",
         text=f"""윤서연 님, 안녕하세요.
오로라소프트 인사팀 정예린입니다.

지난주 최종 면접에 참석해 주셔서 감사드리며, [마케팅 애널리스트] 포지션에 최종 합격하셨음을 기쁜 마음으로 알려드립니다!

■ 입사 예정일: {kd(d)} {khm(d)} (본사 3층 오리엔테이션룸으로 출근)
■ 처우: 첨부된 처우 안내서(Offer Letter)를 확인해 주세요.
■ 입사 서류 제출 기한: {kd(kst(2026, 3, 27))}까지 (회신 메일로 제출)
   - 주민등록등본, 최종학교 졸업증명서, 경력증명서, 통장 사본

입사 의사를 {kd(kst(2026, 3, 25))}까지 회신 부탁드립니다.

정예린 매니저 | 오로라소프트 인사팀
휴대폰 010-2019-6634 | 서울 서초구 강남대로 373, 10층
""",
         html="<html><body><p>윤서연 님, 최종 합격을 축하드립니다!</p><p>입사 예정일: " + kd(d) +
              " 오전 9시</p><p>오로라소프트 인사팀 정예린</p></body></html>")


def c17():
    neg("b83-17-rejection-after-first-interview", "negative/rejection",
        "불합격 notice after a past 1차 면접 (date quoted), offers a talent-pool 면접 opportunity later.")
    past = kst(2026, 3, 10, 11)
    mail("01-result.eml", date=kst(2026, 3, 17, 18, 2), frm="누리모빌리티 채용 <recruit@nurimobility.example>",
         subject="[누리모빌리티] 1차 면접 결과 안내", msgid="<nuri.result.0317@nurimobility.example>", cte="base64",
         text=f"""윤서연 님, 안녕하세요.
누리모빌리티 채용 담당자입니다.

지난 {kd(past)} {khm(past)}에 진행된 [마케팅 애널리스트] 1차 면접에 귀한 시간 내어 참석해 주셔서 감사합니다.

신중한 검토 끝에 아쉽게도 이번 채용에서는 함께하기 어렵게 되었다는 말씀을 드립니다.
지원자님의 역량이 부족해서가 아니라 제한된 인원으로 인한 결과임을 양해 부탁드립니다.

인재풀에 등록해 두고, 추후 적합한 포지션이 열리면 우선적으로 면접 기회를 드릴 수 있도록 연락드리겠습니다.
앞날에 좋은 일이 가득하시길 바랍니다.

누리모빌리티 인사팀 드림
""")


def c18():
    neg("b83-18-pre-employment-medical-check", "negative/medical-check",
        "채용 건강검진 appointment (date, time, hospital address) for a successful candidate; not an interview.")
    t = kst(2026, 3, 30, 8, 30)
    mail("01-medical-check.eml", date=kst(2026, 3, 24, 10, 45), frm="동해에너지 인사팀 <hyejin.ko@donghae-energy.example>",
         subject="[동해에너지] 채용 건강검진 일정 안내 (최종 합격자)", msgid="<dhe.hr.0324.med@donghae-energy.example>",
         cte="quoted-printable", text=f"""윤서연 님, 안녕하십니까.
동해에너지 인사팀 고혜진입니다.

최종 면접 합격을 축하드립니다. 입사 전 절차로 채용 건강검진을 아래와 같이 예약하였습니다.

- 일시: {kd(t)} {khm(t)} (접수 마감 오전 9시)
- 장소: 한마음병원 건강검진센터 2층 (서울 강서구 공항대로 200)
- 준비사항: 전날 밤 9시 이후 금식, 신분증 지참
- 검진 항목: 일반 채용검진 (흉부 X선, 혈액검사, 소변검사 등)

일정 변경이 필요하신 경우 회신 또는 휴대폰으로 연락 부탁드립니다.

고혜진 대리 | 동해에너지 인사팀
휴대폰 010-5573-2840 | 02-2660-8100
""")


def c19():
    neg("b83-19-availability-request-scheduling-link", "negative/availability-request",
        "English recruiter asks to pick a slot for a first interview via an (invented) scheduling link; nothing booked.")
    mail("01-pick-a-time.eml", date=kst(2026, 3, 18, 14, 12), frm="Hannah Lee <hannah.lee@lindqvisthart.example>",
         subject="Interview scheduling - Marketing Analyst (Seoul) | Lindqvist & Hart",
         msgid="<LH.hl.0318.ab12@lindqvisthart.example>",
         text="""Hi Seoyeon,

Thank you for your application for the Marketing Analyst role in our Seoul office. The team would like
to invite you to a first interview (45 min, Teams) with the Marketing Manager.

Please choose a time that suits you via the link below - slots are open Mon 3/23 to Fri 3/27,
10:00-17:00 KST. Once you book, you'll automatically receive a calendar invitation.

https://timepick.example/lindqvisthart/hannah-lee/first-interview

If none of the slots work, just let me know a few times and I'll work around them.

Kind regards,
Hannah Lee | Talent Acquisition, Korea
Lindqvist & Hart Korea | M +82 10-6180-2231
""")


def c20():
    neg("b83-20-ai-one-way-video-interview", "negative/one-way-ai-interview",
        "'AI 면접' (one-way AI video assessment) with a deadline; no live interviewer. Later 대면 면접 only hinted.")
    dl = kst(2026, 3, 18, 23, 59)
    mail("01-ai-interview.eml", date=kst(2026, 3, 12, 13, 0), frm="청운식품 채용 <no-reply@hirelink.example>",
         subject="[청운식품] AI 면접(AI 역량검사) 응시 안내", msgid="<hl.ai.0312@hirelink.example>", cte="base64",
         html=f"""<html><body><p>윤서연 님, 안녕하십니까. 청운식품 채용 담당자입니다.</p>
<p>[마케팅 분석 (경력)] 서류전형에 합격하셨습니다. 다음 전형인 <b>AI 면접(AI 역량검사)</b>에 응시해 주시기 바랍니다.</p>
<ul><li>응시 마감: {kd(dl)} 23:59까지 (기간 내 언제든 응시 가능)</li>
<li>방식: 웹캠 녹화형 면접 &mdash; 화면의 질문에 답변을 녹화하며, 실시간 면접관은 없습니다.</li>
<li>소요 시간: 약 60분 (자기소개, 상황 면접, 게임형 역량 검사)</li></ul>
<p>AI 면접 결과에 따라 대면 면접(실무진 면접) 대상자에게 일정을 별도 안내드립니다.</p>
<p>응시 링크: https://ai.hirelink.example/cheongun/start</p>
<p>※ 본 메일은 발신 전용입니다.</p></body></html>""")


def c21():
    neg("b83-21-paid-mock-interview-booking", "negative/mock-interview",
        "Job-site paid 1:1 모의 면접 coaching booking with a fixed time, coach name and Zoom link.")
    t = kst(2026, 3, 11, 20)
    mail("01-mock-booking.eml", date=kst(2026, 3, 8, 22, 31), frm="잡브릿지 면접코칭 <coaching@jobbridge.example>",
         subject="[잡브릿지] 1:1 모의 면접 예약이 확정되었습니다", msgid="<jb.coach.88412.0308@jobbridge.example>",
         cte="quoted-printable", text=f"""윤서연 님, 예약해 주셔서 감사합니다.

[잡브릿지 프리미엄] 1:1 모의 면접 코칭 예약이 확정되었습니다.

· 일시: {kd(t)} {khm(t)} ~ {hm(t + timedelta(hours=1))} (60분)
· 코치: 백승훈 코치 (前 대기업 인사팀장, 면접위원 경력 12년)
· 주제: 마케팅 직무 실무진 면접 / 임원 면접 대비 실전 모의 면접 + 피드백 리포트
· 접속: Zoom (시작 10분 전 문자로 링크 발송)
· 결제 금액: 49,000원 (카드 결제 완료)

예약 변경·취소는 24시간 전까지 마이페이지에서 가능합니다.
잡브릿지 고객센터 1588-0000
""")


def c22():
    neg("b83-22-user-research-interview", "negative/user-research",
        "Fintech app invites the user to a paid 사용자 인터뷰 (UX research) at a fixed time on Zoom.")
    t = kst(2026, 3, 17, 19)
    mail("01-user-interview.eml", date=kst(2026, 3, 12, 18, 20), frm="머니폴 리서치팀 <minseo.cha@moneypole.example>",
         subject="[머니폴] 사용자 인터뷰 참여 확정 안내", msgid="<mp.ux.0312.7@moneypole.example>",
         text=f"""안녕하세요 윤서연 님, 머니폴 UX 리서처 차민서입니다.

설문에 응답해 주시고 사용자 인터뷰 참여를 신청해 주셔서 감사합니다. 아래 일정으로 인터뷰가 확정되었습니다.

- 일시: {kd(t)} {khm(t)} ~ {khm(t + timedelta(hours=1))}
- 방식: 화상 인터뷰 (Zoom), 화면 공유로 앱 사용 과정을 함께 봅니다
- 대상: 최근 3개월 내 해외 송금 기능을 사용해 보신 분
- 사례비: 인터뷰 종료 후 모바일 상품권 5만원 발송

정답이 있는 자리가 아니니 편하게 평소 사용하시는 그대로 보여 주시면 됩니다.
참석이 어려우시면 하루 전까지 회신 부탁드립니다.

차민서 | 머니폴 Product Research
휴대폰 010-9920-4471
""")


README = """# blind83 - Seoul marketing analyst (written blind)

Blind evaluation set of 22 mailbox scenarios for interview detection. The mailbox owner is a marketing
analyst in Seoul (Asia/Seoul, no DST) applying to Korean chaebol affiliates, startups and foreign firms'
Korea offices, plus one role in Singapore and one in Los Angeles. Mail is mostly Korean (formal 합니다체),
some English, one forwarded German manager's mail.

Written blind: the author did not read the detector code or other test cases; all names, companies,
job sites (잡브릿지 JobBridge), ATS (하이어링크 HireLink), booking tool (모여 Moyeo) are invented; all domains
are `.example`, the owner is `seoyeon.yoon@example.com`.

Regenerate with `python make_cases.py` (deterministic; stdlib + PyYAML + zoneinfo). Labels follow
/work/shared/eval/README.md (final state wins, onsite = first start .. last end, offsets via zoneinfo).

## Counts
- 22 cases: 13 positive, 9 negative; 14 labelled interviews (12 scheduled, 2 cancelled).
- Positive: job-site relay body only, Korean ATS + .ics panel, e-mail + Google invite dedupe,
  Exchange/Teams executive panel (Korea Standard Time), thread propose/confirm with CEO, LA recruiter across
  US DST (9p PT = 1pm KST), Singapore gcal.json (noon SGT), METHOD:CANCEL, candidate withdrawal (HTML only),
  two interviews (1차 + 2차 임원), booking-tool reschedule (SEQUENCE), headhunter forward (German, MEZ),
  final-round loop (itinerary + 3 .ics).
- Negative: 채용설명회 info session (.ics), 인적성 검사 window, 최종 합격 offer, 불합격 rejection,
  채용 건강검진, availability request / scheduling link, one-way AI 면접, paid 모의 면접, paid 사용자 인터뷰.
"""


def main():
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b83-"):
            shutil.rmtree(p)
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# Labels for blind83 (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=1000)
    (HERE / "README.md").write_text(README, encoding="utf-8")


if __name__ == "__main__":
    main()
