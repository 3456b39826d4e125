#!/usr/bin/env python3
"""Regenerate the blind147 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs; running it twice gives the
same bytes. Standard library + PyYAML + zoneinfo only.

Owner: Han Seoyun (한서윤) <seoyun.han@example.com>, a Seoul-based game localization specialist.
"""
import base64
import hashlib
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "seoyun.han@example.com"
OWNER_KO = "한서윤"
OWNER_EN = "Seoyun Han"

SEOUL = ZoneInfo("Asia/Seoul")
TOKYO = ZoneInfo("Asia/Tokyo")
LA = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

KO_WD = "월화수목금토일"
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------- time helpers
def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd_ko(d, expect):
    """Korean weekday character of d; assert it is the one the text names."""
    got = KO_WD[d.weekday()]
    assert got == expect, (d, got, expect)
    return got


def wd_en(d, expect):
    got = EN_WD[d.weekday()]
    assert got.startswith(expect), (d, got, expect)
    return expect


def rfc_date(d):
    return format_datetime(d)


def ics_local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def ics_utc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ko_ampm(d):
    """'오전 10시' / '오후 2시' / '오후 3:30' style."""
    h = d.hour
    ap = "오전" if h < 12 else "오후"
    h12 = h % 12 or 12
    if d.minute:
        return f"{ap} {h12}:{d.minute:02d}"
    return f"{ap} {h12}시"


def ko_ampm_colon(d):
    h = d.hour
    ap = "오전" if h < 12 else "오후"
    h12 = h % 12 or 12
    return f"{ap} {h12}:{d.minute:02d}"


def en_time(d, style="upper"):
    h12 = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    if style == "google":  # 5pm, 5:45pm
        ap = ap.lower()
        return f"{h12}{ap}" if d.minute == 0 else f"{h12}:{d.minute:02d}{ap}"
    if style == "calendly":
        return f"{h12}:{d.minute:02d}{ap.lower()}"
    return f"{h12}:{d.minute:02d} {ap}"


def iso(d):
    return d.isoformat()


# ----------------------------------------------------------------------------- header helpers
def enc_words(s, maxbytes=36):
    """RFC 2047 B-encoding, split on UTF-8 character boundaries."""
    words, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > maxbytes:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    return ["=?UTF-8?B?" + base64.b64encode(w).decode("ascii") + "?=" for w in words]


def hdr(s):
    if all(ord(c) < 128 for c in s):
        return s
    return "\n ".join(enc_words(s))


def ad(name, email):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()"@;:'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{' '.join(enc_words(name))} <{email}>"


def rid(seed, n=12, upper=True):
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]
    return h.upper() if upper else h


# ----------------------------------------------------------------------------- MIME helpers
def b64text(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def leaf(ctype, text, cte="base64", charset="UTF-8", extra=(), raw=None):
    """A single MIME part -> (headers, body)."""
    if raw is not None:
        data = raw
    else:
        data = text.encode("euc_kr" if charset.lower() == "ks_c_5601-1987" else "utf-8")
        if charset.lower() == "ks_c_5601-1987":
            assert data.decode("euc_kr") == text
    if cte == "base64":
        body = b64text(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("ascii")
    ct = ctype if "charset" in ctype or ctype.startswith("application") else f'{ctype}; charset="{charset}"'
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def multi(subtype, boundary, parts):
    out = []
    for h, b in parts:
        out.append(f"--{boundary}\n" + "".join(f"{k}: {v}\n" for k, v in h) + "\n" + b.rstrip("\n") + "\n")
    body = "\n".join(out) + f"\n--{boundary}--\n"
    return ([("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')], body)


def received(host, ip, when, msgid):
    t = (when + timedelta(seconds=2)).astimezone(SEOUL)
    return (f"from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id "
            f"{rid(msgid, 11)}\n        for <{OWNER}>; {rfc_date(t)}")


def message(*, frm, to, subject, date, msgid, root, host, ip, cc=None, reply_to=None, irt=None,
            refs=None, sender=None, return_path=None, before=(), extra=()):
    hs = [("Delivered-To", OWNER), ("Received", received(host, ip, date, msgid))]
    hs += list(before)
    rp = return_path or frm.split("<")[-1].rstrip(">")
    hs.append(("Return-Path", f"<{rp}>"))
    hs.append(("From", frm))
    if sender:
        hs.append(("Sender", sender))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", hdr(subject)))
    hs.append(("Date", rfc_date(date)))
    hs.append(("Message-ID", msgid))
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    rh, body = root
    hs += rh
    return "".join(f"{k}: {v}\n" for k, v in hs) + "\n" + body


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def to_html(text, font="'Malgun Gothic', '맑은 고딕', sans-serif", size="10pt"):
    lines = []
    for ln in text.split("\n"):
        if ln.startswith(">"):
            lines.append(f'<div style="color:#555555">{html_escape(ln)}</div>')
        elif ln.strip() == "":
            lines.append("<div><br></div>")
        else:
            lines.append(f"<div>{html_escape(ln)}</div>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(lines) +
            "\n</div></body></html>\n")


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))


# ----------------------------------------------------------------------------- iCalendar helpers
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        l = len(ch.encode("utf-8"))
        if n + l > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += l
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ_SEOUL_GOOGLE = ["BEGIN:VTIMEZONE", "TZID:Asia/Seoul", "X-LIC-LOCATION:Asia/Seoul", "BEGIN:STANDARD",
                    "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:KST", "DTSTART:19700101T000000",
                    "END:STANDARD", "END:VTIMEZONE"]
VTZ_KST_WINDOWS = ["BEGIN:VTIMEZONE", "TZID:Korea Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                   "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD", "BEGIN:DAYLIGHT",
                   "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:DAYLIGHT",
                   "END:VTIMEZONE"]
VTZ_TOKYO_ZOOM = ["BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "LAST-MODIFIED:20231222T233358Z",
                  "TZURL:https://www.tzurl.org/zoneinfo-outlook/Asia/Tokyo", "X-LIC-LOCATION:Asia/Tokyo",
                  "BEGIN:STANDARD", "TZNAME:JST", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900",
                  "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
VTZ_LA_GOOGLE = ["BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
                 "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
                 "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                 "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
                 "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                 "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False):
    cn = f'"{name}"' if any(c in name for c in ",;:") else name
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={cn}:mailto:{email}"


# ----------------------------------------------------------------------------- vendor templates
def teams_block_ko(seed):
    mid = " ".join(str(int(rid(seed + 'm', 12, False), 16))[i:i + 3] for i in (0, 3, 6, 9))
    pw = rid(seed + "p", 6, False)
    thread = rid(seed + "t", 32, False)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{rid(seed + 'tid', 8, False)}-5e1c-4a7b-9c1d-{rid(seed + 'tid2', 12, False)}%22%7d")
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams 모임\n"
            "컴퓨터, 모바일 앱 또는 회의실 디바이스에서 참가\n"
            f"여기를 클릭하여 모임 참가<{url}>\n"
            f"모임 ID: {mid}\n"
            f"암호: {pw}\n"
            "Teams 다운로드<https://www.microsoft.com/ko-kr/microsoft-teams/download-app> | "
            "웹에서 참가<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "자세한 정보<https://aka.ms/JoinTeamsMeeting> | 모임 옵션<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________\n")
    return text, url


def outlook_invite(*, seed, method, organizer, attendees, summary, start, end, body_text, tzid_lines,
                   tzid, sequence=0, status="CONFIRMED", location="Microsoft Teams 모임", dtstamp, teams_url=None,
                   lang="ko-KR"):
    uid = "040000008200E00074C5B7101A82E00800000000" + rid(seed + "uid", 48)
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += tzid_lines
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(attendee(*a))
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{ics_esc(body_text)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang}:{ics_esc(summary)}",
              f"DTSTART;TZID={tzid}:{ics_local(start)}",
              f"DTEND;TZID={tzid}:{ics_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(dtstamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{sequence}",
              f"LOCATION;LANGUAGE={lang}:{ics_esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(rid(seed + 'own', 7, False), 16)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1" if method != "CANCEL"
              else "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        lines.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(location)}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def outlook_invite_mail(*, seed, frm, to, subject, date, when_line, body_text, cal, method="REQUEST",
                        host, ip, cc=None, thread_topic=None):
    msgid = f"<SE2P216MB{rid(seed, 16)}{rid(seed + 'b', 8)}@SE2P216MB{rid(seed + 'c', 4)}.KORP216.PROD.OUTLOOK.COM>"
    plain = when_line + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body_text
    html = to_html(plain)
    b = "_000_" + rid(seed + "bnd", 28) + "KORP216PROD_"
    root = multi("alternative", b, [
        leaf("text/plain", plain, "quoted-printable"),
        leaf("text/html", html, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', None, "base64", raw=cal.encode("utf-8")),
    ])
    extra = [("Thread-Topic", hdr(thread_topic or subject)),
             ("Thread-Index", base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()),
             ("Accept-Language", "ko-KR, en-US"), ("Content-Language", "ko-KR"), ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(hashlib.sha1((seed + 'ser').encode()).digest()).decode()),
             ("x-ms-publictraffictype", "Email")]
    return message(frm=frm, to=to, cc=cc, subject=subject, date=date, msgid=msgid, root=root, host=host, ip=ip,
                   extra=extra), msgid


def google_ics(*, uid, method, organizer, attendees, summary, start, end, tz, vtz, description, location,
               dtstamp, created, last_modified, sequence=0, status="CONFIRMED", prodid="-//Google Inc//Google Calendar 70.9054//EN"):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    lines += vtz
    lines += ["BEGIN:VEVENT", f"DTSTART;TZID={tz}:{ics_local(start)}", f"DTEND;TZID={tz}:{ics_local(end)}",
              f"DTSTAMP:{ics_utc(dtstamp)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for a in attendees:
        lines.append(attendee(*a, google=True))
    lines += [f"X-GOOGLE-CONFERENCE:{location}" if location.startswith("https://meet") else None,
              f"CREATED:{ics_utc(created)}", f"DESCRIPTION:{ics_esc(description)}",
              f"LAST-MODIFIED:{ics_utc(last_modified)}", f"LOCATION:{ics_esc(location)}", f"SEQUENCE:{sequence}",
              f"STATUS:{status}", f"SUMMARY:{ics_esc(summary)}", "TRANSP:OPAQUE"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H30M0S",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics([l for l in lines if l])


def google_invite_mail(*, seed, frm_name, frm_email, subject, date, plain, html, cal, host="mail-sor-f69.google.com",
                       ip="209.85.220.69", method="REQUEST"):
    msgid = f"<calendar-{rid(seed, 8, False)}-{rid(seed + '1', 4, False)}-{rid(seed + '2', 4, False)}-{rid(seed + '3', 4, False)}-{rid(seed + '4', 12, False)}@google.com>"
    b_mixed = "000000000000" + rid(seed + "mx", 16, False)
    b_alt = "000000000000" + rid(seed + "al", 16, False)
    alt = multi("alternative", b_alt, [
        leaf("text/plain", plain, "base64"),
        leaf("text/html", html, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', None, "base64", raw=cal.encode("utf-8")),
    ])
    att = leaf('application/ics; name="invite.ics"', None, "base64", raw=cal.encode("utf-8"),
               extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])
    root = multi("mixed", b_mixed, [alt, att])
    return message(frm=ad(frm_name, frm_email), to=OWNER, subject=subject, date=date, msgid=msgid, root=root,
                   host=host, ip=ip, reply_to=frm_email, sender="Google Calendar <calendar-notification@google.com>",
                   return_path=f"3{rid(seed + 'rp', 20, False)}@calendar-server.bounces.google.com",
                   extra=[("X-Google-Calendar-Content-Display", "1")]), msgid


def gmail_mail(*, seed, frm, to, subject, date, text, cc=None, irt=None, refs=None, reply_to=None, host=None,
               ip="209.85.220.41", attachments=(), plain_cte="base64"):
    msgid = f"<CA{rid(seed, 10, False)}+{rid(seed + 'x', 22, False)}=Q@mail.gmail.com>"
    b_alt = "000000000000" + rid(seed + "al", 16, False)
    alt = multi("alternative", b_alt, [leaf("text/plain", text, plain_cte),
                                       leaf("text/html", to_html(text, font="arial,sans-serif", size="small"),
                                            "quoted-printable")])
    root = alt
    if attachments:
        root = multi("mixed", "000000000000" + rid(seed + "mx", 16, False), [alt] + list(attachments))
    return message(frm=frm, to=to, cc=cc, subject=subject, date=date, msgid=msgid, root=root,
                   host=host or "mail-sor-f41.google.com", ip=ip, irt=irt, refs=refs, reply_to=reply_to), msgid


# ----------------------------------------------------------------------------- registry
CASES = {}
LABELS = {}


def add_case(case_id, files, label):
    assert case_id not in CASES
    CASES[case_id] = files
    base = {"user": OWNER, "interview": bool(label["interviews"])}
    base.update(label)
    base["source"] = "synthetic"
    LABELS[case_id] = base


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


# ============================================================================= POSITIVES
def case01():
    """Korean HR mail from Outlook (ks_c_5601-1987 charset), body only, Zoom, 1차 면접."""
    cid = "b147-01-stellarwind-1st-interview-zoom-body"
    start, end = T(SEOUL, 2026, 3, 17, 14), T(SEOUL, 2026, 3, 17, 15)
    sent = T(SEOUL, 2026, 3, 12, 10, 12, 33)
    reply_by = T(SEOUL, 2026, 3, 13)
    body = f"""안녕하세요, 한서윤 님.
스텔라윈드게임즈 인사팀 이가영입니다.

먼저 저희 '게임 로컬라이제이션 PM (영어)' 포지션에 지원해 주셔서 감사드립니다.
서류 전형 및 번역 과제 검토 결과, 1차 면접(실무진 면접)에 모시게 되어 아래와 같이 일정을 안내드립니다.

■ 일시: 3월 17일({wd_ko(start, '화')}) 오후 2시 ~ 3시 (약 60분)
■ 방식: Zoom 화상 면접
   - 회의 링크: https://zoom.us/j/84120937755?pwd=c3RlbGxhcndpbmQxNw
   - 회의 ID: 841 2093 7755 / 암호: 317614
■ 면접관: 로컬라이제이션팀 정민재 팀장 (본 메일 참조에 포함되어 있습니다)
■ 내용: 경력 및 프로젝트 경험, 제출하신 번역 과제 리뷰, 간단한 영어 질의응답

면접 시작 10분 전까지 접속하셔서 카메라와 마이크 상태를 확인해 주시고,
일정 조율이 필요하시면 3월 13일({wd_ko(reply_by, '금')})까지 본 메일로 회신 부탁드립니다.

감사합니다.
이가영 드림

--------------------------------------------------
이가영 | 인사팀 매니저
스텔라윈드게임즈 (Stellarwind Games)
서울특별시 강남구 선릉로 000, 9층
T. 02-555-0143 | M. 010-0000-0143
gayoung.lee@stellarwind.example
"""
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="KO" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n' +
            "\n".join(f'<p class="MsoNormal"><span style="font-family:\'맑은 고딕\'">{html_escape(l) if l else "&nbsp;"}'
                      f'</span></p>' for l in body.split("\n")) + "\n</div></body></html>\n")
    msgid = "<004b01dcb1c2$7a3e91d0$6ebbb570$@stellarwind.example>"
    root = multi("alternative", "----=_NextPart_000_004C_01DCB20E.EA2839D0", [
        leaf("text/plain", body, "base64", charset="ks_c_5601-1987"),
        leaf("text/html", html, "base64", charset="ks_c_5601-1987"),
    ])
    mail = message(frm=ad("이가영", "gayoung.lee@stellarwind.example"), to=ad(OWNER_KO, OWNER),
                   cc=ad("정민재", "minjae.jung@stellarwind.example"),
                   subject="[스텔라윈드게임즈] 게임 로컬라이제이션 PM(영어) 1차 면접 일정 안내",
                   date=sent, msgid=msgid, root=root, host="mail.stellarwind.example", ip="203.0.113.25",
                   extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHcscJ6PpHQdj6ceEGbu7VwAAAAAA=="),
                          ("Content-Language", "ko")])
    add_case(cid, {"01-stellarwind-1st-interview.eml": mail}, {
        "interviews": [iv("스텔라윈드게임즈", "게임 로컬라이제이션 PM (영어)", start, end, "scheduled",
                          ["minjae.jung@stellarwind.example"], ["minjae.jung@stellarwind.example"], "technical")],
        "difficulty": "medium", "category": "positive/korean-body-only",
        "notes": "Korean Outlook mail in ks_c_5601-1987 (base64), '3월 17일(화) 오후 2시 ~ 3시' KST, Zoom; "
                 "interviewer (team lead) is on Cc, HR sender only coordinates."})


def case02():
    """JobKorea 면접제의 (no-reply) then HR moves it by e-mail; final 3/26 11:00."""
    cid = "b147-02-jobkorea-offer-rescheduled-by-email"
    orig = T(SEOUL, 2026, 3, 24, 16)
    start, end = T(SEOUL, 2026, 3, 26, 11), T(SEOUL, 2026, 3, 26, 12)
    d1 = T(SEOUL, 2026, 3, 18, 9, 30, 12)
    d2 = T(SEOUL, 2026, 3, 20, 17, 45, 2)
    d_user = T(SEOUL, 2026, 3, 20, 21, 12, 40)
    d3 = T(SEOUL, 2026, 3, 23, 10, 2, 51)
    jk = f"""한서윤님, 안녕하세요.
(주)픽셀하버에서 보낸 면접제의가 도착했습니다.

공고명 | [픽셀하버] 한영 게임 번역가 (정규직 / 경력 3년 이상)
면접 유형 | 1차 실무 면접 (대면)
면접 일시 | 2026.03.24({wd_ko(orig, '화')}) 16:00
소요 시간 | 약 1시간
면접 장소 | 서울시 마포구 양화로 000, 픽셀하버 5층 회의실
담당자 | 박준서 (인사팀) junseo.park@pixelharbor.example / 02-3141-0192
기업 메시지 | 안녕하세요 한서윤님, 포트폴리오 인상 깊게 보았습니다. 실무 면접에서 뵙고 싶습니다.

[면접제의 수락]  [일정 변경 요청]  [거절]
면접제의는 잡코리아 > 개인회원 홈 > 받은 제의 에서도 확인할 수 있습니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다. 문의는 기업 담당자에게 직접 연락해 주세요.
(주)잡코리아 | 서울시 서초구 | 고객센터 1588-9350
"""
    jk_html = ('<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>잡코리아 면접제의</title></head>'
               '<body style="margin:0;background:#f4f4f4"><table width="640" align="center" cellpadding="0" '
               'cellspacing="0" style="background:#ffffff;font-family:\'Malgun Gothic\',dotum,sans-serif;font-size:14px">\n'
               '<tr><td style="padding:24px 32px;border-bottom:3px solid #0b5fff">'
               '<img src="https://www.jobkorea.co.kr/images/mail/logo.png" alt="JOBKOREA" width="120"></td></tr>\n')
    for ln in jk.strip().split("\n"):
        if "|" in ln and not ln.startswith("(주)"):
            k, v = [x.strip() for x in ln.split("|", 1)]
            jk_html += (f'<tr><td style="padding:6px 32px"><b style="display:inline-block;width:110px;color:#666">'
                        f'{html_escape(k)}</b>{html_escape(v)}</td></tr>\n')
        else:
            jk_html += f'<tr><td style="padding:6px 32px">{html_escape(ln) or "&nbsp;"}</td></tr>\n'
    jk_html += "</table></body></html>\n"
    m1 = message(frm=ad("잡코리아", "no-reply@jobkorea.co.kr"), to=OWNER,
                 subject="[잡코리아] (주)픽셀하버에서 한서윤님께 면접을 제의했습니다",
                 date=d1, msgid="<20260318093012.JKM7F2Q0@mailer.jobkorea.co.kr>",
                 root=leaf("text/html", jk_html, "base64"), host="mailer.jobkorea.co.kr", ip="198.51.100.71",
                 extra=[("X-Mailer", "JK-MassMailer 4.2"), ("List-Unsubscribe", "<https://www.jobkorea.co.kr/mail/unsubscribe>")])

    t2 = f"""안녕하세요, 한서윤 님.
픽셀하버 인사팀 박준서입니다.

잡코리아를 통해 면접제의를 수락해 주셔서 감사합니다.
다만 죄송하게도 면접관으로 참여하실 로컬라이제이션 팀장님 출장 일정이 변경되어,
3월 24일({wd_ko(orig, '화')}) 16시로 안내드렸던 1차 면접을 3월 26일({wd_ko(start, '목')}) 오전 11시로 옮길 수 있을지 여쭙고자 합니다.
장소와 진행 방식(대면, 약 1시간)은 동일합니다.

가능 여부 회신 주시면 바로 확정해 드리겠습니다. 불편을 드려 죄송합니다.

박준서 드림
픽셀하버 인사팀 | 02-3141-0192
"""
    m2, id2 = gmail_mail(seed="b147-02-m2", frm=ad("박준서", "junseo.park@pixelharbor.example"),
                         to=ad(OWNER_KO, OWNER), subject="[픽셀하버] 1차 면접 일정 변경 요청드립니다", date=d2, text=t2,
                         host="mail-pixelharbor.example", ip="198.51.100.18")
    user_id = "<CAH7q2xW0s9k1rD6c8mZrT3pKq5e=Lx0+YbVb2n9o8sF4Q@mail.gmail.com>"
    user_txt = f"""안녕하세요, 박준서 매니저님.
한서윤입니다.

네, 3월 26일(목) 오전 11시 가능합니다. 조정해 주셔서 감사합니다.
그날 뵙겠습니다.

한서윤 드림
"""
    t3 = f"""한서윤 님, 회신 감사합니다.
말씀하신 대로 1차 면접은 3월 26일({wd_ko(start, '목')}) 오전 11시로 확정하겠습니다.

당일 1층 안내데스크에서 신분증 제시 후 방문증을 받으시고 5층으로 올라오시면 제가 안내해 드리겠습니다.
면접은 출장에서 복귀하시는 로컬라이제이션 팀장님이 직접 진행하시며 약 1시간 소요됩니다.

감사합니다.
박준서 드림

2026년 3월 20일 (금) 오후 9:12, 한서윤 <{OWNER}>님이 작성:
{quote(user_txt)}
>
> 2026년 3월 20일 (금) 오후 5:45, 박준서 <junseo.park@pixelharbor.example>님이 작성:
{quote(quote(t2)).replace("> >", ">>")}
"""
    assert d_user.weekday() == 4
    m3, _ = gmail_mail(seed="b147-02-m3", frm=ad("박준서", "junseo.park@pixelharbor.example"),
                       to=ad(OWNER_KO, OWNER), subject="Re: [픽셀하버] 1차 면접 일정 변경 요청드립니다", date=d3,
                       text=t3, irt=user_id, refs=f"{id2}\n {user_id}", host="mail-pixelharbor.example",
                       ip="198.51.100.18")
    add_case(cid, {"01-jobkorea-interview-offer.eml": m1, "02-pixelharbor-schedule-change.eml": m2,
                   "03-re-schedule-change-confirmed.eml": m3}, {
        "interviews": [iv("픽셀하버", "한영 게임 번역가", start, end, "scheduled", [],
                          ["junseo.park@pixelharbor.example"], "technical")],
        "difficulty": "hard", "category": "positive/reschedule-email",
        "notes": "JobKorea 면접제의 says 2026.03.24(화) 16:00; HR asks to move it to 3월 26일(목) 오전 11시 and "
                 "confirms after the candidate agrees (her reply only quoted). Duration '약 1시간' kept. "
                 "Interviewers are unnamed, so follow-up goes to the HR contact."})


def case03():
    """Saramin 면접 안내 (noreply) with Reply-To the HR manager, in-person panel."""
    cid = "b147-03-saramin-panel-interview-notice"
    start, end = T(SEOUL, 2026, 4, 2, 15), T(SEOUL, 2026, 4, 2, 16, 30)
    sent = T(SEOUL, 2026, 3, 27, 14, 5, 40)
    rsvp = T(SEOUL, 2026, 4, 1, 12)
    rows = [("기업명", "문릿스튜디오"), ("지원 포지션", "현지화 QA 파트장 (Localization QA Lead)"),
            ("전형 단계", "1차 면접 (팀장·파트원 3인 패널 면접)"),
            ("면접 일시", f"2026년 4월 2일 ({wd_ko(start, '목')}) {ko_ampm_colon(start)} ~ {ko_ampm_colon(end)}"),
            ("면접 장소", "서울 성동구 성수이로 000, 문릿스튜디오 본사 3층 'Crescent' 회의실"),
            ("준비물", "신분증, 포트폴리오(선택)"),
            ("담당자", "인사팀 윤소라 매니저 (sora.yoon@moonlit-studio.example / 02-6952-0371)")]
    intro = "한서윤님, 안녕하세요.\n문릿스튜디오에서 보낸 면접 안내입니다."
    outro = (f"참석 여부를 4월 1일({wd_ko(rsvp, '수')}) 정오까지 아래 버튼으로 알려주세요.\n"
             "[참석합니다]  [참석이 어렵습니다]\n\n"
             "본 메일은 사람인 채용관리 서비스를 통해 기업이 발송한 메일입니다. 회신하시면 기업 담당자에게 전달됩니다.\n"
             "(주)사람인 | 서울특별시 구로구 | 고객센터 02-2025-4733")
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="width:680px;margin:0 auto;font-family:\'Apple SD Gothic Neo\',\'Malgun Gothic\',sans-serif">'
            '<div style="padding:20px 0;border-bottom:2px solid #4876ef"><img src="https://www.saramin.co.kr/sri/'
            'images/mail/logo_saramin.png" alt="saramin" height="24"></div>\n'
            f'<p style="font-size:15px">{html_escape(intro).replace(chr(10), "<br>")}</p>\n'
            '<h2 style="font-size:20px;color:#222">면접 일정 안내</h2>\n<table style="width:100%;border-collapse:'
            'collapse;font-size:14px">\n')
    for k, v in rows:
        html += (f'<tr><th style="width:120px;background:#f7f8fa;border:1px solid #e5e7ec;padding:10px;text-align:left">'
                 f'{html_escape(k)}</th><td style="border:1px solid #e5e7ec;padding:10px">{html_escape(v)}</td></tr>\n')
    html += (f'</table>\n<p style="font-size:14px">{html_escape(outro).replace(chr(10), "<br>")}</p>'
             '</div></body></html>\n')
    mail = message(frm=ad("문릿스튜디오(사람인)", "noreply@saramin.co.kr"), to=OWNER,
                   reply_to=ad("윤소라", "sora.yoon@moonlit-studio.example"),
                   subject="[사람인] 문릿스튜디오 면접 안내 - 현지화 QA 파트장",
                   date=sent, msgid="<SRI.20260327140540.8c41f0a2d7@saramin.co.kr>",
                   root=leaf("text/html", html, "quoted-printable"), host="smtp7.saramin.co.kr", ip="198.51.100.130",
                   extra=[("X-Saramin-Mail-Type", "recruit_interview_notice")])
    add_case(cid, {"01-saramin-interview-notice.eml": mail}, {
        "interviews": [iv("문릿스튜디오", "현지화 QA 파트장", start, end, "scheduled", [],
                          ["sora.yoon@moonlit-studio.example"], "onsite")],
        "difficulty": "medium", "category": "positive/korean-job-board",
        "notes": "Saramin 채용관리 HTML-only notice (quoted-printable) from noreply@saramin.co.kr; Reply-To and "
                 "the 담당자 row give the HR manager. 3-person panel in person, 오후 3:00 ~ 4:30 KST; "
                 "panelists unnamed so no interviewer e-mails."})


def case04():
    """Tokyo recruiter, English, JST; offers two slots, confirms one, attaches a Zoom .ics."""
    cid = "b147-04-tokyo-recruiter-jst-zoom-screen"
    alt = T(TOKYO, 2026, 3, 11, 11)
    start, end = T(TOKYO, 2026, 3, 12, 16), T(TOKYO, 2026, 3, 12, 16, 30)
    d1 = T(TOKYO, 2026, 3, 2, 11, 48, 20)
    d_user = T(SEOUL, 2026, 3, 2, 22, 31, 5)
    d2 = T(TOKYO, 2026, 3, 3, 9, 15, 7)
    sig = """Best regards,
Aiko Morimoto (森本 愛子)
Talent Acquisition Partner | Kitsune Interactive K.K.
Shibuya-ku, Tokyo | +81 3-0000-0000
aiko.morimoto@kitsune-interactive.example
"""
    t1 = f"""Hi Seoyun,

I hope this finds you well! I'm Aiko, a talent acquisition partner at Kitsune Interactive in Tokyo.
Thank you for applying for our Korean Localization Lead role - your work on live-service RPG
updates is exactly the kind of experience the team is looking for.

As a first step I'd like to have a 30-minute screening call with you over Zoom, where I'll
walk you through the role and our process and hear about your background.

Would either of these work for you? All times are JST (the same as Seoul time):
  - {wd_en(alt, 'Wed')} 3/11, 11:00-11:30 JST
  - {wd_en(start, 'Thu')} 3/12, 16:00-16:30 JST

If neither works, just send me a couple of alternatives.

{sig}"""
    m1, id1 = gmail_mail(seed="b147-04-m1", frm=ad("Aiko Morimoto", "aiko.morimoto@kitsune-interactive.example"),
                         to=ad(OWNER_EN, OWNER), subject="Kitsune Interactive - Korean Localization Lead / intro call",
                         date=d1, text=t1, plain_cte="quoted-printable", host="mail-kitsune-interactive.example",
                         ip="203.0.113.88")
    user_id = "<CAH7q2xXa1pP3k0Jd9f2=Lm8VtR+qk1yZz0cM6W3uE@mail.gmail.com>"
    user_txt = """Hi Aiko,

Thank you for reaching out! Thursday 3/12 at 16:00 JST works for me.
Looking forward to talking with you.

감사합니다,
Seoyun
"""
    t2 = f"""Hi Seoyun,

Great - I've locked in {wd_en(start, 'Thursday')}, March 12 at 16:00 JST (30 min). The Zoom invitation is
attached; you can also join here:
https://kitsune-interactive.zoom.us/j/93301724468?pwd=a2l0c3VuZTMxMg

Talk soon!

{sig}
On Mon, Mar 2, 2026 at 10:31 PM Seoyun Han <{OWNER}> wrote:
{quote(user_txt)}
"""
    assert d_user.weekday() == 0
    uid = "ZOOM93301724468@kitsune-interactive.zoom.us"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ_TOKYO_ZOOM + [
        "BEGIN:VEVENT", f"DTSTAMP:{ics_utc(d2)}", f"DTSTART;TZID=Asia/Tokyo:{ics_local(start)}",
        f"DTEND;TZID=Asia/Tokyo:{ics_local(end)}", "SUMMARY:Kitsune Interactive | Seoyun Han x Aiko Morimoto (Screening call)",
        f"UID:{uid}", "TZID:Asia/Tokyo",
        "DESCRIPTION:Aiko Morimoto is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Meeting\\n"
        "https://kitsune-interactive.zoom.us/j/93301724468?pwd=a2l0c3VuZTMxMg\\n\\nMeeting ID: 933 0172 4468\\n"
        "Passcode: 031216\\n\\n---\\n\\nOne tap mobile\\n+81363628317\\,\\,93301724468# Japan\\n",
        "LOCATION:https://kitsune-interactive.zoom.us/j/93301724468?pwd=a2l0c3VuZTMxMg",
        "ORGANIZER;CN=Aiko Morimoto:mailto:aiko.morimoto@kitsune-interactive.example",
        attendee("Seoyun Han", OWNER), "SEQUENCE:0", "STATUS:CONFIRMED",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    att = leaf('text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"', None, "base64",
               raw=cal.encode("utf-8"), extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])
    m2, _ = gmail_mail(seed="b147-04-m2", frm=ad("Aiko Morimoto", "aiko.morimoto@kitsune-interactive.example"),
                       to=ad(OWNER_EN, OWNER), subject="Re: Kitsune Interactive - Korean Localization Lead / intro call",
                       date=d2, text=t2, irt=user_id, refs=f"{id1}\n {user_id}", attachments=[att],
                       plain_cte="quoted-printable", host="mail-kitsune-interactive.example", ip="203.0.113.88")
    add_case(cid, {"01-kitsune-intro-call-options.eml": m1, "02-re-intro-call-zoom-invite.eml": m2}, {
        "interviews": [iv("Kitsune Interactive", "Korean Localization Lead", start, end, "scheduled",
                          ["aiko.morimoto@kitsune-interactive.example"], ["aiko.morimoto@kitsune-interactive.example"],
                          "phone_screen")],
        "difficulty": "medium", "category": "positive/thread-propose-confirm",
        "notes": "Tokyo recruiter offers Wed 3/11 11:00 and Thu 3/12 16:00 JST; candidate picks Thursday (quoted); "
                 "Zoom .ics with TZID Asia/Tokyo. Recruiter conducts the screen herself. The unchosen slot is not an "
                 "interview."})


def case05():
    """US company in PT: recruiter mail sent in PST for an interview after the Mar 8 DST switch."""
    cid = "b147-05-us-pt-google-invite-across-dst"
    start, end = T(LA, 2026, 3, 10, 17), T(LA, 2026, 3, 10, 17, 45)
    seoul_start = start.astimezone(SEOUL)
    assert (seoul_start.day, seoul_start.hour) == (11, 9)
    d1 = T(LA, 2026, 3, 4, 16, 20, 45)
    d2 = T(UTC, 2026, 3, 5, 0, 31, 10)
    assert d1.utcoffset() == timedelta(hours=-8) and start.utcoffset() == timedelta(hours=-7)
    t1 = f"""Hi Seoyun,

Thanks so much for sending over your portfolio and the sample LQA report - the team loved it.

The next step is a conversation with Derek Walsh, our Director of Localization and the hiring
manager for the Localization Producer (Korean) role. Derek has {wd_en(start, 'Tuesday')}, March 10 at 5:00 PM PT open.
If my math is right that's {wd_en(seoul_start, 'Wednesday')}, March 11 at 9:00 AM in Seoul - heads up that the US
switches to daylight saving time on March 8, so the gap to Seoul shrinks from 17 to 16 hours that week.

It'll be 45 minutes on Google Meet. I'll send a calendar invite from my calendar in a few minutes;
just reply here if the time doesn't work.

Best,
Megan

--
Megan Torres
Senior Technical Recruiter, Ridgeback Games
Irvine, CA
megan.torres@ridgeback-games.example
"""
    m1, _ = gmail_mail(seed="b147-05-m1", frm=ad("Megan Torres", "megan.torres@ridgeback-games.example"),
                       to=ad(OWNER_EN, OWNER), subject="Ridgeback Games: next step for Localization Producer (Korean)",
                       date=d1, text=t1, plain_cte="quoted-printable", host="mail-ridgeback-games.example",
                       ip="198.51.100.201")
    summary = "Ridgeback Games - Seoyun Han / Derek Walsh (Hiring Manager)"
    meet = "https://meet.google.com/rvk-tqpa-mzw"
    desc = ("Hiring manager interview for the Localization Producer (Korean) role with Derek Walsh, Director of "
            "Localization. Megan (recruiting) set this up and will not be joining.\n\n"
            "(9:00 AM Wednesday March 11 in Seoul)")
    cal = google_ics(uid="5h2m8kq1v0rbd7l3tq6e9c4s1o@google.com", method="REQUEST",
                     organizer=("Megan Torres", "megan.torres@ridgeback-games.example"),
                     attendees=[("Megan Torres", "megan.torres@ridgeback-games.example", "ACCEPTED"),
                                ("derek.walsh@ridgeback-games.example", "derek.walsh@ridgeback-games.example", "ACCEPTED"),
                                (OWNER, OWNER, "NEEDS-ACTION")],
                     summary=summary, start=start, end=end, tz="America/Los_Angeles", vtz=VTZ_LA_GOOGLE,
                     description=desc, location=meet, dtstamp=d2, created=d2 - timedelta(seconds=40),
                     last_modified=d2 - timedelta(seconds=5))
    when = f"{wd_en(start, 'Tuesday')} Mar 10, 2026 ⋅ {en_time(start, 'google')} – {en_time(end, 'google')}"
    plain = f"""You have been invited to the following event.

{summary}
{when}
Pacific Time - Los Angeles

Joining info
Join with Google Meet
meet.google.com/rvk-tqpa-mzw

Join by phone
(US) +1 413-555-0144 PIN: 771 402 398#

{desc}

Guests
Megan Torres - organizer
derek.walsh@ridgeback-games.example
{OWNER}
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWgybThrcTF2MHJiZDdsM3RxNmU5YzRzMW8

Reply for {OWNER}
Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
"""
    html = to_html(plain, font="Roboto,Helvetica,Arial,sans-serif", size="14px")
    subj = f"Invitation: {summary} @ Tue Mar 10, 2026 5pm - 5:45pm (PDT) ({OWNER})"
    m2, _ = google_invite_mail(seed="b147-05-inv", frm_name="Megan Torres", frm_email="megan.torres@ridgeback-games.example",
                               subject=subj, date=d2, plain=plain, html=html, cal=cal)
    add_case(cid, {"01-ridgeback-next-step.eml": m1, "02-invitation-hiring-manager.eml": m2}, {
        "interviews": [iv("Ridgeback Games", "Localization Producer (Korean)", start, end, "scheduled",
                          ["derek.walsh@ridgeback-games.example"], ["derek.walsh@ridgeback-games.example"],
                          "hiring_manager")],
        "difficulty": "hard", "category": "positive/dst-gap",
        "notes": "Mail sent Mar 4 in PST (-08:00) for Tue Mar 10 5:00 PM PT, which is PDT (-07:00) after the Mar 8 "
                 "switch = Wed Mar 11 09:00 KST (not 10:00). Mail + Google invite are ONE interview. Recruiter "
                 "organizes only; Derek is the interviewer."})


def case06():
    """Headhunter forwards the 2nd-round notice; client HR sends a Korean Teams invite."""
    cid = "b147-06-headhunter-forward-teams-2nd-interview"
    start, end = T(SEOUL, 2026, 4, 7, 10), T(SEOUL, 2026, 4, 7, 11)
    fwd_orig = T(SEOUL, 2026, 3, 31, 11, 40)
    d1 = T(SEOUL, 2026, 3, 31, 13, 22, 10)
    d2 = T(UTC, 2026, 3, 31, 4, 48, 55)
    role = "글로벌 퍼블리싱 로컬라이제이션 매니저"
    orig = f"""안녕하세요, 최예린 컨설턴트님.
노을소프트 인사팀 신유나입니다.

한서윤 님 1차 면접 결과 합격으로 2차 면접(임원 면접) 일정을 아래와 같이 확정하여 안내드립니다.

- 포지션: {role}
- 일시: 2026년 4월 7일({wd_ko(start, '화')}) 오전 10시 ~ 11시
- 방식: Microsoft Teams 화상 면접 (후보자분께 Teams 초대를 별도로 발송드립니다)
- 면접관: 서강훈 상무(글로벌사업본부장), Emily Grant 디렉터(Global Publishing)
- 참고: Emily 디렉터님 질문은 영어로 진행됩니다.

감사합니다.
신유나 드림
"""
    t1 = f"""서윤님, 안녕하세요.
피크서치파트너스 최예린입니다.

노을소프트 2차 면접 일정이 확정되어 인사팀 메일 그대로 전달드립니다.
임원 면접이라 지원 동기와 해외 퍼블리싱 협업 경험 위주로 준비하시면 좋을 것 같고,
Emily 디렉터님 파트는 영어로 진행되니 최근 프로젝트 한두 개를 영어로 정리해 두시길 권해 드려요.

Teams 초대는 인사팀에서 서윤님께 직접 보낸다고 합니다. 면접 끝나시고 편하실 때 전화 한 통 주세요!

최예린 드림
피크서치파트너스 | 수석 컨설턴트 | 010-0000-7719

-----Original Message-----
보낸 사람: 신유나 <yuna.shin@noeulsoft.example>
보낸 날짜: 2026년 3월 31일 {wd_ko(fwd_orig, '화')}요일 오전 11:40
받는 사람: 최예린 <yerin.choi@peaksearch.example>
제목: [노을소프트] 2차 면접 일정 안내 - 한서윤 님

{orig}"""
    msgid1 = "<SL2P216MB1187A3C2E0F94D5B8A7C11E2D5A62@SL2P216MB1187.KORP216.PROD.OUTLOOK.COM>"
    root1 = multi("alternative", "_000_SL2P216MB1187A3C2E0F94D5B8A7C11E2D5A62SL2P216MB1187KORP_", [
        leaf("text/plain", t1, "base64", charset="ks_c_5601-1987"),
        leaf("text/html", to_html(t1), "quoted-printable")])
    m1 = message(frm=ad("최예린", "yerin.choi@peaksearch.example"), to=ad(OWNER_KO, OWNER),
                 subject="FW: [노을소프트] 2차 면접 일정 안내 - 한서윤 님", date=d1, msgid=msgid1, root=root1,
                 host="mail-se2kor01on2112.outbound.protection.outlook.com", ip="40.107.0.112",
                 extra=[("Thread-Topic", hdr("[노을소프트] 2차 면접 일정 안내 - 한서윤 님")),
                        ("Accept-Language", "ko-KR, en-US"), ("Content-Language", "ko-KR")])
    teams, url = teams_block_ko("b147-06")
    body = f"""한서윤 님, 안녕하세요.
노을소프트 인사팀 신유나입니다.

{role} 포지션 2차 면접(임원 면접) 초대드립니다.
면접관: 서강훈 상무(글로벌사업본부장), Emily Grant 디렉터(Global Publishing)
저는 일정 조율만 담당하며 면접에는 참석하지 않습니다.

{teams}"""
    when = f"시간: 2026년 4월 7일 {wd_ko(start, '화')}요일 오전 10:00-오전 11:00 (UTC+09:00) 서울.\n위치: Microsoft Teams 모임"
    cal = outlook_invite(seed="b147-06", method="REQUEST", organizer=("신유나", "yuna.shin@noeulsoft.example"),
                         attendees=[("한서윤", OWNER), ("서강훈", "kanghoon.seo@noeulsoft.example", "ACCEPTED"),
                                    ("Emily Grant", "emily.grant@noeulsoft.example", "ACCEPTED")],
                         summary=f"[노을소프트] 2차 면접 - 한서윤 님 ({role})", start=start, end=end,
                         body_text=when + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body, tzid_lines=VTZ_KST_WINDOWS,
                         tzid="Korea Standard Time", dtstamp=d2, teams_url=url)
    m2, _ = outlook_invite_mail(seed="b147-06-inv", frm=ad("신유나", "yuna.shin@noeulsoft.example"),
                                to=f"{ad('한서윤', OWNER)}, {ad('서강훈', 'kanghoon.seo@noeulsoft.example')}, "
                                   f"{ad('Emily Grant', 'emily.grant@noeulsoft.example')}",
                                subject=f"[노을소프트] 2차 면접 - 한서윤 님 ({role})", date=d2, when_line=when,
                                body_text=body, cal=cal, host="mail-sl2kor01on2098.outbound.protection.outlook.com",
                                ip="40.107.0.98")
    add_case(cid, {"01-fw-noeulsoft-2nd-interview.eml": m1, "02-teams-invite-2nd-interview.eml": m2}, {
        "interviews": [iv("노을소프트", role, start, end, "scheduled",
                          ["kanghoon.seo@noeulsoft.example", "emily.grant@noeulsoft.example"],
                          ["kanghoon.seo@noeulsoft.example", "emily.grant@noeulsoft.example"], "onsite")],
        "difficulty": "medium", "category": "positive/dedupe",
        "notes": "Headhunter's forward (Korean Outlook '-----Original Message-----' block) + Teams invite with "
                 "TZID 'Korea Standard Time' = ONE 2차 면접. Two executives on the panel -> onsite per the panel rule. "
                 "HR organizer and headhunter are not interviewers."})


def case07():
    """Two interviews: 1차 with a date, then '내일 오전 10시' 2차 with the CEO."""
    cid = "b147-07-haneuldal-1st-and-2nd-round-tomorrow"
    s1, e1 = T(SEOUL, 2026, 3, 13, 16), T(SEOUL, 2026, 3, 13, 16, 45)
    d1 = T(SEOUL, 2026, 3, 10, 11, 3, 27)
    d2 = T(SEOUL, 2026, 3, 19, 15, 20, 41)
    s2 = T(SEOUL, 2026, 3, 20, 10)  # 내일 = the day after the 3/19 message
    assert s2.date() == (d2 + timedelta(days=1)).date()
    e2 = s2 + timedelta(minutes=30)
    role = "일본어·영어 현지화 매니저"
    sig = """문지원 드림
하늘달엔터테인먼트 | People팀 채용 담당
서울 성동구 아차산로 000, 하늘달타워
jiwon.moon@haneuldal.example
"""
    t1 = f"""안녕하세요 한서윤 님,
하늘달엔터테인먼트 People팀 문지원입니다.

{role} 포지션 서류 전형에 합격하셨습니다. 축하드립니다!
1차 면접을 아래와 같이 진행하고자 합니다.

· 일시: 3월 13일({wd_ko(s1, '금')}) 오후 4시 (약 45분)
· 방식: Google Meet 화상 면접 - meet.google.com/hdl-wxqe-npk
· 면접관: 현지화파트 강태오 파트장 (참조)
· 내용: 경력 검토, 일본어/영어 현지화 사례 토론

일정이 어려우시면 편하게 회신 주세요.

{sig}"""
    m1, _ = gmail_mail(seed="b147-07-m1", frm=ad("문지원", "jiwon.moon@haneuldal.example"), to=ad(OWNER_KO, OWNER),
                       cc=ad("강태오", "taeo.kang@haneuldal.example"),
                       subject=f"[하늘달엔터테인먼트] 1차 면접 안내 ({role})", date=d1, text=t1,
                       host="mail-haneuldal.example", ip="203.0.113.140")
    t2 = f"""안녕하세요 한서윤 님,
하늘달엔터테인먼트 People팀 문지원입니다.

지난주 1차 면접에 참석해 주셔서 감사합니다. 1차 면접 합격 소식을 전해드립니다!

대표님 해외 출장 일정 때문에 2차 면접(최종 면접)이 급하게 잡혔습니다.
2차 면접은 내일 오전 10시, 성수동 본사 8층 대표실에서 권민호 대표님과 약 30분간 진행됩니다.
혹시 내일 참석이 어려우시면 오늘 오후 6시까지 이 메일이나 02-0000-4410으로 연락 주세요.

당일 1층 로비에서 저를 찾아주시면 안내해 드리겠습니다.

{sig}"""
    m2, _ = gmail_mail(seed="b147-07-m2", frm=ad("문지원", "jiwon.moon@haneuldal.example"), to=ad(OWNER_KO, OWNER),
                       subject="[하늘달엔터테인먼트] 1차 면접 결과 및 2차 면접 안내", date=d2, text=t2,
                       host="mail-haneuldal.example", ip="203.0.113.140")
    add_case(cid, {"01-haneuldal-1st-interview.eml": m1, "02-haneuldal-2nd-interview-tomorrow.eml": m2}, {
        "interviews": [
            iv("하늘달엔터테인먼트", role, s1, e1, "scheduled", ["taeo.kang@haneuldal.example"],
               ["taeo.kang@haneuldal.example"], "technical"),
            iv("하늘달엔터테인먼트", role, s2, e2, "scheduled", [], ["jiwon.moon@haneuldal.example"],
               "hiring_manager")],
        "difficulty": "hard", "category": "positive/two-interviews",
        "notes": "1차 면접 3월 13일(금) 오후 4시 45분 with the part lead on Cc; 2차 면접 mail dated Thu 2026-03-19 "
                 "15:20 +0900 says '내일 오전 10시' -> Fri 3/20 10:00 KST, ~30 min with the CEO (no e-mail) so "
                 "follow-up goes to the recruiter."})


def case08():
    """Calendar API v3 event only: US company in PT, live LQA exercise."""
    cid = "b147-08-gcal-json-live-lqa-exercise"
    start, end = T(LA, 2026, 4, 14, 16, 30), T(LA, 2026, 4, 14, 17, 30)
    s_seoul = start.astimezone(SEOUL)
    assert (s_seoul.month, s_seoul.day, s_seoul.hour, s_seoul.minute) == (4, 15, 8, 30)
    created = T(UTC, 2026, 4, 7, 18, 2, 11)
    updated = T(UTC, 2026, 4, 8, 1, 44, 56)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3489120593112000\"",
        "id": "3vq1k7d0s5m2r8tcg6a4lfhb9e",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=M3ZxMWs3ZDBzNW0ycjh0Y2c2YTRsZmhiOWUgc2VveXVuLmhhbkBleGFtcGxlLmNvbQ",
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.strftime("%Y-%m-%dT%H:%M:%S.") + "402Z",
        "summary": "Tidewater Interactive - Round 2: Live LQA exercise (Seoyun Han)",
        "description": ("Hi Seoyun - this is the live portion of the Senior Localization Specialist (Korean) process.\n"
                        "Kenji Alvarez (Lead Localization Producer) will share a build and work through an LQA / "
                        "string-fix exercise with you in real time, then leave time for your questions.\n"
                        "No prep needed beyond the glossary we emailed. For you that's "
                        f"{wd_en(s_seoul, 'Wednesday')} 4/15 at 8:30 AM KST.\n\n"
                        "- Priscilla Nguyen, Recruiting Coordinator (I set this up but won't be on the call)"),
        "location": "https://tidewater.zoom.us/j/96148820317",
        "creator": {"email": "priscilla.nguyen@tidewater-interactive.example", "displayName": "Priscilla Nguyen"},
        "organizer": {"email": "priscilla.nguyen@tidewater-interactive.example", "displayName": "Priscilla Nguyen"},
        "start": {"dateTime": iso(start), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": iso(end), "timeZone": "America/Los_Angeles"},
        "iCalUID": "3vq1k7d0s5m2r8tcg6a4lfhb9e@google.com",
        "sequence": 0,
        "attendees": [
            {"email": "priscilla.nguyen@tidewater-interactive.example", "displayName": "Priscilla Nguyen",
             "organizer": True, "responseStatus": "accepted"},
            {"email": "kenji.alvarez@tidewater-interactive.example", "displayName": "Kenji Alvarez",
             "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    assert wd_en(start, "Tuesday")
    add_case(cid, {"01-tidewater-live-lqa.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"}, {
        "interviews": [iv("Tidewater Interactive", "Senior Localization Specialist (Korean)", start, end, "scheduled",
                          ["kenji.alvarez@tidewater-interactive.example"],
                          ["kenji.alvarez@tidewater-interactive.example"], "technical")],
        "difficulty": "medium", "category": "positive/gcal-json",
        "notes": "Calendar API event only, Tue 4/14 16:30-17:30 America/Los_Angeles (PDT) = Wed 4/15 08:30 KST. "
                 "Live exercise with an interviewer (not a take-home). Coordinator organizes only."})


def case09():
    """Korean Teams invite, then '면접 취소' e-mail and METHOD:CANCEL."""
    cid = "b147-09-arcana-teams-invite-then-cancelled"
    start, end = T(SEOUL, 2026, 3, 31, 15), T(SEOUL, 2026, 3, 31, 16)
    d1 = T(UTC, 2026, 3, 23, 6, 10, 22)
    d2 = T(SEOUL, 2026, 3, 27, 18, 2, 15)
    d3 = T(UTC, 2026, 3, 27, 9, 3, 40)
    role = "게임 현지화 스페셜리스트"
    subj = f"[아르카나랩스] 1차 면접 - 한서윤 님 ({role})"
    org = ("임하린", "harin.lim@arcanalabs.example")
    teams, url = teams_block_ko("b147-09")
    body = f"""한서윤 님, 안녕하세요.
아르카나랩스 인사팀 임하린입니다.

{role} 포지션 1차 면접을 Teams 화상으로 진행합니다.
면접관: 로컬라이제이션팀 백승우 팀장
소요 시간: 약 1시간 (직무 질의응답 및 간단한 영한 번역 토론)

{teams}"""
    when = f"시간: 2026년 3월 31일 {wd_ko(start, '화')}요일 오후 3:00-오후 4:00 (UTC+09:00) 서울.\n위치: Microsoft Teams 모임"
    att = [("한서윤", OWNER), ("백승우", "seungwoo.baek@arcanalabs.example", "ACCEPTED")]
    cal1 = outlook_invite(seed="b147-09", method="REQUEST", organizer=org, attendees=att, summary=subj, start=start,
                          end=end, body_text=when + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body, tzid_lines=VTZ_KST_WINDOWS,
                          tzid="Korea Standard Time", dtstamp=d1, teams_url=url)
    to = f"{ad('한서윤', OWNER)}, {ad('백승우', 'seungwoo.baek@arcanalabs.example')}"
    m1, _ = outlook_invite_mail(seed="b147-09-inv", frm=ad(*org), to=to, subject=subj, date=d1, when_line=when,
                                body_text=body, cal=cal1, host="mail-se2kor01on2131.outbound.protection.outlook.com",
                                ip="40.107.0.131")
    t2 = f"""한서윤 님, 안녕하세요.
아르카나랩스 인사팀 임하린입니다.

3월 31일({wd_ko(start, '화')}) 오후 3시로 예정되어 있던 {role} 포지션 1차 면접을
부득이하게 취소하게 되었음을 안내드립니다.

내부 조직 개편으로 해당 포지션의 채용이 잠정 보류되었으며, 한서윤 님의 역량과는 전혀 무관한 결정입니다.
일정을 비워 두셨을 텐데 갑작스럽게 안내드리게 되어 진심으로 사과드립니다.
채용이 재개되면 가장 먼저 연락드리겠습니다. Teams 일정 취소 알림도 곧 함께 발송됩니다.

임하린 드림
아르카나랩스 인사팀 | harin.lim@arcanalabs.example
"""
    msgid2 = "<SE2P216MB2291B04C7AE3D1F0C65E9B11D5A52@SE2P216MB2291.KORP216.PROD.OUTLOOK.COM>"
    root2 = multi("alternative", "_000_SE2P216MB2291B04C7AE3D1F0C65E9B11D5A52SE2P216MB2291KORP_", [
        leaf("text/plain", t2, "base64"), leaf("text/html", to_html(t2), "base64")])
    m2 = message(frm=ad(*org), to=ad(OWNER_KO, OWNER), subject="[아르카나랩스] 면접 취소 안내", date=d2,
                 msgid=msgid2, root=root2, host="mail-se2kor01on2131.outbound.protection.outlook.com",
                 ip="40.107.0.131", extra=[("Accept-Language", "ko-KR, en-US"), ("Content-Language", "ko-KR")])
    cbody = "해당 포지션 채용 보류로 면접이 취소되었습니다. 불편을 드려 죄송합니다.\n"
    cal3 = outlook_invite(seed="b147-09", method="CANCEL", organizer=org, attendees=att, summary="취소됨: " + subj,
                          start=start, end=end, body_text=cbody, tzid_lines=VTZ_KST_WINDOWS,
                          tzid="Korea Standard Time", dtstamp=d3, sequence=1, status="CANCELLED", teams_url=None)
    m3, _ = outlook_invite_mail(seed="b147-09-cxl", frm=ad(*org), to=to, subject="취소됨: " + subj, date=d3,
                                when_line=when, body_text=cbody, cal=cal3, method="CANCEL",
                                host="mail-se2kor01on2131.outbound.protection.outlook.com", ip="40.107.0.131",
                                thread_topic=subj)
    add_case(cid, {"01-teams-invite-1st-interview.eml": m1, "02-arcana-interview-cancelled.eml": m2,
                   "03-cancelled-teams-meeting.eml": m3}, {
        "interviews": [iv("아르카나랩스", role, start, end, "cancelled", ["seungwoo.baek@arcanalabs.example"],
                          ["seungwoo.baek@arcanalabs.example"], "technical")],
        "difficulty": "medium", "category": "positive/cancellation",
        "notes": "Teams invite (Korea Standard Time) for 3월 31일(화) 오후 3-4시, then '면접 취소 안내' (position on hold) "
                 "and a METHOD:CANCEL / STATUS:CANCELLED update: one interview kept with status cancelled."})


def korean_google_plain(head, summary, when_line, meet, desc, guests, changed=False):
    guest_lines = "\n".join(guests)
    return f"""{head}

{summary}
{when_line}{' 변경됨' if changed else ''}
한국 표준시

참여 정보
Google Meet으로 참여하기
{meet.replace('https://', '')}

전화로 참여
(KR) +82 2-0000-0917 PIN: 602 118 447#

{desc}

참석자
{guest_lines}
모든 참석자 정보 보기 https://calendar.google.com/calendar/event?action=VIEW

{OWNER}님의 응답
예 https://calendar.google.com/calendar/event?action=RESPOND&rst=1
아니요 https://calendar.google.com/calendar/event?action=RESPOND&rst=2
미정 https://calendar.google.com/calendar/event?action=RESPOND&rst=3

Google 캘린더에서 보낸 초대장
이 일정의 참석자이므로 이 이메일이 발송되었습니다. 이후 일정 업데이트를 받지 않으려면 이 일정을 거절하세요.
"""


def case10():
    """Korean-locale Google invite, then '업데이트된 초대' with SEQUENCE:1 and a new time."""
    cid = "b147-10-coralbeat-google-updated-invitation"
    s0, e0 = T(SEOUL, 2026, 3, 19, 17), T(SEOUL, 2026, 3, 19, 18)
    start, end = T(SEOUL, 2026, 3, 20, 11), T(SEOUL, 2026, 3, 20, 12)
    d1 = T(UTC, 2026, 3, 13, 2, 14, 9)
    d2 = T(UTC, 2026, 3, 17, 8, 40, 51)
    role = "게임 현지화 PM"
    summary = f"코랄비트 1차 면접 - 한서윤 님 ({role})"
    org = ("남궁현", "hyun.namgung@coralbeat.example")
    meet = "https://meet.google.com/cbt-mqzr-fwa"
    guests = ["남궁현 - 주최자", "chaewon.yoon@coralbeat.example", OWNER]
    desc0 = ("1차 면접(실무 면접) - 면접관: 윤채원 로컬라이제이션 리드\n"
             "번역 포트폴리오와 현지화 일정 관리 경험에 대해 이야기 나눌 예정입니다.\n"
             "남궁현(HR)은 일정 조율만 담당하며 면접에는 참석하지 않습니다.")
    desc1 = desc0 + f"\n\n[변경] 면접관 일정으로 3/19({wd_ko(s0, '목')}) 오후 5시 → 3/20({wd_ko(start, '금')}) 오전 11시로 변경되었습니다."
    uid = "0k7r3dq2v9s6h1mcl5b8n4tj2a@google.com"
    atts = [("남궁현", org[1], "ACCEPTED"), ("chaewon.yoon@coralbeat.example", "chaewon.yoon@coralbeat.example",
                                            "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    files = {}
    for n, (s, e, d, seq, desc, head, prefix) in enumerate([
            (s0, e0, d1, 0, desc0, "다음 일정에 초대되었습니다.", "초대"),
            (start, end, d2, 1, desc1, "이 일정이 변경되었습니다.", "업데이트된 초대")], 1):
        cal = google_ics(uid=uid, method="REQUEST", organizer=org, attendees=atts, summary=summary, start=s, end=e,
                         tz="Asia/Seoul", vtz=VTZ_SEOUL_GOOGLE, description=desc, location=meet, dtstamp=d,
                         created=d1 - timedelta(seconds=30), last_modified=d - timedelta(seconds=4), sequence=seq)
        end_txt = ko_ampm(e).replace("오후 12시", "오후 12시")
        if ko_ampm(s)[:2] == ko_ampm(e)[:2]:
            end_txt = ko_ampm(e)[3:]
        when_line = f"2026년 {s.month}월 {s.day}일 ({KO_WD[s.weekday()]}요일) ⋅ {ko_ampm(s)}~{end_txt}"
        plain = korean_google_plain(head, summary, when_line, meet, desc, guests, changed=(seq == 1))
        subj = (f"{prefix}: {summary} @ 2026년 {s.month}월 {s.day}일 ({KO_WD[s.weekday()]}) {ko_ampm(s)} - "
                f"{ko_ampm(e)} (KST) ({OWNER})")
        m, _ = google_invite_mail(seed=f"b147-10-{n}", frm_name=org[0], frm_email=org[1], subject=subj, date=d,
                                  plain=plain, html=to_html(plain, font="Roboto,Helvetica,Arial,sans-serif",
                                                            size="14px"), cal=cal)
        files[f"0{n}-{'invitation' if n == 1 else 'updated-invitation'}-coralbeat.eml"] = m
    wd_ko(s0, "목")
    add_case(cid, files, {
        "interviews": [iv("코랄비트", role, start, end, "scheduled", ["chaewon.yoon@coralbeat.example"],
                          ["chaewon.yoon@coralbeat.example"], "technical")],
        "difficulty": "medium", "category": "positive/reschedule-sequence",
        "notes": "Korean-locale Google invitations (초대 / 업데이트된 초대), same UID, SEQUENCE 0 -> 1: "
                 "3/19(목) 오후 5시 moved to 3/20(금) 오전 11시~오후 12시 KST. Final time only."})


def case11():
    """Greenhouse itinerary for a same-day loop in Seoul + three per-session .ics invites."""
    cid = "b147-11-northlight-greenhouse-onsite-loop"
    day = (2026, 4, 16)
    sessions = [
        (T(SEOUL, *day, 10, 0), T(SEOUL, *day, 10, 45), "Localization deep dive", "Marcus Lee",
         "Localization Team Lead", "marcus.lee@northlight-games.example"),
        (T(SEOUL, *day, 10, 45), T(SEOUL, *day, 11, 30), "LQA & vendor management", "Sun-hee Kwon",
         "LQA Manager", "sunhee.kwon@northlight-games.example"),
        (T(SEOUL, *day, 12, 30), T(SEOUL, *day, 13, 15), "Publishing & culture", "Olivia Brandt",
         "Director of Publishing", "olivia.brandt@northlight-games.example"),
    ]
    lunch = (T(SEOUL, *day, 11, 30), T(SEOUL, *day, 12, 30))
    sent = T(UTC, 2026, 4, 9, 1, 30, 0)
    role = "Localization Manager, Korea"
    wd_en(sessions[0][0], "Thursday")
    olivia_la = sessions[2][0].astimezone(LA)
    assert (olivia_la.day, olivia_la.hour, olivia_la.minute) == (15, 20, 30)
    rows = []
    for s, e, title, name, jt, _ in sessions:
        rows.append((f"{en_time(s)} – {en_time(e)}", f"{title} — {name}, {jt}"))
    rows.insert(2, (f"{en_time(lunch[0])} – {en_time(lunch[1])}", "Lunch with the localization team (not an interview)"))
    itin = "\n".join(f"  {a:<22} {b}" for a, b in rows)
    plain = f"""Hi Seoyun,

We're excited to host you at our Seoul studio for your onsite interview for the {role} position!
Here is your itinerary. All times are Korea Standard Time (KST).

{wd_en(sessions[0][0], 'Thursday')}, April 16, 2026
{itin}

Location: Northlight Games Korea, 12F, 000 Gangnam-daero, Seocho-gu, Seoul (check in at the 1F front desk)
Olivia will join the last session over Zoom from Los Angeles; the room will be set up for you.

Separate calendar invites for each session will follow from our interview calendar. If anything
comes up, just reply to this email and it will reach me.

Best,
Hyejin Cho (조혜진)
Recruiting Coordinator, Northlight Games

Powered by Greenhouse
"""
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">'
            f'<p>Hi Seoyun,</p><p>We\'re excited to host you at our Seoul studio for your onsite interview for the '
            f'<b>{html_escape(role)}</b> position!<br>Here is your itinerary. All times are Korea Standard Time (KST).</p>'
            f'<h3>{wd_en(sessions[0][0], "Thursday")}, April 16, 2026</h3><table cellpadding="6" style="border-collapse:collapse">')
    for a, b in rows:
        html += f'<tr><td style="border-bottom:1px solid #ddd;white-space:nowrap">{html_escape(a)}</td><td style="border-bottom:1px solid #ddd">{html_escape(b)}</td></tr>'
    html += ('</table><p>Location: Northlight Games Korea, 12F, 000 Gangnam-daero, Seocho-gu, Seoul (check in at the '
             '1F front desk)<br>Olivia will join the last session over Zoom from Los Angeles; the room will be set up '
             'for you.</p><p>Separate calendar invites for each session will follow from our interview calendar. If '
             'anything comes up, just reply to this email and it will reach me.</p><p>Best,<br>Hyejin Cho (조혜진)<br>'
             'Recruiting Coordinator, Northlight Games</p><p style="color:#999;font-size:11px">Powered by Greenhouse'
             '</p></body></html>\n')
    root = multi("alternative", "--==_mimepart_6615a2c8e1f0b_3c2a1d4f812934c", [
        leaf("text/plain", plain, "quoted-printable"), leaf("text/html", html, "quoted-printable")])
    m1 = message(frm=ad("Hyejin Cho", "no-reply@greenhouse.io"), to=OWNER,
                 reply_to=ad("Hyejin Cho", "hyejin.cho@northlight-games.example"),
                 subject=f"Your interview schedule with Northlight Games - {wd_en(sessions[0][0], 'Thursday')}, April 16",
                 date=sent, msgid="<6615a2c8e1f0b_3c2a1d4f81293a1@greenhouse-app-7c9d.mail>", root=root,
                 host="o1.ptr4471.greenhouse.io", ip="198.51.100.44", return_path="bounces+8841327@em.greenhouse.io",
                 extra=[("X-Mailer", "Greenhouse Recruiting")])
    files = {"01-greenhouse-onsite-itinerary.eml": m1}
    for i, (s, e, title, name, jt, email) in enumerate(sessions, 2):
        cal = google_ics(uid=f"{rid(cid + str(i), 26, False)}@google.com", method="REQUEST",
                         organizer=("Northlight Interviews", "interviews@northlight-games.example"),
                         attendees=[(name, email, "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                         summary=f"Onsite Interview: Seoyun Han - {role} ({title} with {name})", start=s, end=e,
                         tz="Asia/Seoul", vtz=VTZ_SEOUL_GOOGLE,
                         description=(f"Onsite interview for {role}. Session: {title}. Interviewer: {name}, {jt}.\n"
                                      "Scheduled via Greenhouse by Hyejin Cho."),
                         location="Northlight Games Korea 12F - Room 'Aurora'" if i != 4 else
                         "Northlight Games Korea 12F - Room 'Aurora' / Zoom https://northlight.zoom.us/j/97015524410",
                         dtstamp=sent + timedelta(minutes=3 + i), created=sent + timedelta(minutes=3 + i),
                         last_modified=sent + timedelta(minutes=3 + i))
        slug = name.lower().replace(" ", "-")
        files[f"0{i}-session-{i - 1}-{slug}.ics"] = cal
    add_case(cid, files, {
        "interviews": [iv("Northlight Games", role, sessions[0][0], sessions[-1][1], "scheduled",
                          [s[5] for s in sessions], [s[5] for s in sessions], "onsite")],
        "difficulty": "hard", "category": "positive/onsite-loop",
        "notes": "Greenhouse itinerary (no-reply sender, Reply-To coordinator) + three per-session .ics from a group "
                 "interview calendar, Thu 4/16 10:00-13:15 KST with a lunch break: ONE onsite from first start to last "
                 "end with all three interviewers (one joins remotely from LA at 20:30 PDT the previous day)."})


def case12():
    """Ashby confirmation (UTC times in the .ics) + the same event as a Calendar API item."""
    cid = "b147-12-lumenfall-ashby-and-gcal-dedupe"
    start, end = T(LA, 2026, 4, 23, 17), T(LA, 2026, 4, 23, 18)
    s_seoul, e_seoul = start.astimezone(SEOUL), end.astimezone(SEOUL)
    assert (s_seoul.day, s_seoul.hour) == (24, 9)
    sent = T(UTC, 2026, 4, 17, 22, 5, 33)
    role = "Korean Localization Manager"
    uid = "ashby-interview-7f3c2e91-4b0a-4d8e-9a61-2c5b7d0e1f43@ashbyhq.com"
    zoom = "https://lumenfall.zoom.us/j/95530182276?pwd=bHVtZW5mYWxsMjM"
    plain = f"""Hi Seoyun,

Your interview with Lumenfall Studios has been scheduled.

{role} - Hiring Manager Interview
{wd_en(start, 'Thursday')}, April 23, 2026
{en_time(start)} - {en_time(end)} PDT (Pacific Daylight Time)
({wd_en(s_seoul, 'Friday')}, April 24, {en_time(s_seoul)} - {en_time(e_seoul)} in Seoul)

Interviewer: Nadia Brooks, Head of Localization
Location: Zoom - {zoom}

A calendar invitation is attached. If you need to reschedule, reply to this email or contact
Tom Becker (tom.becker@lumenfall.example), who is coordinating your process.

Lumenfall Studios Recruiting
Bellevue, WA

Sent via Ashby
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ashby//Ashby Scheduling//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(sent)}", f"DTSTART:{ics_utc(start)}",
               f"DTEND:{ics_utc(end)}", f"SUMMARY:Lumenfall Studios: {role} - Hiring Manager Interview",
               f"DESCRIPTION:Interviewer: Nadia Brooks (Head of Localization)\\nJoin Zoom: {zoom}\\n"
               "Questions? Contact Tom Becker (tom.becker@lumenfall.example)",
               f"LOCATION:{zoom}",
               "ORGANIZER;CN=Lumenfall Recruiting:mailto:recruiting-calendar@lumenfall.example",
               attendee("Nadia Brooks", "nadia.brooks@lumenfall.example", "ACCEPTED"),
               attendee("Seoyun Han", OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    root = multi("mixed", "----=_Part_41877_1093548812.1776463533120", [
        multi("alternative", "----=_Part_41878_2120379931.1776463533120", [
            leaf("text/plain", plain, "quoted-printable"),
            leaf("text/html", to_html(plain, font="Inter,Helvetica,Arial,sans-serif", size="14px"), "quoted-printable")]),
        leaf('text/calendar; charset="utf-8"; method=REQUEST; name="interview.ics"', None, "base64",
             raw=cal.encode("utf-8"), extra=[("Content-Disposition", 'attachment; filename="interview.ics"')])])
    m1 = message(frm=ad("Lumenfall Studios", "no-reply@ashbyhq.com"), to=OWNER,
                 reply_to=ad("Tom Becker", "tom.becker@lumenfall.example"),
                 subject=f"Interview confirmed: {role} at Lumenfall Studios", date=sent,
                 msgid="<0100019d9f3b2a61-7e4c1f20-88b3-4a52-b1d0-5c7e2f9a0d14-000000@email.amazonses.com>",
                 root=root, host="a8-41.smtp-out.amazonses.com", ip="54.240.8.41",
                 return_path="0100019d9f3b2a61-bounce@amazonses.com")
    ev = {
        "kind": "calendar#event",
        "etag": "\"3491766412988000\"",
        "id": "_6tlnaqrle5p6cpb4dhmj4phpehmj0c9l6gr3cc9g6cpjid9n6ss34chh6o",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=XzZ0bG5hcXJsZTVwNmNwYjRkaG1qNHBocGVobWowYzlsNmdyM2NjOWc2Y3BqaWQ5bjZzczM0Y2hoNm8",
        "created": (sent + timedelta(seconds=51)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (sent + timedelta(minutes=12)).strftime("%Y-%m-%dT%H:%M:%S.") + "494Z",
        "summary": f"Lumenfall Studios: {role} - Hiring Manager Interview",
        "description": f"Interviewer: Nadia Brooks (Head of Localization)\nJoin Zoom: {zoom}\n"
                       "Questions? Contact Tom Becker (tom.becker@lumenfall.example)",
        "location": zoom,
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": "recruiting-calendar@lumenfall.example", "displayName": "Lumenfall Recruiting"},
        "start": {"dateTime": iso(s_seoul), "timeZone": "Asia/Seoul"},
        "end": {"dateTime": iso(e_seoul), "timeZone": "Asia/Seoul"},
        "iCalUID": uid,
        "sequence": 0,
        "attendees": [
            {"email": "nadia.brooks@lumenfall.example", "displayName": "Nadia Brooks", "responseStatus": "accepted"},
            {"email": OWNER, "displayName": "Seoyun Han", "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "privateCopy": True,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    add_case(cid, {"01-ashby-interview-confirmed.eml": m1,
                   "02-lumenfall-interview.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"}, {
        "interviews": [iv("Lumenfall Studios", role, start, end, "scheduled", ["nadia.brooks@lumenfall.example"],
                          ["nadia.brooks@lumenfall.example"], "hiring_manager")],
        "difficulty": "medium", "category": "positive/dedupe",
        "notes": "Ashby confirmation (Thu 4/23 5-6 PM PDT, .ics in UTC) and the imported Calendar API event shown in "
                 "Asia/Seoul (Fri 4/24 09:00 KST) are ONE interview. Organizer is a group calendar; Tom only "
                 "coordinates; Nadia interviews."})


def case13():
    """커피챗 that is explicitly step 1 of the hiring process, booked through Calendly."""
    cid = "b147-13-bridgequest-coffee-chat-calendly"
    start, end = T(SEOUL, 2026, 3, 27, 10, 30), T(SEOUL, 2026, 3, 27, 11)
    d1 = T(SEOUL, 2026, 3, 16, 20, 41, 9)
    d2 = T(UTC, 2026, 3, 17, 0, 12, 48)
    ev_name = "커피챗 (채용 1단계 · 30분)"
    t1 = """서윤님, 안녕하세요.
브릿지퀘스트 퍼블리싱실 실장 류지호입니다.

현지화 리드 포지션에 보내주신 지원서 잘 읽었습니다.
저희 채용 절차는 ① 커피챗(30분) → ② 번역·LQA 과제 → ③ 최종 면접 순서로 진행됩니다.
커피챗은 편하게 대화하는 자리이긴 하지만 정식 전형의 첫 단계이고, 함께 일하게 될 제가 직접 뵙습니다.

아래 링크에서 편하신 시간을 골라 주세요. (사무실 라운지에서 대면으로 진행합니다)
https://calendly.com/jiho-ryu-bq/coffeechat

감사합니다.
류지호 드림
브릿지퀘스트 | Publishing Director
"""
    m1, _ = gmail_mail(seed="b147-13-m1", frm=ad("류지호", "jiho.ryu@bridgequest.example"), to=ad(OWNER_KO, OWNER),
                       subject="[브릿지퀘스트] 현지화 리드 포지션 - 커피챗 일정 잡아주세요", date=d1, text=t1,
                       host="mail-bridgequest.example", ip="203.0.113.57")
    dt_line = (f"{en_time(start, 'calendly')} - {en_time(end, 'calendly')} (Korea Standard Time) on "
               f"{wd_en(start, 'Friday')}, March 27, 2026")
    plain = f"""Hi 한서윤,

Your event has been scheduled.

Event Type:
{ev_name}

Host:
류지호

Event Date/Time:
{dt_line}

Location:
브릿지퀘스트 라운지 - 서울 용산구 한강대로 000, 4층

Invitee Email:
{OWNER}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/5b1f0c3e-8e7a-4d62-a1c9-3f07b8d2e614
Reschedule: https://calendly.com/reschedulings/5b1f0c3e-8e7a-4d62-a1c9-3f07b8d2e614

Powered by Calendly.com
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly 1.0//EN", "CALSCALE:GREGORIAN",
               "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTAMP:{ics_utc(d2)}", f"DTSTART:{ics_utc(start)}",
               f"DTEND:{ics_utc(end)}", f"SUMMARY:{ics_esc(ev_name)} between 류지호 and 한서윤",
               "UID:5b1f0c3e-8e7a-4d62-a1c9-3f07b8d2e614@calendly.com",
               f"DESCRIPTION:Event Name: {ics_esc(ev_name)}\\n\\nNeed to make changes to this event?\\nCancel: "
               "https://calendly.com/cancellations/5b1f0c3e-8e7a-4d62-a1c9-3f07b8d2e614\\nReschedule: "
               "https://calendly.com/reschedulings/5b1f0c3e-8e7a-4d62-a1c9-3f07b8d2e614\\n\\nPowered by Calendly.com",
               "LOCATION:브릿지퀘스트 라운지 - 서울 용산구 한강대로 000\\, 4층",
               "ORGANIZER;CN=류지호:mailto:jiho.ryu@bridgequest.example",
               attendee("한서윤", OWNER, "ACCEPTED", rsvp=False), "SEQUENCE:0", "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    root = multi("mixed", "--==_mimepart_67f7a2b0c3d1e_2b4f9a3c1e77012", [
        multi("alternative", "--==_mimepart_67f7a2b0c3d1e_2b4f9a3c1e770e5", [
            leaf("text/plain", plain, "base64"),
            leaf("text/html", to_html(plain, font="Proxima Nova,Helvetica,Arial,sans-serif", size="14px"), "base64")]),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', None, "base64",
             raw=cal.encode("utf-8"), extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])])
    m2 = message(frm=ad("Calendly", "notifications@calendly.com"), to=OWNER,
                 reply_to=ad("류지호", "jiho.ryu@bridgequest.example"),
                 subject=f"Confirmed: {ev_name} with 류지호 on {wd_en(start, 'Friday')}, March 27, 2026",
                 date=d2, msgid="<67f7a2b0c3d1e_2b4f9a3c1e7701f@calendly-mailer-6b8c.mail>", root=root,
                 host="o7.email.calendly.com", ip="198.51.100.167", return_path="bounces+2277105@email.calendly.com")
    add_case(cid, {"01-bridgequest-coffee-chat-invite.eml": m1, "02-calendly-confirmed.eml": m2}, {
        "interviews": [iv("브릿지퀘스트", "현지화 리드", start, end, "scheduled", ["jiho.ryu@bridgequest.example"],
                          ["jiho.ryu@bridgequest.example"], "hiring_manager")],
        "difficulty": "medium", "category": "positive/coffee-chat",
        "notes": "커피챗 stated to be step 1 of the formal process, with the hiring manager in person; booked via "
                 "Calendly (10:30am - 11:00am Korea Standard Time, Fri 3/27; .ics in UTC). Link mail alone would "
                 "be an unbooked scheduling link; the confirmation books it."})


# ============================================================================= NEGATIVES
def neg(cid, files, difficulty, category, notes):
    add_case(cid, files, {"interviews": [], "difficulty": difficulty, "category": category, "notes": notes})


def case14():
    cid = "b147-14-toeic-speaking-booking"
    test = T(SEOUL, 2026, 3, 28, 9, 40)
    test_end = T(SEOUL, 2026, 3, 28, 10, 40)
    score = T(SEOUL, 2026, 4, 3)
    sent = T(SEOUL, 2026, 3, 9, 19, 2, 44)
    text = f"""한서윤 님, TOEIC Speaking 정기시험 접수가 완료되었습니다.

■ 접수번호: TS2603-0841172
■ 시험명: TOEIC Speaking 정기시험
■ 시험일시: 2026년 3월 28일({wd_ko(test, '토')}) 오전 9시 40분 입실 마감 / 오전 10시 시험 시작
■ 고사장: 서울 강남 TOEIC Speaking 센터 (테헤란로 000, 7층)
■ 응시료: 84,000원 (결제 완료)

[시험 안내]
- 시험은 총 11문항, 약 20분 동안 진행되며 실제 인터뷰처럼 화면의 질문에 바로 답하는 형식입니다.
  (Respond to questions / Express an opinion 등)
- 입실 마감 이후에는 어떠한 경우에도 입실이 불가합니다.
- 규정 신분증(주민등록증, 운전면허증, 여권 등)을 반드시 지참하세요.

[성적 발표]
2026년 4월 3일({wd_ko(score, '금')}) 정오 - 취업·승진용 성적표는 온라인으로 출력하실 수 있습니다.

시험 일정은 첨부된 캘린더 파일로 저장하실 수 있습니다.
본 메일은 발신 전용입니다.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//TOEIC Speaking KR//Exam Reservation//KO", "METHOD:PUBLISH"]
              + VTZ_SEOUL_GOOGLE + [
        "BEGIN:VEVENT", "UID:TS2603-0841172@toeicspeaking-kr.example", f"DTSTAMP:{ics_utc(sent)}",
        f"DTSTART;TZID=Asia/Seoul:{ics_local(test)}", f"DTEND;TZID=Asia/Seoul:{ics_local(test_end)}",
        "SUMMARY:TOEIC Speaking 정기시험 (입실 마감 09:40)",
        "LOCATION:서울 강남 TOEIC Speaking 센터 (테헤란로 000\\, 7층)",
        "DESCRIPTION:접수번호 TS2603-0841172 / 신분증 지참 / 인터뷰형 말하기 시험 11문항",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    root = multi("mixed", "=_ts_mixed_20260309190244_0841172", [
        multi("alternative", "=_ts_alt_20260309190244_0841172", [
            leaf("text/plain", text, "base64"), leaf("text/html", to_html(text), "base64")]),
        leaf('text/calendar; charset="UTF-8"; name="toeic_speaking_0328.ics"', None, "base64", raw=cal.encode(),
             extra=[("Content-Disposition", 'attachment; filename="toeic_speaking_0328.ics"')])])
    m = message(frm=ad("TOEIC Speaking", "no-reply@toeicspeaking-kr.example"), to=OWNER,
                subject="[TOEIC Speaking] 시험 접수가 완료되었습니다 (3/28 토)", date=sent,
                msgid="<20260309190244.0841172.TS@toeicspeaking-kr.example>", root=root,
                host="mail.toeicspeaking-kr.example", ip="203.0.113.201")
    neg(cid, {"01-toeic-speaking-registration.eml": m}, "medium", "negative/test-booking",
        "TOEIC Speaking exam booking with a dated .ics and 'interview-like' wording and 취업 vocabulary; a language "
        "test, not a job interview.")


def case15():
    cid = "b147-15-bank-consultation-appointment"
    s, e = T(SEOUL, 2026, 3, 20, 14), T(SEOUL, 2026, 3, 20, 14, 40)
    sent = T(SEOUL, 2026, 3, 16, 11, 25, 3)
    text = f"""[한빛은행] 방문 상담 예약 확정 안내

한서윤 고객님, 요청하신 1:1 방문 상담 예약이 확정되었습니다.

· 상담 일시: 2026년 3월 20일({wd_ko(s, '금')}) 오후 2:00 ~ 2:40
· 상담 지점: 역삼역지점 3층 상담실
· 담당 직원: 배성민 대리 (여신상담)
· 상담 내용: 직장인 신용대출 한도 및 이직 예정 시 재직기간 요건 상담

[준비 서류]
신분증, 재직증명서, 최근 3개월 급여명세서 또는 근로소득 원천징수영수증

예약 변경·취소는 한빛은행 앱 > 상담예약 메뉴 또는 지점(02-0000-3320)으로 연락해 주세요.
본 메일은 발신 전용입니다.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hanbit Bank//Branch Booking 2.1//KO", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:HB-CONS-20260320-140000-4471@hanbitbank.example", f"DTSTAMP:{ics_utc(sent)}",
               f"DTSTART:{ics_utc(s)}", f"DTEND:{ics_utc(e)}", "SUMMARY:[한빛은행] 방문 상담 - 역삼역지점",
               "DESCRIPTION:직장인 신용대출 상담 / 담당 배성민 대리 / 재직증명서 지참",
               "LOCATION:한빛은행 역삼역지점 3층 상담실", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    root = multi("mixed", "HB_BOUNDARY_MIXED_4471_20260316", [
        leaf("text/html", to_html(text), "base64"),
        leaf('text/calendar; charset="UTF-8"; name="consult.ics"', None, "base64", raw=cal.encode(),
             extra=[("Content-Disposition", 'attachment; filename="consult.ics"')])])
    m = message(frm=ad("한빛은행", "notice@hanbitbank.example"), to=OWNER,
                subject="[한빛은행] 방문 상담 예약이 확정되었습니다", date=sent,
                msgid="<HB.CONS.4471.20260316112503@hanbitbank.example>", root=root,
                host="mailgw.hanbitbank.example", ip="198.51.100.9")
    neg(cid, {"01-bank-consultation-confirmed.eml": m}, "easy", "negative/appointment",
        "Bank branch 상담 booking with .ics and employment-related documents (재직증명서, 이직); not a job interview.")


def case16():
    cid = "b147-16-game-magazine-interview"
    s, e = T(SEOUL, 2026, 4, 3, 16), T(SEOUL, 2026, 4, 3, 17)
    d1 = T(SEOUL, 2026, 3, 24, 14, 33, 20)
    d2 = T(UTC, 2026, 3, 25, 6, 2, 13)
    t1 = f"""한서윤 매니저님, 안녕하세요.
게임 전문지 '게임펄스' 황보연 기자입니다.

블루파인게임즈 홍보팀을 통해 연락처를 전달받았습니다.
이번 4월호 기획 '현지화의 사람들' 코너에서 '엘더 크라운' 한국어판 현지화 비하인드를 다루고자 하는데,
작업을 총괄하신 매니저님을 인터뷰하고 싶습니다.

- 일시: 4월 3일({wd_ko(s, '금')}) 오후 4시, 1시간 내외
- 장소: 블루파인게임즈 사옥 1층 카페 (또는 Zoom)
- 내용: 용어집 구축, 성우 녹음 현지화, 커뮤니티 피드백 대응 등
- 게재: 게임펄스 웹진 및 4월호 지면 (사진 촬영 포함, 사전 원고 검토 가능)

가능하시면 캘린더 초대 보내드리겠습니다. 감사합니다.

황보연 드림
게임펄스 편집부 기자 | yeon.hwangbo@gamepulse-mag.example
"""
    m1, _ = gmail_mail(seed="b147-16-m1", frm=ad("황보연", "yeon.hwangbo@gamepulse-mag.example"),
                       to=ad(OWNER_KO, OWNER), subject="[게임펄스] 인터뷰 요청드립니다 - '엘더 크라운' 한국어 현지화 비하인드",
                       date=d1, text=t1, host="mail-gamepulse-mag.example", ip="203.0.113.190")
    summary = "[게임펄스 인터뷰] 블루파인게임즈 한서윤 현지화 매니저"
    desc = "게임펄스 4월호 '현지화의 사람들' 인터뷰 및 사진 촬영. 진행: 황보연 기자, 사진: 나도윤 기자"
    org = ("황보연", "yeon.hwangbo@gamepulse-mag.example")
    atts = [("황보연", org[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    cal = google_ics(uid="7pa2n0b6q1k3ufv9r5s8d4cm0e@google.com", method="REQUEST", organizer=org, attendees=atts,
                     summary=summary, start=s, end=e, tz="Asia/Seoul", vtz=VTZ_SEOUL_GOOGLE, description=desc,
                     location="블루파인게임즈 사옥 1층 카페", dtstamp=d2, created=d2, last_modified=d2)
    when_line = f"2026년 4월 3일 ({KO_WD[s.weekday()]}요일) ⋅ 오후 4시~5시"
    plain = f"""다음 일정에 초대되었습니다.

{summary}
{when_line}
한국 표준시

위치
블루파인게임즈 사옥 1층 카페

{desc}

참석자
황보연 - 주최자
{OWNER}

Google 캘린더에서 보낸 초대장
"""
    m2, _ = google_invite_mail(seed="b147-16-inv", frm_name=org[0], frm_email=org[1],
                               subject=f"초대: {summary} @ 2026년 4월 3일 (금) 오후 4시 - 오후 5시 (KST) ({OWNER})",
                               date=d2, plain=plain, html=to_html(plain, font="Roboto,Arial,sans-serif", size="14px"),
                               cal=cal)
    neg(cid, {"01-gamepulse-interview-request.eml": m1, "02-invitation-gamepulse-interview.eml": m2}, "hard",
        "negative/press-interview",
        "Magazine '인터뷰' about her current work, with a Google invite; press interview, not a hiring process.")


def case17():
    cid = "b147-17-performance-review-evaluation-meeting"
    s, e = T(SEOUL, 2026, 4, 9, 14), T(SEOUL, 2026, 4, 9, 14, 30)
    p0, p1 = T(SEOUL, 2026, 4, 6), T(SEOUL, 2026, 4, 17)
    d1 = T(SEOUL, 2026, 3, 30, 9, 0, 5)
    d2 = T(UTC, 2026, 4, 1, 7, 15, 42)
    t1 = f"""[블루파인게임즈 인사팀] 2026년 상반기 성과 평가 면담 안내

구성원 여러분, 안녕하세요. 인사팀입니다.
2026년 상반기 성과 평가 일정에 따라 조직장-구성원 1:1 평가 면담을 아래와 같이 진행합니다.

- 자기평가서 제출: 4월 3일(금)까지 HR 포털에서 제출
- 평가 면담 기간: 4월 6일({wd_ko(p0, '월')}) ~ 4월 17일({wd_ko(p1, '금')})
- 면담 방식: 조직장이 개별적으로 Teams 일정 발송 (30분 내외)
- 면담 내용: 상반기 목표 달성도 리뷰, 역량 평가 피드백, 하반기 목표 및 커리어 면담

면담 결과는 연봉 조정 및 승진 심사에 반영됩니다. 문의: 인사팀 (내선 2200)
본 메일은 발신 전용입니다.
"""
    msgid1 = "<HR.EVAL.2026H1.0330090005.77@bluepine-games.example>"
    m1 = message(frm=ad("블루파인게임즈 인사팀", "hr-noreply@bluepine-games.example"), to=ad("전 구성원", "all@bluepine-games.example"),
                 subject="[인사팀] 2026년 상반기 성과 평가 면담 안내", date=d1, msgid=msgid1,
                 root=leaf("text/html", to_html(t1), "base64"), host="hr-mailer.bluepine-games.example",
                 ip="203.0.113.3")
    teams, url = teams_block_ko("b147-17")
    body = f"""서윤님, 상반기 평가 면담 일정 보냅니다.
자기평가서 기준으로 상반기 '엘더 크라운' 현지화 성과 리뷰하고, 하반기 목표랑 커리어 얘기도 같이 나눠요.
편하게 오시면 됩니다.

{teams}"""
    when = f"시간: 2026년 4월 9일 {wd_ko(s, '목')}요일 오후 2:00-오후 2:30 (UTC+09:00) 서울.\n위치: 7층 소회의실 2 / Microsoft Teams 모임"
    org = ("김도현", "dohyun.kim@bluepine-games.example")
    cal = outlook_invite(seed="b147-17", method="REQUEST", organizer=org, attendees=[("한서윤", OWNER)],
                         summary="[평가 면담] 한서윤 - 2026 상반기", start=s, end=e,
                         body_text=when + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body, tzid_lines=VTZ_KST_WINDOWS,
                         tzid="Korea Standard Time", dtstamp=d2, teams_url=url, location="7층 소회의실 2 / Microsoft Teams 모임")
    m2, _ = outlook_invite_mail(seed="b147-17-inv", frm=ad(*org), to=ad("한서윤", OWNER),
                                subject="[평가 면담] 한서윤 - 2026 상반기", date=d2, when_line=when, body_text=body,
                                cal=cal, host="mail-bluepine-games.example", ip="203.0.113.4")
    neg(cid, {"01-hr-evaluation-meeting-notice.eml": m1, "02-teams-evaluation-meeting.eml": m2}, "hard",
        "negative/internal-review",
        "평가 면담 (performance review 1:1) at her current employer, Teams invite with '면담'/'평가'/'커리어 면담' "
        "wording; not a hiring interview.")


def case18():
    cid = "b147-18-saramin-application-received"
    sent = T(SEOUL, 2026, 3, 9, 14, 22, 51)
    res = T(SEOUL, 2026, 3, 20)
    rows = [("기업명", "레드퀼게임즈"), ("공고명", "게임 번역/현지화 담당자 (일본어) 경력직 채용"),
            ("지원 일시", "2026.03.09 14:22"), ("제출 서류", "이력서(한서윤_현지화_2026.pdf), 포트폴리오"),
            ("서류 결과 발표", f"2026.03.20({wd_ko(res, '금')}) 예정"),
            ("다음 전형", "서류 합격자에 한해 1차 면접(실무진) 일정 개별 안내 - 3월 넷째 주 예정")]
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:\'Malgun Gothic\',sans-serif">'
            '<h2>입사지원이 완료되었습니다</h2><p>한서윤님, 레드퀼게임즈에 입사지원이 정상적으로 완료되었습니다.</p><table border="1" '
            'cellpadding="8" style="border-collapse:collapse;border-color:#e5e7ec">')
    for k, v in rows:
        html += f"<tr><th align=\"left\">{html_escape(k)}</th><td>{html_escape(v)}</td></tr>"
    html += ('</table><p>지원 내역은 사람인 &gt; 지원 현황에서 확인하실 수 있습니다. 면접 일정은 기업이 별도로 안내합니다.</p>'
             '<p style="color:#888">본 메일은 발신 전용입니다. (주)사람인</p></body></html>\n')
    m = message(frm=ad("사람인", "noreply@saramin.co.kr"), to=OWNER,
                subject="[사람인] 입사지원이 완료되었습니다 - 레드퀼게임즈", date=sent,
                msgid="<SRI.20260309142251.3b7d90e1aa@saramin.co.kr>",
                root=leaf("text/html", html, "quoted-printable"), host="smtp3.saramin.co.kr", ip="198.51.100.131",
                extra=[("X-Saramin-Mail-Type", "apply_complete")])
    neg(cid, {"01-saramin-apply-complete.eml": m}, "easy", "negative/application-received",
        "Application receipt that mentions a future 1차 면접 only as a next step with no booked time.")


def case19():
    cid = "b147-19-user-is-interviewer"
    s, e = T(SEOUL, 2026, 3, 25, 11), T(SEOUL, 2026, 3, 25, 12)
    d1 = T(SEOUL, 2026, 3, 18, 16, 44, 30)
    d2 = T(UTC, 2026, 3, 18, 7, 52, 9)
    t1 = f"""서윤님, 도현 팀장님 안녕하세요.
인사팀 오세진입니다.

번역가(계약직, 한영) 채용 건으로 후보자 박지민 님 1차 면접을 아래와 같이 잡았습니다.
서윤님께서 실무 면접관으로 참여해 주시면 감사하겠습니다.

- 일시: 3월 25일({wd_ko(s, '수')}) 오전 11시 ~ 12시
- 장소: 본사 4층 회의실 B
- 면접관: 김도현 팀장님, 한서윤 매니저님
- 후보자 이력서와 번역 테스트 결과는 사내 채용 시스템(ATS)에 올려 두었습니다.

면접 후 평가표는 당일 중으로 입력 부탁드립니다. Teams 일정도 함께 보내드립니다.

오세진 드림
블루파인게임즈 인사팀
"""
    m1, _ = gmail_mail(seed="b147-19-m1", frm=ad("오세진", "sejin.oh@bluepine-games.example"),
                       to=f"{ad('한서윤', OWNER)}, {ad('김도현', 'dohyun.kim@bluepine-games.example')}",
                       subject="[채용] 번역가(계약직) 1차 면접 면접관 요청 - 후보자 박지민 님", date=d1, text=t1,
                       host="mail-bluepine-games.example", ip="203.0.113.4")
    teams, url = teams_block_ko("b147-19")
    body = f"""[면접관용 일정] 번역가(계약직, 한영) 1차 면접 - 후보자 박지민 님
면접관: 김도현 팀장, 한서윤 매니저
후보자는 4층 회의실 B로 방문합니다. (원격 참석 필요 시 아래 Teams 링크 사용)

{teams}"""
    when = f"시간: 2026년 3월 25일 {wd_ko(s, '수')}요일 오전 11:00-오후 12:00 (UTC+09:00) 서울.\n위치: 4층 회의실 B"
    org = ("오세진", "sejin.oh@bluepine-games.example")
    atts = [("김도현", "dohyun.kim@bluepine-games.example", "ACCEPTED"), ("한서윤", OWNER)]
    cal = outlook_invite(seed="b147-19", method="REQUEST", organizer=org, attendees=atts,
                         summary="[1차 면접] 번역가(계약직) - 박지민 님", start=s, end=e,
                         body_text=when + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body, tzid_lines=VTZ_KST_WINDOWS,
                         tzid="Korea Standard Time", dtstamp=d2, teams_url=url, location="4층 회의실 B")
    m2, _ = outlook_invite_mail(seed="b147-19-inv", frm=ad(*org),
                                to=f"{ad('김도현', 'dohyun.kim@bluepine-games.example')}, {ad('한서윤', OWNER)}",
                                subject="[1차 면접] 번역가(계약직) - 박지민 님", date=d2, when_line=when, body_text=body,
                                cal=cal, host="mail-bluepine-games.example", ip="203.0.113.4")
    neg(cid, {"01-interviewer-request.eml": m1, "02-teams-interview-panel.eml": m2}, "hard",
        "negative/user-is-interviewer",
        "'[1차 면접]' Teams invite at her current employer where she is on the interview panel for a candidate; "
        "the user interviews someone else.")


def case20():
    cid = "b147-20-ai-video-assessment"
    p0, p1 = T(SEOUL, 2026, 3, 23, 10), T(SEOUL, 2026, 3, 25, 23, 59)
    sent = T(SEOUL, 2026, 3, 20, 17, 30, 0)
    text = f"""안녕하세요, 한서윤 님.
크라운베어 채용팀입니다.

'게임 현지화 매니저(영어/일본어)' 포지션 서류전형에 합격하셨습니다. 축하드립니다.
다음 전형인 AI역량검사(AI면접)를 아래 기간 내에 응시해 주시기 바랍니다.

■ 응시 기간: 2026년 3월 23일({wd_ko(p0, '월')}) 오전 10시 ~ 3월 25일({wd_ko(p1, '수')}) 오후 11시 59분
■ 응시 방법: PC(크롬 브라우저), 웹캠·마이크 필수 / 조용한 개인 공간에서 온라인 응시
■ 소요 시간: 약 60분 (자기소개, 상황 면접, 게임형 과제 포함)
■ 진행 방식: 면접관 없이 화면에 제시되는 질문에 녹화로 답변하는 방식입니다.
■ 응시 링크: https://crownbear.ai-assessment.example/apply/CB26-0412
■ 인증 코드: CB26-0412-HSY

AI역량검사 결과와 서류 평가를 종합하여 1차 면접(실무진) 대상자께 별도로 일정을 안내드립니다.
기간 내 미응시 시 전형 포기로 간주됩니다.

크라운베어 채용팀 드림
본 메일은 발신 전용입니다.
"""
    root = multi("alternative", "----=_CB_Recruit_20260320173000_0412", [
        leaf("text/plain", text, "base64"), leaf("text/html", to_html(text), "base64")])
    m = message(frm=ad("크라운베어 채용팀", "recruit-noreply@crownbear.example"), to=OWNER,
                subject="[크라운베어] AI역량검사(AI면접) 응시 안내 - 게임 현지화 매니저", date=sent,
                msgid="<CB.RECRUIT.20260320173000.0412@crownbear.example>", root=root,
                host="mail.crownbear.example", ip="203.0.113.77")
    neg(cid, {"01-ai-assessment-invite.eml": m}, "hard", "negative/one-way-video",
        "'AI면접' / AI역량검사 is a one-way recorded assessment with a multi-day window and no interviewer; "
        "the real 1차 면접 is not scheduled yet.")


def case21():
    cid = "b147-21-tokyo-agency-availability-request"
    sent = T(TOKYO, 2026, 4, 8, 15, 10, 26)
    a, b = T(TOKYO, 2026, 4, 14), T(TOKYO, 2026, 4, 15)
    text = f"""Hi Seoyun,

Thanks for sending over your updated CV and portfolio.

Good news: my client (a mid-size console studio in Shibuya - I'll share the name once you're happy
for me to submit you) would like to interview you for their Korean Localization Lead opening.
The first round would be a 45-minute video interview with their localization director.

Could you send me two or three windows that work for you next week? They are flexible between
10:00 and 18:00 JST - for example {wd_en(a, 'Tue')} 4/14 or {wd_en(b, 'Wed')} 4/15 in the afternoon. Alternatively,
you can grab a slot directly on my scheduling page:
https://calendly.com/ryo-sato-harborlight/client-interview-45

Once I have your availability I'll confirm a time with the client and send an invite.

Best regards,
Ryo Sato (佐藤 亮)
Senior Consultant, Games & Entertainment
Harborlight Talent K.K. | Tokyo
ryo.sato@harborlight-talent.example
"""
    m, _ = gmail_mail(seed="b147-21-m1", frm=ad("Ryo Sato", "ryo.sato@harborlight-talent.example"),
                      to=ad(OWNER_EN, OWNER), subject="Korean Localization Lead (Tokyo studio) - your availability next week",
                      date=sent, text=text, plain_cte="quoted-printable", host="mail-harborlight-talent.example",
                      ip="198.51.100.66")
    neg(cid, {"01-harborlight-availability-request.eml": m}, "hard", "negative/availability-request",
        "Tokyo agency recruiter asks for availability (example days in JST) and offers a scheduling link; nothing "
        "is booked, so no interview yet.")


def case22():
    cid = "b147-22-rejection-after-interview"
    sent = T(SEOUL, 2026, 4, 6, 10, 30, 12)
    text = """안녕하세요, 한서윤 님.
하이퍼노바게임즈 인사팀입니다.

지난주 진행된 '로컬라이제이션 스페셜리스트(영어)' 1차 면접에 귀한 시간 내어 참석해 주셔서 진심으로 감사드립니다.
면접관들 모두 한서윤 님의 현지화 경험과 열정을 인상 깊게 보았으나,
신중한 검토 끝에 아쉽게도 이번 채용에서는 함께하지 못하게 되었음을 알려드립니다.

동의해 주신다면 한서윤 님의 지원서를 인재풀에 등록하여, 적합한 포지션이 열릴 때 다시 면접 기회를 드리고자 합니다.
앞으로의 커리어에 좋은 결과가 있기를 바랍니다.

하이퍼노바게임즈 인사팀 드림
"""
    m, _ = gmail_mail(seed="b147-22-m1", frm=ad("하이퍼노바게임즈 인사팀", "talent@hypernova-games.example"),
                      to=ad(OWNER_KO, OWNER), subject="[하이퍼노바게임즈] 1차 면접 결과 안내", date=sent, text=text,
                      host="mail-hypernova-games.example", ip="203.0.113.160")
    neg(cid, {"01-hypernova-interview-result.eml": m}, "medium", "negative/rejection",
        "Rejection after a past 1차 면접 (no date/time given) with an offer to interview again someday.")


# ============================================================================= main
README = """# blind147: Korean/English job search of a Seoul game localization specialist (written blind)

Owner: 한서윤 (Han Seoyun) <seoyun.han@example.com>, a Seoul-based game localization specialist who currently
works at 블루파인게임즈 (Bluepine Games) and reads mail in Korean and English.

What the set stresses:
- Korean date/time wording: '3월 17일(화) 오후 2시 ~ 3시', '2026.03.24(화) 16:00', '내일 오전 10시' resolved
  against the message Date, Korean-locale Google invitations ('초대' / '업데이트된 초대', 오전/오후),
  Korean Outlook/Teams invites ('시간: 2026년 4월 7일 화요일 오전 10:00-오전 11:00 (UTC+09:00) 서울').
- Korean job boards (JobKorea 면접제의, Saramin 면접 안내 / 입사지원 완료) sent from no-reply addresses with the
  human contact only in Reply-To or in the body.
- 1차 면접 / 2차 면접 rounds (one case with both), a reschedule by e-mail, a reschedule by SEQUENCE, a
  '면접 취소' cancellation with METHOD:CANCEL, a headhunter forward + Teams invite, an onsite loop
  (Greenhouse itinerary + per-session .ics), Ashby and Calendly confirmations, Calendar API events.
- A recruiter in Tokyo writing in JST, US companies in Pacific time.
- Hard look-alikes: TOEIC Speaking booking, a bank '상담' appointment, a gaming magazine '인터뷰', a
  '평가 면담' at her current company, her acting as 면접관, an 'AI면접' one-way assessment, an application
  receipt, a rejection and an availability request.

Written blind: the cases and labels were written from the label README only, without reading the tool,
its tests or other evaluation sets.

Counts: {n} cases, {pos} positive, {negs} negative; {iv_total} labelled interviews ({sched} scheduled,
{canc} cancelled).

Formats: .eml (Outlook multipart/alternative with ks_c_5601-1987 or UTF-8 base64/quoted-printable bodies,
Exchange/Teams invites with text/calendar and 'Korea Standard Time', Google invitations multipart/mixed with
invite.ics, Zoom/Ashby/Calendly/TOEIC/bank .ics attachments, HTML-only job-board mail), standalone .ics
(Greenhouse per-session invites), .gcal.json (Calendar API v3 events).

Time zones / DST: Korea (KST, +09:00) and Japan (JST, +09:00) have no DST. US Pacific switches on
2026-03-08: case 05 is proposed on Mar 4 in PST for Tue Mar 10 5:00 PM PT, which is PDT (-07:00) =
Wed Mar 11 09:00 KST (16 h gap, not 17). Cases 08 and 12 are in PDT and land on the next calendar day in
Seoul; case 12's .ics is in UTC and its Calendar API copy is shown in Asia/Seoul. Case 11 has a remote
interviewer in Los Angeles at 20:30 PDT the previous day.

Regenerate with `python make_cases.py` (deterministic; standard library + PyYAML).
"""


def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12,
               case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b147-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, files in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind147 labels (generated by make_cases.py; schema: shared eval README)\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, default_flow_style=False, width=110)
    ivs = [i for l in LABELS.values() for i in l["interviews"]]
    pos = sum(1 for l in LABELS.values() if l["interview"])
    text = README.format(n=len(LABELS), pos=pos, negs=len(LABELS) - pos, iv_total=len(ivs),
                         sched=sum(i["status"] == "scheduled" for i in ivs),
                         canc=sum(i["status"] == "cancelled" for i in ivs))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {len(LABELS)} cases ({pos} positive), {len(ivs)} interviews")


if __name__ == "__main__":
    main()
