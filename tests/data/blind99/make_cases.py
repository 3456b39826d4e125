#!/usr/bin/env python3
"""Deterministic generator for the blind99 interview-detection set.

Theme: a QA engineer in Ho Chi Minh City (Asia/Ho_Chi_Minh, UTC+7) applying to
Vietnamese product companies, outsourcing firms and Singapore / Tokyo / Sydney employers.
All people, companies and domains are invented (.example).

Run:  python make_cases.py        (rewrites every b99-* folder and labels.yaml next to this file)
Only stdlib + PyYAML.  Every UTC offset is computed with zoneinfo.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = timezone.utc
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
SGT = ZoneInfo("Asia/Singapore")
JST = ZoneInfo("Asia/Tokyo")
SYD = ZoneInfo("Australia/Sydney")

OWNER = "ha.tran.qa@example.com"
OWNER_NAME = "Trần Thu Hà"
OWNER_NAME_ASCII = "Tran Thu Ha"

LABELS = {}
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------- helpers
def T(y, mo, d, h=0, mi=0, tz=HCM, wd=None):
    """Aware datetime; optional weekday assertion (English name)."""
    x = datetime(y, mo, d, h, mi, tzinfo=tz)
    if wd is not None:
        assert WEEKDAYS_EN[x.weekday()] == wd, (x, wd, WEEKDAYS_EN[x.weekday()])
    return x


def iso(x):
    return x.isoformat() if x is not None else None


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(x):
    return x.strftime("%Y%m%dT%H%M%S")


def uid(*parts, n=26):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def addr(name, email):
    if name is None:
        return email
    return str(Address(display_name=name, addr_spec=email))


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """RFC 5545 folding at 75 octets, never splitting a UTF-8 sequence."""
    out, cur = [], b""
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur = b" " + b
            limit = 75
        else:
            cur += b
    out.append(cur)
    return b"\r\n".join(out).decode("utf-8")


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def vtz_fixed(tzid, off):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:STANDARD", "END:VTIMEZONE"]


def vtz_fixed_olson(tzid, off, name):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}", "BEGIN:STANDARD",
            f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", f"TZNAME:{name}",
            "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]


VTZ_SYDNEY = ["BEGIN:VTIMEZONE", "TZID:Australia/Sydney", "X-LIC-LOCATION:Australia/Sydney",
              "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
              "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
              "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
              "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
              "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE"
                f";CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


def google_ics(*, start, end, created, organizer, attendees, summary, description="", location="",
               uidv, method="REQUEST", sequence=0, status="CONFIRMED", meet=None):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(created)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uidv}@google.com"]
    for i, (n, e) in enumerate(attendees):
        L.append(attendee(n, e, "ACCEPTED" if e == organizer[1] else "NEEDS-ACTION", google=True))
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:{meet}")
        description = (description + "\n\n" if description else "") + (
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Join with Google Meet: {meet}\n\nLearn more about Meet at: "
            "https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    L += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{ics_escape(description)}",
          f"LAST-MODIFIED:{zstamp(created)}", f"LOCATION:{ics_escape(location)}",
          f"SEQUENCE:{sequence}", f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}",
          "TRANSP:OPAQUE"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def exchange_ics(*, start, end, stamp, organizer, attendees, summary, description, location,
                 uidv, tzid="SE Asia Standard Time", off="+0700", method="REQUEST", sequence=0):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
         "VERSION:2.0"] + vtz_fixed(tzid, off) + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in attendees:
        L.append(attendee(n, e))
    L += [f"DESCRIPTION;LANGUAGE=en-US:{ics_escape(description)}",
          f"UID:{uidv}",
          f"SUMMARY;LANGUAGE=en-US:{ics_escape(summary)}",
          f"DTSTART;TZID={tzid}:{local_stamp(start)}", f"DTEND;TZID={tzid}:{local_stamp(end)}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE",
          "STATUS:CONFIRMED", f"SEQUENCE:{sequence}", f"LOCATION;LANGUAGE=en-US:{ics_escape(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}", "X-MICROSOFT-CDO-OWNERAPPTID:-1198356311",
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INSTTYPE:0",
          "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
          + uid(uidv, "teams", n=32) + "%40thread.v2/0",
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-LOCATIONDISPLAYNAME:" + ics_escape(location),
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
          "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def teams_block(seed):
    mid = " ".join(str(int(uid(seed, "mid", n=12), 16))[i:i + 3] for i in range(0, 12, 3))
    return ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            + uid(seed, "teams", n=32) + "%40thread.v2/0>\n"
            f"Meeting ID: {mid}\nPasscode: {uid(seed, 'pc', n=6)}\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            "meetingOptions/>\n" + "_" * 80)


def html_from_text(text, font="Arial,Helvetica,sans-serif"):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n{body}\n</div></body></html>\n')


def eml(path, *, date, frm, to, subject, text=None, html=None, text_cte="quoted-printable",
        html_cte="quoted-printable", cc=None, reply_to=None, sender=None, in_reply_to=None,
        references=None, cal=None, cal_method="REQUEST", cal_cte="7bit", cal_attach=None,
        attachments=(), extra=(), mid=None, received_from="mail.example", client_headers=()):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Received"] = (f"from {received_from} ({received_from} [203.0.113.{int(uid(path, n=2), 16) % 250 + 1}])"
                     f" by mx.example.com with ESMTPS id {uid(path, 'rx', n=12)}"
                     f" for <{OWNER}>; {format_datetime(date + timedelta(seconds=2))}")
    m["Return-Path"] = f"<{(sender or frm)[1]}>"
    m["Date"] = format_datetime(date)
    m["From"] = addr(*frm)
    if sender:
        m["Sender"] = addr(*sender)
    if reply_to:
        m["Reply-To"] = addr(*reply_to)
    m["To"] = ", ".join(addr(*t) for t in to)
    if cc:
        m["Cc"] = ", ".join(addr(*t) for t in cc)
    m["Subject"] = subject
    m["Message-ID"] = mid or f"<{uid(path, 'mid', n=20)}@{frm[1].split('@')[1]}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra:
        m[k] = v
    for k, v in client_headers:
        m[k] = v
    if text is not None:
        m.set_content(text, subtype="plain", charset="utf-8", cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=html_cte)
    else:
        m.set_content(html, subtype="html", charset="utf-8", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", charset="utf-8", cte=cal_cte,
                          params={"method": cal_method})
    if cal_attach:
        m.add_attachment(cal_attach[1].encode("utf-8"), maintype="application", subtype="ics",
                         filename=cal_attach[0])
    for fname, mtype, data in attachments:
        ma, sb = mtype.split("/")
        m.add_attachment(data, maintype=ma, subtype=sb, filename=fname)
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"{i:02d}{uid(path, 'b', i, n=26)}")   # deterministic MIME boundaries
    path.write_bytes(m.as_bytes())
    return m["Message-ID"]


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes,
                    "source": "synthetic"}


def case_dir(name):
    d = HERE / name
    d.mkdir()
    return d


GMAIL_CAL_FOOTER = ("\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                    "You are receiving this email because you are an attendee on the event.\n\n"
                    "Forwarding this invitation could allow any recipient to send a response to the "
                    "organizer, be added to the guest list, invite others regardless of their own "
                    "invitation status, or modify your RSVP. Learn more "
                    "https://support.google.com/calendar/answer/37135#forwarding")


def gcal_invite(path, *, date, organizer, attendees, start, end, summary, description, location="",
                meet=None, uidv, subject_prefix="Invitation", method="REQUEST", sequence=0,
                status="CONFIRMED", extra_text=""):
    """Google Calendar invitation e-mail; display times in the owner's calendar zone (ICT)."""
    s, e = start.astimezone(HCM), end.astimezone(HCM)

    def hm(x):
        return x.strftime("%-I%p").lower() if x.minute == 0 else x.strftime("%-I:%M%p").lower()
    when = f"{s.strftime('%a %b %-d, %Y')} {hm(s)} - {hm(e)} (ICT)"
    subject = f"{subject_prefix}: {summary} @ {when} ({OWNER})"
    guests = "\n".join(em if n == em else f"{n}{' - organizer' if em == organizer[1] else ''}\n{em}"
                       for n, em in attendees)
    head = "This event has been canceled.\n\n" if method == "CANCEL" else extra_text
    text = (f"{head}{summary}\n{s.strftime('%A %b %-d, %Y')} ⋅ {hm(s)} – {hm(e)}\n"
            f"Indochina Time - Ho Chi Minh City\n\n"
            + (f"Join with Google Meet\n{meet}\n\n" if meet and method != "CANCEL" else "")
            + (f"Location\n{location}\n\n" if location else "")
            + f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guests}\n\n"
            + (f"{description}\n" if description else "") + GMAIL_CAL_FOOTER)
    cal = google_ics(start=start, end=end, created=date, organizer=organizer, attendees=attendees,
                     summary=summary, description=description, location=location, uidv=uidv,
                     method=method, sequence=sequence, status=status, meet=meet)
    return eml(path, date=date, frm=organizer, to=[(None, OWNER)], subject=subject, text=text,
               html=html_from_text(text, "Roboto,Helvetica,Arial,sans-serif"), text_cte="base64",
               reply_to=organizer, cal=cal, cal_method=method, cal_cte="base64",
               cal_attach=("invite.ics", cal),
               mid=f"<calendar-{uid(path, 'gc', n=8)}-{uid(path, 'gc2', n=4)}@google.com>",
               received_from="mail-sor-f41.google.com")


# ----------------------------------------------------------------------------- cases
def c01():
    name = "b99-01-vn-email-only-vong1-technical"
    d = case_dir(name)
    lan = ("Phạm Ngọc Lan", "lan.pham@saomai.example")
    start, end = T(2026, 3, 12, 14, 0, wd="Thursday"), T(2026, 3, 12, 15, 0)
    text = """Chào Hà,

Cảm ơn em đã quan tâm và ứng tuyển vị trí QA Engineer (Manual & API Testing) tại Sao Mai Software.

Hồ sơ của em đã qua vòng sàng lọc CV. Phòng Nhân sự trân trọng mời em tham gia phỏng vấn vòng 1 (phỏng vấn chuyên môn) với thông tin như sau:

- Thời gian: 14h00 – 15h00, Thứ Năm, ngày 12/03/2026 (giờ Việt Nam)
- Hình thức: Online qua Google Meet – https://meet.google.com/sxm-qaro-tkp
- Người phỏng vấn: anh Đỗ Minh Khoa – QA Lead (khoa.do@saomai.example) và chị Vũ Hải Yến – Senior QA Engineer (yen.vu@saomai.example)
- Nội dung: kiến thức kiểm thử, thiết kế test case, API testing với Postman, SQL cơ bản.

Em vui lòng phản hồi email này để xác nhận tham gia trước 17h00 ngày 10/03/2026. Nếu cần đổi lịch, em nhắn chị qua Zalo 0908 123 456 nhé.

Chúc em một ngày tốt lành!

Trân trọng,
Phạm Ngọc Lan
HR Executive | Sao Mai Software
Tầng 8, 123 Cách Mạng Tháng Tám, Phường 5, Quận 3, TP. Hồ Chí Minh
T: (028) 3930 1234 – M/Zalo: 0908 123 456
www.saomai.example
"""
    eml(d / "01-thu-moi-phong-van-vong-1.eml", date=T(2026, 3, 9, 10, 12), frm=lan,
        to=[(OWNER_NAME, OWNER)], subject="[Sao Mai Software] Thư mời phỏng vấn vòng 1 – QA Engineer – Trần Thu Hà",
        text=text, html=html_from_text(text))
    label(name, [iv("Sao Mai Software", "QA Engineer (Manual & API Testing)", start, end, "scheduled",
                    ["khoa.do@saomai.example", "yen.vu@saomai.example"],
                    ["khoa.do@saomai.example", "yen.vu@saomai.example"], "technical")],
          "easy", "positive/body-only-vietnamese",
          "Vietnamese recruiter e-mail, '14h00 – 15h00, Thứ Năm, ngày 12/03/2026', two named interviewers.")


def c02():
    name = "b99-02-topviec-relay-hr-round-plus-google-invite"
    d = case_dir(name)
    ma = ("Ngô Thị Mai Anh", "maianh.ngo@luavang.example")
    start, end = T(2026, 3, 17, 10, 0, wd="Tuesday"), T(2026, 3, 17, 10, 30)
    text = """Xin chào Trần Thu Hà,

Nhà tuyển dụng CÔNG TY CỔ PHẦN CÔNG NGHỆ LÚA VÀNG vừa gửi lịch phỏng vấn cho hồ sơ ứng tuyển của bạn.

Vị trí: Software Tester (Kiểm thử phần mềm)
Vòng: Phỏng vấn HR
Thời gian: 10:00 - 10:30, Thứ Ba, 17/03/2026
Hình thức: Online (Google Meet – đường link sẽ được nhà tuyển dụng gửi qua lịch Google)
Người liên hệ: Ngô Thị Mai Anh – Chuyên viên Tuyển dụng – maianh.ngo@luavang.example
Ghi chú từ nhà tuyển dụng: Trao đổi về kinh nghiệm làm việc, mức lương mong muốn và thời gian có thể bắt đầu.

Vui lòng xác nhận tham gia: https://www.topviec.example/ung-vien/lich-phong-van/8841207?act=confirm
Từ chối / đề xuất thời gian khác: https://www.topviec.example/ung-vien/lich-phong-van/8841207?act=decline

Chúc bạn phỏng vấn thành công!
Đội ngũ TopViec

--
Email này được gửi tự động từ hệ thống TopViec, vui lòng không trả lời email này.
TopViec – Nền tảng tuyển dụng | Hotline: 1900 6868 | Tầng 4, 72 Lê Thánh Tôn, Quận 1, TP.HCM
Hủy nhận thông báo: https://www.topviec.example/unsubscribe
"""
    eml(d / "01-topviec-lich-phong-van.eml", date=T(2026, 3, 13, 16, 5),
        frm=("TopViec", "no-reply@topviec.example"), reply_to=ma, to=[(OWNER_NAME, OWNER)],
        subject="[TopViec] Lúa Vàng Technology đã gửi lịch phỏng vấn vị trí Software Tester",
        text=text, html=html_from_text(text, "Helvetica,Arial,sans-serif"), received_from="mta3.topviec.example")
    gcal_invite(d / "02-invitation-phong-van-hr.eml", date=T(2026, 3, 13, 16, 21).astimezone(UTC),
                organizer=ma, attendees=[ma, (OWNER, OWNER)], start=start, end=end,
                summary="Phỏng vấn HR - Trần Thu Hà - Software Tester",
                description="Buổi trao đổi 30 phút với bộ phận Nhân sự Lúa Vàng Technology. "
                            "Em chuẩn bị giúp chị mức lương mong muốn và thời gian nhận việc nhé.",
                meet="https://meet.google.com/lvt-hrpv-qaz", uidv=uid(name, "ev"))
    label(name, [iv("Lúa Vàng Technology", "Software Tester", start, end, "scheduled",
                    ["maianh.ngo@luavang.example"], ["maianh.ngo@luavang.example"], "phone_screen")],
          "medium", "positive/dedupe-jobboard-relay",
          "TopCV-like relay (no-reply) + the recruiter's Google invite for the same HR round -> one interview; "
          "the recruiter conducts it.")


def c03():
    name = "b99-03-devviec-online-test-then-technical"
    d = case_dir(name)
    nhu = ("Dang Quynh Nhu", "nhu.dang@senhong-gs.example")
    start, end = T(2026, 3, 25, 9, 30, wd="Wednesday"), T(2026, 3, 25, 11, 0)
    T(2026, 3, 15, wd="Sunday")
    t1 = """Bạn có một tin nhắn mới từ nhà tuyển dụng Sen Hong Global Solutions
Vị trí: Automation Tester (Java/Selenium) – Japan Delivery Center

------------------------------------------------------------
Hi Ha,

Thank you for applying for the Automation Tester (Java/Selenium) position at Sen Hong Global Solutions.

The next step is an online test on SkillCheck (90 minutes, in English: 30 MCQ + 2 short automation exercises). You can start the test at any time, but please complete it before 23:59 on Sunday, 15/03/2026 (GMT+7).

Test link: https://app.skillcheck.example/t/SHGS-AT-2026-0311?c=ha.tran.qa
The link is personal and can be used once.

After we receive your result we will contact you to arrange the technical interview.

Best regards,
Dang Quynh Nhu
Talent Acquisition – Sen Hong Global Solutions
------------------------------------------------------------

Trả lời nhà tuyển dụng: https://devviec.example/messages/c/77120455
DevViec – Việc làm IT chất lượng cao
Bạn nhận được email này vì đã ứng tuyển qua DevViec. Cài đặt thông báo: https://devviec.example/settings
"""
    m1 = eml(d / "01-devviec-online-test.eml", date=T(2026, 3, 11, 11, 48),
             frm=("DevViec", "messages@devviec.example"), reply_to=nhu, to=[(OWNER_NAME, OWNER)],
             subject="Sen Hong Global Solutions đã gửi bạn một tin nhắn – Automation Tester (Java/Selenium)",
             text=t1, html=html_from_text(t1), received_from="o12.mail.devviec.example")
    t2 = """Hi Ha,

Congratulations – you passed the SkillCheck online test (82/100)!

We would like to invite you to the technical interview for the Automation Tester (Java/Selenium) position:

  Thời gian / Time: 9h30 sáng Thứ Tư, 25/03/2026 (9:30 – 11:00, GMT+7)
  Hình thức / Format: Microsoft Teams (link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SHGS0325%40thread.v2/0)
  Interviewer: Mr. Huynh Tan Phat – Test Manager (phat.huynh@senhong-gs.example)

The session has two parts: a walkthrough of your test framework experience (Page Object, TestNG, CI) and a live exercise where you will automate a login flow, so please prepare a laptop with IntelliJ/Eclipse and Selenium set up and be ready to share your screen.

Please reply to confirm. If this time does not work, let me know 2 other slots this week.

Best regards,
Dang Quynh Nhu
Talent Acquisition – Sen Hong Global Solutions
Lầu 6, Tòa nhà Sen Hồng, 55 Trường Sơn, Phường 2, Quận Tân Bình, TP.HCM
Mobile/Zalo: +84 93 771 2046
"""
    eml(d / "02-technical-interview-invitation.eml", date=T(2026, 3, 18, 9, 5), frm=nhu,
        to=[(OWNER_NAME, OWNER)], cc=[("Huynh Tan Phat", "phat.huynh@senhong-gs.example")],
        subject="[SHGS] Technical interview – Automation Tester (Java/Selenium) – Tran Thu Ha",
        text=t2, text_cte="base64", received_from="mail.senhong-gs.example")
    label(name, [iv("Sen Hong Global Solutions", "Automation Tester (Java/Selenium)", start, end, "scheduled",
                    ["phat.huynh@senhong-gs.example"], ["phat.huynh@senhong-gs.example"], "technical")],
          "medium", "positive/assessment-then-interview",
          "ITviec-like relay carrying an online-test deadline (NOT an interview, 23:59 15/03) followed by a "
          "base64 recruiter mail booking the technical interview '9h30 sáng Thứ Tư, 25/03/2026 (9:30 – 11:00)'.")


def c04():
    name = "b99-04-teams-se-asia-standard-time-round2"
    d = case_dir(name)
    bao = ("Truong Gia Bao", "bao.truong@haidang-solutions.example")
    thinh = ("Nguyen Duc Thinh", "thinh.nguyen@haidang-solutions.example")
    start, end = T(2026, 3, 20, 16, 0, wd="Friday"), T(2026, 3, 20, 17, 0)
    body = f"""Dear Ha,

Thank you for completing the first round with our QC team. As discussed on the phone, please join the second-round interview with Mr. Nguyen Duc Thinh – Delivery Manager, Japan Division. He will focus on project experience, working with Japanese customers and your English/Japanese communication.

I'm only sending the invite on Thinh's behalf and won't join the call. If you have any technical trouble joining, call me at 0912 665 430.

Best regards,
Gia Bao
HR Business Partner | Hai Dang Solutions
Floor 11, Hai Dang Tower, 8 Nguyen Van Troi, Phu Nhuan District, HCMC

{teams_block(name)}
"""
    text = ("When: Friday, March 20, 2026 4:00 PM-5:00 PM (UTC+07:00) Bangkok, Hanoi, Jakarta.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body)
    cal = exchange_ics(start=start, end=end, stamp=T(2026, 3, 16, 14, 2), organizer=bao,
                       attendees=[(OWNER_NAME_ASCII, OWNER), thinh],
                       summary="Interview Round 2 – Senior QC Engineer – Tran Thu Ha",
                       description=text, location="Microsoft Teams Meeting",
                       uidv="040000008200E00074C5B7101A82E008000000005A1C" + uid(name, n=40).upper())
    eml(d / "01-interview-round-2.eml", date=T(2026, 3, 16, 14, 2).astimezone(UTC), frm=bao,
        to=[(OWNER_NAME_ASCII, OWNER), thinh],
        subject="Interview Round 2 – Senior QC Engineer – Tran Thu Ha",
        text=text, html=html_from_text(text, "Aptos,Calibri,sans-serif"), cal=cal, cal_cte="base64",
        mid=f"<SG2PR06MB{uid(name, n=12).upper()}@SG2PR06MB5311.apcprd06.prod.outlook.com>",
        received_from="APC01-SG2-obe.outbound.protection.outlook.com",
        extra=[("Thread-Topic", "Interview Round 2 – Senior QC Engineer – Tran Thu Ha"),
               ("Content-class", "urn:content-classes:calendarmessage"),
               ("Accept-Language", "en-US, vi-VN"), ("X-MS-Has-Attach", "")])
    label(name, [iv("Hai Dang Solutions", "Senior QC Engineer", start, end, "scheduled",
                    ["thinh.nguyen@haidang-solutions.example"], ["thinh.nguyen@haidang-solutions.example"],
                    "hiring_manager")],
          "medium", "positive/exchange-teams",
          "Exchange/Teams invite, TZID 'SE Asia Standard Time' (UTC+07:00 Bangkok, Hanoi, Jakarta); organizer "
          "is HR who won't join -> interviewer is the delivery manager only.")


def c05():
    name = "b99-05-tet-reschedule-thread"
    d = case_dir(name)
    tam = ("Lý Thanh Tâm", "tam.ly@phusa.example")
    hung = "hung.cao@phusa.example"
    old = T(2026, 2, 12, 15, 0, wd="Thursday")
    start, end = T(2026, 2, 26, 9, 30, wd="Thursday"), T(2026, 2, 26, 10, 30)
    sig = ("\nThân mến,\nLý Thanh Tâm\nTalent Acquisition – Phù Sa Commerce\n"
           "Lầu 3, 18 Nguyễn Lương Bằng, Phường Tân Phú, Quận 7, TP.HCM\nĐT/Zalo: 0938 402 117\n")
    t1 = f"""Chào Hà,

Chúc mừng em đã vượt qua vòng 1. Chị mời em tham gia phỏng vấn vòng 2 cho vị trí QA Engineer (Mobile) với anh Cao Văn Hùng – Head of QA ({hung}):

• Thời gian: 15h00 Thứ Năm, ngày 12/02/2026, khoảng 1 tiếng
• Địa điểm: Văn phòng Phù Sa Commerce, Lầu 3, 18 Nguyễn Lương Bằng, Quận 7 (em báo lễ tân là đến phỏng vấn với anh Hùng)
• Mang theo: CMND/CCCD để đăng ký khách, laptop nếu em muốn demo project cá nhân

Em xác nhận giúp chị nhé.
{sig}"""
    m1 = eml(d / "01-moi-phong-van-vong-2.eml", date=T(2026, 2, 5, 15, 20), frm=tam,
             to=[(OWNER_NAME, OWNER)], cc=[("Cao Văn Hùng", hung)],
             subject="Phù Sa Commerce – Mời phỏng vấn vòng 2 – QA Engineer (Mobile)", text=t1,
             received_from="mail-pj1.phusa.example")
    t2 = f"""Dạ chị Tâm,

Em đã nhận được thông tin, em xin xác nhận tham gia buổi phỏng vấn lúc 15h00 Thứ Năm 12/02 ạ. Em cảm ơn chị.

Hà

On Thu, Feb 5, 2026 at 3:20 PM Lý Thanh Tâm <tam.ly@phusa.example> wrote:
""" + "\n".join("> " + l if l else ">" for l in t1.splitlines()) + "\n"
    # the owner's confirmation as it sits in the thread (she Bcc'd herself)
    m2 = eml(d / "02-re-xac-nhan.eml", date=T(2026, 2, 5, 20, 41), frm=(OWNER_NAME, OWNER),
             to=[tam], subject="Re: Phù Sa Commerce – Mời phỏng vấn vòng 2 – QA Engineer (Mobile)",
             text=t2, in_reply_to=m1, mid=f"<CAF{uid(name, 'r1', n=24)}@mail.example.com>",
             received_from="mail.example.com")
    t3 = f"""Chào Hà,

Chị xin lỗi vì báo gấp: công ty vừa thông báo lịch nghỉ Tết Nguyên Đán sớm hơn dự kiến, văn phòng nghỉ từ Thứ Tư 11/02 đến hết Chủ Nhật 22/02, anh Hùng cũng về quê ăn Tết từ 10/02. Vì vậy buổi phỏng vấn ngày 12/02 không thể diễn ra như kế hoạch.

Chị xin phép dời buổi phỏng vấn vòng 2 sang sau Tết:
• Thời gian mới: 9h30 sáng Thứ Năm, ngày 26/02/2026 (mùng 10 Tết), thời lượng 1 tiếng như cũ
• Địa điểm: không đổi – Lầu 3, 18 Nguyễn Lương Bằng, Quận 7

Nếu giờ này em không tiện thì báo chị trước Thứ Ba 10/02 nhé. Chúc em và gia đình năm mới Bính Ngọ an khang thịnh vượng!
{sig}"""
    m3 = eml(d / "03-doi-lich-sau-tet.eml", date=T(2026, 2, 9, 11, 2), frm=tam,
             to=[(OWNER_NAME, OWNER)], cc=[("Cao Văn Hùng", hung)],
             subject="Re: Phù Sa Commerce – Mời phỏng vấn vòng 2 – QA Engineer (Mobile) [DỜI LỊCH]",
             text=t3, in_reply_to=m2, references=f"{m1} {m2}", received_from="mail-pj1.phusa.example")
    t4 = """Dạ em cảm ơn chị, em xác nhận 9h30 sáng Thứ Năm 26/02 ạ. Chúc chị và anh Hùng ăn Tết vui vẻ!

Hà

Vào Th 2, 9 thg 2, 2026 lúc 11:02 Lý Thanh Tâm <tam.ly@phusa.example> đã viết:
""" + "\n".join("> " + l if l else ">" for l in t3.splitlines()) + "\n"
    eml(d / "04-re-xac-nhan-lich-moi.eml", date=T(2026, 2, 9, 12, 15), frm=(OWNER_NAME, OWNER),
        to=[tam], cc=[("Cao Văn Hùng", hung)],
        subject="Re: Phù Sa Commerce – Mời phỏng vấn vòng 2 – QA Engineer (Mobile) [DỜI LỊCH]",
        text=t4, in_reply_to=m3, references=f"{m1} {m2} {m3}",
        mid=f"<CAF{uid(name, 'r2', n=24)}@mail.example.com>", received_from="mail.example.com")
    assert old < start
    label(name, [iv("Phù Sa Commerce", "QA Engineer (Mobile)", start, end, "scheduled", [hung], [hung],
                    "hiring_manager")],
          "hard", "positive/reschedule-by-email",
          "Round 2 set for 15h00 12/02/2026, moved because of Tết to '9h30 sáng Thứ Năm, ngày 26/02/2026 "
          "(mùng 10 Tết)', 1 hour, in person; final time wins.")


def c06():
    name = "b99-06-tokyo-google-invite-cancelled"
    d = case_dir(name)
    yuki = ("Yuki Morimoto", "y.morimoto@kumo-sys.example")
    kenji = ("Kenji Hasegawa", "k.hasegawa@kumo-sys.example")
    start, end = T(2026, 4, 7, 16, 0, tz=JST, wd="Tuesday"), T(2026, 4, 7, 17, 0, tz=JST)
    t1 = """Hi Ha-san,

Thank you for your interest in Kumo Systems. Kenji Hasegawa (Engineering Manager, QA Platform) would like to meet you for a technical interview for the QA Automation Engineer (Remote, APAC) role.

Date: Tuesday, April 7
Time: 16:00-17:00 JST (14:00-15:00 in Ho Chi Minh City)
Where: Google Meet (invite to follow)

Kenji will ask about your Playwright / API test automation experience and walk through a short test design exercise together. No preparation needed beyond that.

Best regards,
Yuki Morimoto
Talent Acquisition | Kumo Systems K.K.
Shibuya Sakura Bldg. 7F, 1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002
"""
    m1 = eml(d / "01-kumo-technical-interview.eml", date=T(2026, 3, 30, 10, 14, tz=JST), frm=yuki,
             to=[(OWNER_NAME_ASCII, OWNER)], cc=[kenji],
             subject="Kumo Systems – technical interview (QA Automation Engineer)", text=t1,
             received_from="mail-ed1.kumo-sys.example")
    ev = uid(name, "ev")
    summ = "Kumo Systems | Technical Interview – Ha Tran (QA Automation Engineer)"
    desc = "Technical interview with Kenji Hasegawa. Playwright / API automation + short test design exercise."
    gcal_invite(d / "02-invitation.eml", date=T(2026, 3, 30, 1, 31, tz=UTC), organizer=yuki,
                attendees=[yuki, kenji, (OWNER, OWNER)], start=start, end=end, summary=summ,
                description=desc, meet="https://meet.google.com/kmo-qatd-vnh", uidv=ev)
    gcal_invite(d / "03-canceled-event.eml", date=T(2026, 4, 2, 9, 3, tz=UTC), organizer=yuki,
                attendees=[yuki, kenji, (OWNER, OWNER)], start=start, end=end, summary=summ,
                description=desc, uidv=ev, subject_prefix="Canceled event", method="CANCEL",
                sequence=1, status="CANCELLED")
    t4 = """Hi Ha-san,

I'm very sorry for the short notice. Yesterday our management decided to freeze the QA Automation Engineer (Remote, APAC) headcount until the next fiscal year, so we have to cancel your interview with Kenji on April 7. You should already have received the calendar cancellation.

This is not a reflection on your profile at all - Kenji was looking forward to talking with you. If the role reopens after the freeze, I will contact you first.

Best regards,
Yuki Morimoto
Talent Acquisition | Kumo Systems K.K.
"""
    eml(d / "04-re-interview-cancelled.eml", date=T(2026, 4, 2, 18, 20, tz=JST), frm=yuki,
        to=[(OWNER_NAME_ASCII, OWNER)], subject="Re: Kumo Systems – technical interview (QA Automation Engineer)",
        text=t4, in_reply_to=m1, received_from="mail-ed1.kumo-sys.example")
    label(name, [iv("Kumo Systems", "QA Automation Engineer (Remote, APAC)", start, end, "cancelled",
                    [kenji[1]], [kenji[1]], "technical")],
          "medium", "positive/cancelled",
          "Tokyo employer, '16:00-17:00 JST (14:00-15:00 in Ho Chi Minh City)'; Google invite then METHOD:CANCEL "
          "+ recruiter mail (headcount freeze) -> cancelled at the last scheduled time.")


def c07():
    name = "b99-07-singapore-screen-candidate-withdraws"
    d = case_dir(name)
    rachel = ("Rachel Lim", "rachel.lim@merantipay.example")
    start, end = T(2026, 3, 19, 10, 30, tz=SGT, wd="Thursday"), T(2026, 3, 19, 11, 0, tz=SGT)
    t1 = """Hi Ha,

Thanks for applying to Meranti Pay! I'd love to set up a quick intro call about the QA Engineer (Payments) role on our Singapore team.

Locking in: Thu 3/19 @ 10:30a SGT (9:30a for you in HCMC), 30 min. I'll call you on Zoom: https://merantipay.zoom.example/j/84412093317

We'll cover your background, the team, visa/relocation and comp expectations.

Cheers,
Rachel

--
Rachel Lim | Senior Talent Partner | Meranti Pay
+65 6123 8890 | 80 Robinson Road #14-02, Singapore 068898
"""
    m1 = eml(d / "01-intro-call-meranti.eml", date=T(2026, 3, 12, 17, 44, tz=SGT), frm=rachel,
             to=[(OWNER_NAME_ASCII, OWNER)], subject="Meranti Pay x Ha – QA Engineer (Payments) intro call",
             text=t1, html=html_from_text(t1), received_from="mail-sg.merantipay.example")
    t2 = """Hi Ha,

Totally understand, and congrats on the other offer! I've cancelled our call on Thursday (19 March) and withdrawn your application on our side. Door's always open if things change.

All the best,
Rachel

On Mon, 16 Mar 2026 at 21:05, Ha Tran <ha.tran.qa@example.com> wrote:
> Hi Rachel,
>
> Thank you so much for the opportunity. I have just accepted an offer from
> another company, so I would like to withdraw my application and cancel our
> call on Thu 3/19. Sorry for the inconvenience.
>
> Best regards,
> Ha
>
> On Thu, 12 Mar 2026 at 16:44, Rachel Lim <rachel.lim@merantipay.example> wrote:
>> Locking in: Thu 3/19 @ 10:30a SGT (9:30a for you in HCMC), 30 min.
"""
    eml(d / "02-re-withdrawal.eml", date=T(2026, 3, 17, 9, 12, tz=SGT), frm=rachel,
        to=[("Ha Tran", OWNER)], subject="Re: Meranti Pay x Ha – QA Engineer (Payments) intro call",
        text=t2, in_reply_to=m1, received_from="mail-sg.merantipay.example")
    label(name, [iv("Meranti Pay", "QA Engineer (Payments)", start, end, "cancelled",
                    [rachel[1]], [rachel[1]], "phone_screen")],
          "medium", "positive/cancelled-by-candidate",
          "'Thu 3/19 @ 10:30a SGT (9:30a for you in HCMC), 30 min' recruiter screen; candidate withdraws "
          "(quoted in recruiter's reply) -> cancelled.")


def c08():
    name = "b99-08-sydney-two-interviews-across-dst-end"
    d = case_dir(name)
    sophie = ("Sophie Carter", "sophie.carter@wattlehealth.example")
    liam = ("Liam O'Brien", "liam.obrien@wattlehealth.example")
    s1, e1 = T(2026, 4, 2, 13, 0, tz=SYD, wd="Thursday"), T(2026, 4, 2, 13, 30, tz=SYD)
    s2, e2 = T(2026, 4, 14, 13, 0, tz=SYD, wd="Tuesday"), T(2026, 4, 14, 14, 15, tz=SYD)
    assert s1.utcoffset() == timedelta(hours=11) and s2.utcoffset() == timedelta(hours=10)

    def tl_ics(start, end, summary, desc, uidv, stamp, people):
        L = ["BEGIN:VCALENDAR", "PRODID:-//TalentLoop//Interview Scheduler 4.2//EN", "VERSION:2.0",
             "METHOD:REQUEST"] + VTZ_SYDNEY + [
            "BEGIN:VEVENT", f"UID:{uidv}@talentloop.example", f"DTSTAMP:{zstamp(stamp)}",
            f"DTSTART;TZID=Australia/Sydney:{local_stamp(start)}",
            f"DTEND;TZID=Australia/Sydney:{local_stamp(end)}",
            f"SUMMARY:{ics_escape(summary)}", f"DESCRIPTION:{ics_escape(desc)}",
            "LOCATION:Microsoft Teams (link in description)",
            f"ORGANIZER;CN=Sophie Carter:mailto:{sophie[1]}"]
        L += [attendee(n, e) for n, e in people]
        L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
        return ics(L)

    t1 = """Hi Ha,

Your interview with Wattle Health is confirmed.

Role: QA Engineer – Patient Apps
Interview: Phone screen with Sophie Carter (Talent Partner)
When: Thursday 2 April 2026, 1:00pm – 1:30pm AEDT (Sydney time)
How: Microsoft Teams – https://teams.microsoft.com/l/meetup-join/19%3ameeting_WH0402%40thread.v2/0

A calendar file is attached. Need to change the time? Reply to this email and Sophie will help.

Wattle Health Talent Team
Powered by TalentLoop
"""
    stamp1 = T(2026, 3, 30, 12, 10, tz=SYD)
    eml(d / "01-talentloop-phone-screen-confirmed.eml", date=stamp1, frm=("Wattle Health via TalentLoop",
        "no-reply@talentloop.example"), reply_to=sophie, to=[(OWNER_NAME_ASCII, OWNER)],
        subject="Interview confirmed: QA Engineer – Patient Apps at Wattle Health",
        text=t1, html=html_from_text(t1), received_from="out-7.talentloop.example",
        cal_attach=("interview.ics", tl_ics(s1, e1, "Wattle Health – Phone screen – Ha Tran",
                                             "Phone screen with Sophie Carter for QA Engineer – Patient Apps.",
                                             uid(name, 1), stamp1, [sophie, ("Ha Tran", OWNER)])))
    t2 = """Hi Ha,

Great chatting yesterday – the team is keen to move you forward!

Next up is a technical interview with Liam O'Brien (QA Lead, Patient Apps): 75 minutes, a mix of test strategy discussion and a hands-on session with our staging app.

I've booked Tuesday 14 April at 1pm Sydney time. Heads-up: Sydney clocks go back one hour on Sunday 5 April (end of daylight saving), so that's 10am in Ho Chi Minh City, not 9am like yesterday. You'll get the calendar invite separately.

Have a lovely Easter long weekend,
Sophie

Sophie Carter | Talent Partner | Wattle Health
Level 9, 100 Pitt Street, Sydney NSW 2000 | +61 2 9000 4417
"""
    eml(d / "02-next-step-technical.eml", date=T(2026, 4, 3, 9, 40, tz=SYD), frm=sophie,
        to=[("Ha Tran", OWNER)], cc=[liam], subject="Wattle Health – next step: technical interview",
        text=t2, received_from="mail-au.wattlehealth.example")
    (d / "03-wattle-technical-interview.ics").write_bytes(
        tl_ics(s2, e2, "Wattle Health – Technical interview – Ha Tran",
               "Technical interview with Liam O'Brien (QA Lead). 75 min: test strategy + hands-on.",
               uid(name, 2), T(2026, 4, 3, 9, 45, tz=SYD), [liam, ("Ha Tran", OWNER)]).encode("utf-8"))
    label(name, [
        iv("Wattle Health", "QA Engineer – Patient Apps", s1, e1, "scheduled", [sophie[1]], [sophie[1]],
           "phone_screen"),
        iv("Wattle Health", "QA Engineer – Patient Apps", s2, e2, "scheduled", [liam[1]], [liam[1]],
           "technical")],
        "hard", "positive/two-interviews-dst",
        "Two interviews: screen 2 Apr 1pm AEDT (+11) and technical 14 Apr 1pm AEST (+10), i.e. on both sides "
        "of the Sydney DST end (5 Apr). ATS mail + .ics with VTIMEZONE, human mail, standalone .ics.")


def c09():
    name = "b99-09-hrbase-offsite-district1-onsite-loop"
    d = case_dir(name)
    han = ("Châu Ngọc Hân", "han.chau@gaotech.example")
    trinh, viet, minh = "trinh.ho@gaotech.example", "viet.lam@gaotech.example", "minh.ton@gaotech.example"
    start, end = T(2026, 3, 23, 9, 0, wd="Monday"), T(2026, 3, 23, 14, 15)
    sched = """<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
<tr style="background:#f2f6fc"><th>Giờ</th><th>Nội dung</th><th>Người phỏng vấn</th></tr>
<tr><td>09:00 – 10:00</td><td>Phỏng vấn chuyên môn + bài tập viết test case</td><td>Hồ Thị Ngọc Trinh – QA Lead (trinh.ho@gaotech.example)</td></tr>
<tr><td>10:15 – 11:00</td><td>Trao đổi với Product</td><td>Lâm Quốc Việt – Product Manager (viet.lam@gaotech.example)</td></tr>
<tr><td>11:00 – 13:30</td><td>Nghỉ trưa (công ty mời cơm trưa cùng team)</td><td>–</td></tr>
<tr><td>13:30 – 14:15</td><td>Văn hoá &amp; định hướng</td><td>Tôn Thất Minh – CTO (minh.ton@gaotech.example)</td></tr>
</table>"""
    h1 = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:640px;margin:auto">
<img src="https://cdn.hrbase.example/logos/gaotech.png" alt="Gạo Tech" height="36">
<h2 style="color:#1f6feb">THƯ MỜI PHỎNG VẤN</h2>
<p>Kính gửi Chị <b>Trần Thu Hà</b>,</p>
<p>Gạo Tech trân trọng cảm ơn Chị đã ứng tuyển vị trí <b>Senior QA Engineer (Web &amp; Mobile)</b>. Chúng tôi mời Chị tham gia <b>vòng phỏng vấn cuối (onsite)</b> vào <b>Thứ Hai, ngày 23/03/2026</b>, lịch cụ thể như sau:</p>
{sched}
<p><b>Địa điểm:</b> Do văn phòng Thủ Đức đang cải tạo, buổi phỏng vấn được tổ chức tại phòng họp thuê <b>Bến Thành Cowork – Phòng Sen, Tầng 6, 41 Lê Lợi, Phường Bến Nghé, Quận 1, TP.HCM</b> (có bãi giữ xe máy ở hẻm bên cạnh).</p>
<p>Chị vui lòng xác nhận tham gia bằng cách trả lời email này hoặc bấm nút bên dưới.</p>
<p><a href="https://e-hiring.hrbase.example/c/gaotech/confirm/7f31c2" style="background:#1f6feb;color:#fff;padding:8px 16px;text-decoration:none;border-radius:4px">Xác nhận tham gia</a></p>
<p>Mọi thắc mắc xin liên hệ: Châu Ngọc Hân – Tuyển dụng – han.chau@gaotech.example – 0977 318 552 (Zalo).</p>
<p>Trân trọng,<br>Phòng Nhân sự Gạo Tech</p>
<hr><p style="font-size:11px;color:#888">Email được gửi từ hệ thống HRBase E-Hiring thay mặt Gạo Tech. Vui lòng không trả lời trực tiếp địa chỉ no-reply.</p>
</div></body></html>
"""
    eml(d / "01-hrbase-thu-moi-phong-van.eml", date=T(2026, 3, 17, 15, 30),
        frm=("Gạo Tech – Tuyển dụng", "no-reply@hrbase.example"), reply_to=han, to=[(OWNER_NAME, OWNER)],
        subject="[Gạo Tech] Thư mời phỏng vấn vòng cuối – Senior QA Engineer (Web & Mobile)",
        html=h1, html_cte="base64", received_from="smtp2.hrbase.example")
    h2 = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Chào Chị Trần Thu Hà,</p>
<p>HRBase nhắc lịch: Chị có lịch phỏng vấn với <b>Gạo Tech</b> vào <b>ngày mai – Thứ Hai 23/03/2026, bắt đầu lúc 09:00</b> tại Bến Thành Cowork, Tầng 6, 41 Lê Lợi, Quận 1.</p>
{sched}
<p>Vui lòng đến trước 10 phút và mang theo CCCD để đăng ký khách tại lễ tân toà nhà.</p>
<p style="font-size:11px;color:#888">HRBase E-Hiring • Đây là email tự động.</p>
</body></html>
"""
    eml(d / "02-hrbase-nhac-lich.eml", date=T(2026, 3, 22, 9, 0),
        frm=("Gạo Tech – Tuyển dụng", "no-reply@hrbase.example"), reply_to=han, to=[(OWNER_NAME, OWNER)],
        subject="Nhắc lịch phỏng vấn ngày mai – Gạo Tech", html=h2, html_cte="quoted-printable",
        received_from="smtp2.hrbase.example")
    label(name, [iv("Gạo Tech", "Senior QA Engineer (Web & Mobile)", start, end, "scheduled",
                    [trinh, viet, minh], [trinh, viet, minh], "onsite")],
          "hard", "positive/onsite-loop",
          "Base.vn-like HRBase HTML-only invitation (base64) + reminder; three sessions 09:00-14:15 with a lunch "
          "break at an offsite room in District 1 -> one onsite interview.")


def c10():
    name = "b99-10-zalo-phone-screen-chieu-mai"
    d = case_dir(name)
    ngoc = ("Huỳnh Bích Ngọc", "ngoc.huynh@cuulong-outsourcing.example")
    sent = T(2026, 4, 1, 17, 40, wd="Wednesday")
    start, end = T(2026, 4, 2, 14, 0, wd="Thursday"), T(2026, 4, 2, 14, 30)
    t1 = """Chào Hà,

Chị là Ngọc, recruiter bên Cửu Long Outsourcing (CLO). Chị thấy profile của em trên DevViec rất hợp với vị trí QA Engineer cho dự án khách hàng Nhật (banking app) bên chị đang tuyển.

Chị muốn gọi trao đổi nhanh với em khoảng 30 phút về kinh nghiệm, tiếng Nhật/tiếng Anh và mong muốn của em. Em có tiện vào 2 giờ chiều mai không? Chị sẽ gọi qua Zalo.

Thanks em,
Ngọc
--
Huỳnh Bích Ngọc | Senior IT Recruiter
Cửu Long Outsourcing – Tầng 12, 201 Nguyễn Thị Minh Khai, Quận 1, TP.HCM
Zalo/Mobile: 0903 552 781
"""
    m1 = eml(d / "01-clo-trao-doi-nhanh.eml", date=sent, frm=ngoc, to=[(OWNER_NAME, OWNER)],
             subject="[CLO] Trao đổi nhanh về vị trí QA Engineer (dự án Nhật)", text=t1,
             received_from="mail.cuulong-outsourcing.example")
    t2 = """Ok em, vậy chốt 2 giờ chiều mai (Thứ Năm 02/04) chị gọi Zalo cho em theo số 0916 204 377 nhé. Em để ý điện thoại giúp chị.

Ngọc

Vào 18:02 Th 4, 1 thg 4, 2026, Trần Thu Hà <ha.tran.qa@example.com> đã viết:
> Dạ chào chị Ngọc, 2 giờ chiều mai em tiện ạ. Số Zalo của em là 0916 204 377.
> Em cảm ơn chị.
>
> Vào 17:40 Th 4, 1 thg 4, 2026, Huỳnh Bích Ngọc <ngoc.huynh@cuulong-outsourcing.example> đã viết:
>> Em có tiện vào 2 giờ chiều mai không? Chị sẽ gọi qua Zalo.
"""
    eml(d / "02-re-chot-lich.eml", date=T(2026, 4, 1, 18, 15), frm=ngoc, to=[(OWNER_NAME, OWNER)],
        subject="Re: [CLO] Trao đổi nhanh về vị trí QA Engineer (dự án Nhật)", text=t2, text_cte="8bit",
        in_reply_to=m1, received_from="mail.cuulong-outsourcing.example")
    label(name, [iv("Cửu Long Outsourcing", "QA Engineer", start, end, "scheduled",
                    [ngoc[1]], [ngoc[1]], "phone_screen")],
          "hard", "positive/relative-date-thread",
          "Recruiter phone screen over Zalo: '2 giờ chiều mai' resolved against the 01/04/2026 message date "
          "(confirmed as Thứ Năm 02/04), 'khoảng 30 phút'.")


def c11():
    name = "b99-11-singapore-email-plus-gcal-json"
    d = case_dir(name)
    marcus = ("Marcus Tan", "marcus.tan@tembusulabs.example")
    wl = ("Koh Wei Ling", "weiling.koh@tembusulabs.example")
    start, end = T(2026, 4, 22, 15, 30, tz=SGT, wd="Wednesday"), T(2026, 4, 22, 16, 30, tz=SGT)
    t1 = """Hi Ha,

Thanks for the great chat last week. As promised, here are the details for the technical round for the Senior QA Engineer role:

- Wed 22 Apr, 3.30pm – 4.30pm SGT (2.30pm – 3.30pm Vietnam time)
- With Koh Wei Ling, QA Manager
- Format: a live "bug bash" on a build of our merchant dashboard – you'll share your screen, explore, log issues and talk us through your test approach. Then 15 min Q&A.

I've put it in your calendar (Google Meet link inside). Shout if anything comes up!

Marcus
Marcus Tan · Talent Acquisition · Tembusu Labs
1 Fusionopolis Way, #09-10 Connexis, Singapore 138632 · +65 8123 4409
"""
    eml(d / "01-tembusu-technical-round.eml", date=T(2026, 4, 15, 11, 5, tz=SGT), frm=marcus,
        to=[("Ha Tran", OWNER)], subject="Tembusu Labs – technical round details",
        text=t1, html=html_from_text(t1), received_from="mail-sg.tembusulabs.example")
    evid = uid(name, "ev")
    event = {
        "kind": "calendar#event", "etag": "\"3428819066512000\"", "id": evid, "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={evid}",
        "created": "2026-04-15T03:07:41.000Z", "updated": "2026-04-15T03:07:41.256Z",
        "summary": "Tembusu Labs – Technical (bug bash) – Ha Tran",
        "description": "Live bug bash on the merchant dashboard + Q&A. Interviewer: Koh Wei Ling (QA Manager).",
        "creator": {"email": marcus[1], "displayName": marcus[0]},
        "organizer": {"email": marcus[1], "displayName": marcus[0]},
        "start": {"dateTime": iso(start), "timeZone": "Asia/Singapore"},
        "end": {"dateTime": iso(end), "timeZone": "Asia/Singapore"},
        "iCalUID": f"{evid}@google.com", "sequence": 0,
        "attendees": [
            {"email": marcus[1], "displayName": marcus[0], "organizer": True, "responseStatus": "accepted"},
            {"email": wl[1], "displayName": wl[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/tbl-bugb-ash",
        "conferenceData": {"entryPoints": [{"entryPointType": "video",
                                            "uri": "https://meet.google.com/tbl-bugb-ash",
                                            "label": "meet.google.com/tbl-bugb-ash"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "tbl-bugb-ash"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    (d / "02-tembusu-technical.gcal.json").write_text(json.dumps(event, indent=2, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")
    label(name, [iv("Tembusu Labs", "Senior QA Engineer", start, end, "scheduled",
                    [wl[1]], [wl[1]], "technical")],
          "medium", "positive/dedupe-gcal-json",
          "Singapore employer, '3.30pm – 4.30pm SGT (2.30pm – 3.30pm Vietnam time)' + Calendar API event "
          "(self: true) for the same interview -> one.")


def c12():
    name = "b99-12-tokyo-slotbook-panel"
    d = case_dir(name)
    haruka = ("Haruka Sakamoto", "h.sakamoto@hinoki-digital.example")
    panel = [("Takeshi Ono", "t.ono@hinoki-digital.example"), ("Mika Fujii", "m.fujii@hinoki-digital.example"),
             ("Daniel Reyes", "d.reyes@hinoki-digital.example")]
    start, end = T(2026, 3, 27, 11, 0, tz=JST, wd="Friday"), T(2026, 3, 27, 12, 0, tz=JST)
    t1 = """Tran Thu Ha 様 / Dear Ha-san,

Hinoki Digital 採用担当の坂本です。書類選考通過のご連絡です。
Thank you for applying for the QA Engineer (Vietnam Remote) position. We would like to invite you to a panel interview with our QA Manager, Product Owner and Engineering Director (60 minutes, Zoom, English).

Please choose a convenient slot via the link below (all times are shown in your local time zone):
https://slotbook.example/hinoki-digital/qa-panel?c=TTH-0319

ご不明点があればお気軽にご連絡ください。

坂本 はるか / Haruka Sakamoto
Recruiting, Hinoki Digital Inc.
〒150-0041 東京都渋谷区神南 2-4-11 / +81-3-6416-0077
"""
    m1 = eml(d / "01-hinoki-panel-please-book.eml", date=T(2026, 3, 19, 13, 20, tz=JST), frm=haruka,
             to=[("Tran Thu Ha", OWNER)], subject="【Hinoki Digital】面接日程のご案内 / Panel interview – QA Engineer",
             text=t1, html=html_from_text(t1, "Meiryo,Arial,sans-serif"), text_cte="base64", html_cte="base64",
             received_from="mail.hinoki-digital.example")
    stamp = T(2026, 3, 19, 21, 47)
    lt = start.astimezone(HCM)
    t2 = f"""Hi Tran Thu Ha,

Your meeting is booked.

What: QA Engineer Panel Interview – Hinoki Digital
When: {lt.strftime('%a, %d %b %Y')} · {lt.strftime('%H:%M')} – {end.astimezone(HCM).strftime('%H:%M')} (GMT+07:00) Asia/Ho_Chi_Minh
Host: Haruka Sakamoto
Panel: Takeshi Ono (QA Manager), Mika Fujii (Product Owner), Daniel Reyes (Engineering Director)
Where: Zoom – https://hinoki.zoom.example/j/93120558841?pwd=Qa27

日本時間 / Japan time: 2026年3月27日（金）11:00〜12:00 JST

Need to make changes? Reschedule: https://slotbook.example/r/9f1c2e  Cancel: https://slotbook.example/c/9f1c2e

Sent by SlotBook on behalf of Hinoki Digital.
"""
    L = ["BEGIN:VCALENDAR", "PRODID:-//SlotBook//Booking 2.9//EN", "VERSION:2.0", "METHOD:REQUEST"] + \
        vtz_fixed_olson("Asia/Tokyo", "+0900", "JST") + [
        "BEGIN:VEVENT", f"UID:{uid(name, 'sb')}@slotbook.example", f"DTSTAMP:{zstamp(stamp)}",
        f"DTSTART;TZID=Asia/Tokyo:{local_stamp(start)}", f"DTEND;TZID=Asia/Tokyo:{local_stamp(end)}",
        "SUMMARY:QA Engineer Panel Interview – Hinoki Digital (Tran Thu Ha)",
        "DESCRIPTION:" + ics_escape("Panel: Takeshi Ono (QA Manager), Mika Fujii (Product Owner), Daniel "
                                    "Reyes (Engineering Director).\nZoom: https://hinoki.zoom.example/j/93120558841?pwd=Qa27"),
        "LOCATION:https://hinoki.zoom.example/j/93120558841?pwd=Qa27",
        f"ORGANIZER;CN=Haruka Sakamoto:mailto:{haruka[1]}"] + \
        [attendee(n, e) for n, e in panel + [("Tran Thu Ha", OWNER)]] + \
        ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    eml(d / "02-slotbook-booking-confirmed.eml", date=stamp, frm=("SlotBook", "notifications@slotbook.example"),
        reply_to=haruka, to=[("Tran Thu Ha", OWNER)],
        subject="Confirmed: QA Engineer Panel Interview – Hinoki Digital on Fri, 27 Mar 2026",
        text=t2, html=html_from_text(t2), cal_attach=("invite.ics", ics(L)), received_from="mta.slotbook.example")
    emails = [e for _, e in panel]
    label(name, [iv("Hinoki Digital", "QA Engineer (Vietnam Remote)", start, end, "scheduled", emails, emails,
                    "onsite")],
          "hard", "positive/scheduling-link-booked-panel",
          "Recruiter sends a booking link (not yet an interview), then SlotBook confirmation shows 09:00-10:00 "
          "GMT+7 and 11:00〜12:00 JST, .ics TZID Asia/Tokyo; 3-person panel -> onsite.")


def c13():
    name = "b99-13-founder-coffee-final-round-forwarded"
    d = case_dir(name)
    dung = ("Phan Thùy Dung", "dung.phan@mayxanh.example")
    long_ = ("Đinh Hoàng Long", "long@mayxanh.example")
    start = T(2026, 3, 28, 10, 30, wd="Saturday")
    t1 = """Hi Hà,

Chị forward em note của anh Long (CEO). Đây là vòng cuối của quy trình tuyển vị trí QA Lead trước khi công ty gửi offer, nên em chuẩn bị tinh thần chút nha, nhưng không khí thoải mái lắm, không có bài test gì đâu.

Chị Dung
HR – Mây Xanh AI | 0935 660 214

---------- Forwarded message ---------
From: Đinh Hoàng Long <long@mayxanh.example>
Date: Mon, Mar 23, 2026 at 9:12 PM
Subject: Hà – QA Lead
To: Phan Thùy Dung <dung.phan@mayxanh.example>

Dung ơi, feedback của team về Hà rất tốt. Anh muốn gặp bạn ấy uống cà phê trò chuyện trước khi chốt offer – Saturday at half past ten at Cà phê Nhà Rông, 27 Ngô Thời Nhiệm, Quận 3 được không? Em hỏi giúp anh và cho bạn ấy email của anh luôn nhé.

Long
"""
    m1 = eml(d / "01-fwd-ca-phe-voi-anh-long.eml", date=T(2026, 3, 24, 9, 5), frm=dung, to=[(OWNER_NAME, OWNER)],
             cc=[long_], subject="Fwd: Hà – QA Lead", text=t1, html=html_from_text(t1),
             received_from="mail.mayxanh.example")
    t2 = """Chào Hà,

Anh là Long. Hẹn em 10h30 sáng Thứ Bảy này (28/3) ở Cà phê Nhà Rông, 27 Ngô Thời Nhiệm, Q.3 nhé. Mình nói chuyện về định hướng sản phẩm và cách em muốn xây dựng team QA. Có gì em gọi anh 0918 007 326.

Long
CEO, Mây Xanh AI

Sent from my iPhone
"""
    eml(d / "02-long-hen-thu-bay.eml", date=T(2026, 3, 24, 22, 31), frm=long_, to=[(OWNER_NAME, OWNER)],
        cc=[dung], subject="Re: Fwd: Hà – QA Lead", text=t2, in_reply_to=m1,
        received_from="mail.mayxanh.example", extra=[("X-Mailer", "iPhone Mail (22D82)")])
    label(name, [iv("Mây Xanh AI", "QA Lead", start, None, "scheduled", [long_[1]], [long_[1]],
                    "hiring_manager")],
          "hard", "positive/coffee-chat-final-round",
          "Forwarded CEO note 'Saturday at half past ten' + CEO mail '10h30 sáng Thứ Bảy này (28/3)'; coffee chat is "
          "explicitly the final step before an offer. No duration -> end null.")


# ----------------------------------------------------------------------------- negatives
def n14():
    name = "b99-14-neg-english-center-placement-interview"
    d = case_dir(name)
    T(2026, 3, 18, wd="Wednesday")
    t = """Chào bạn Trần Thu Hà,

Cảm ơn bạn đã đăng ký tư vấn khoá học IELTS Intensive 6.5+ tại Anh ngữ Hải Âu – chi nhánh Quận 10.

Lịch phỏng vấn xếp lớp (placement interview) của bạn:
- Thời gian: 18h30 Thứ Tư, ngày 18/03/2026
- Địa điểm: 285 Ba Tháng Hai, Phường 10, Quận 10, TP.HCM
- Nội dung: bài test 4 kỹ năng (60 phút) + phỏng vấn Speaking 1-1 với giáo viên bản ngữ (10–15 phút) để xếp bạn vào lớp phù hợp.

Học viên vui lòng đến sớm 15 phút. Ưu đãi giảm 20% học phí cho học viên đăng ký trong tuần.

Anh ngữ Hải Âu – Hotline: 1900 2727
"""
    eml(d / "01-hai-au-lich-phong-van-xep-lop.eml", date=T(2026, 3, 14, 10, 0),
        frm=("Anh ngữ Hải Âu", "tuvan@haiau-english.example"), to=[(OWNER_NAME, OWNER)],
        subject="Xác nhận lịch phỏng vấn xếp lớp – IELTS Intensive 6.5+", text=t, html=html_from_text(t),
        received_from="mail.haiau-english.example")
    label(name, [], "medium", "negative/course-placement-interview",
          "Language-school placement interview for a course the user is buying; not a job interview.")


def n15():
    name = "b99-15-neg-bank-appointment-noon"
    d = case_dir(name)
    start, end = T(2026, 3, 21, 12, 0, wd="Saturday"), T(2026, 3, 21, 12, 45)
    t = """Kính gửi Quý khách TRẦN THU HÀ,

Ngân hàng Sao Việt xác nhận lịch hẹn của Quý khách:
- Dịch vụ: Tư vấn vay mua nhà ở (gói ưu đãi dành cho người trẻ)
- Thời gian: 12h00 (noon) Thứ Bảy, 21/03/2026
- Địa điểm: Chi nhánh Quận 3 – 99 Võ Văn Tần, Phường 6, Quận 3, TP.HCM
- Chuyên viên phụ trách: Đoàn Minh Quân – 0908 771 200

Tại buổi hẹn, chuyên viên sẽ phỏng vấn ngắn để thẩm định thu nhập và công việc hiện tại của Quý khách. Vui lòng mang theo CCCD, hợp đồng lao động và sao kê lương 6 tháng gần nhất.

Lịch hẹn đã được đính kèm để Quý khách thêm vào lịch cá nhân.

Trân trọng,
Ngân hàng TMCP Sao Việt – Tổng đài 1800 5888
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Sao Viet Bank//Appointment//VI", "VERSION:2.0", "METHOD:PUBLISH"]
              + vtz_fixed_olson("Asia/Ho_Chi_Minh", "+0700", "ICT") + [
                  "BEGIN:VEVENT", f"UID:{uid(name)}@saovietbank.example", f"DTSTAMP:{zstamp(T(2026, 3, 16, 8, 0))}",
                  f"DTSTART;TZID=Asia/Ho_Chi_Minh:{local_stamp(start)}",
                  f"DTEND;TZID=Asia/Ho_Chi_Minh:{local_stamp(end)}",
                  "SUMMARY:Lịch hẹn tư vấn vay mua nhà – Ngân hàng Sao Việt CN Quận 3",
                  "LOCATION:" + ics_escape("99 Võ Văn Tần, Phường 6, Quận 3, TP.HCM"),
                  "ORGANIZER;CN=Doan Minh Quan:mailto:quan.doan@saovietbank.example",
                  attendee("TRAN THU HA", OWNER), "END:VEVENT", "END:VCALENDAR"])
    eml(d / "01-sao-viet-xac-nhan-lich-hen.eml", date=T(2026, 3, 16, 8, 0),
        frm=("Ngân hàng Sao Việt", "lichhen@saovietbank.example"), to=[(OWNER_NAME, OWNER)],
        subject="Xác nhận lịch hẹn tư vấn tại Chi nhánh Quận 3", text=t, cal_attach=("lich-hen.ics", cal),
        received_from="smtp.saovietbank.example")
    label(name, [], "medium", "negative/bank-appointment",
          "Bank mortgage appointment with .ics; 'phỏng vấn ngắn để thẩm định thu nhập' is not a job interview.")


def n16():
    name = "b99-16-neg-rejection-thu-cam-on"
    d = case_dir(name)
    t = """Chào Hà,

Thay mặt Bình Minh Logistics Tech, chị cảm ơn em đã dành thời gian tham gia buổi phỏng vấn vòng 2 vị trí QA Engineer vào lúc 14h00 Thứ Ba, ngày 10/03/2026 với anh Quang và chị Thảo.

Sau khi cân nhắc kỹ, hội đồng phỏng vấn quyết định chọn một ứng viên có kinh nghiệm về kiểm thử hệ thống kho vận (WMS) phù hợp hơn với nhu cầu hiện tại. Rất tiếc lần này chúng ta chưa thể hợp tác.

Chị sẽ lưu hồ sơ của em và liên hệ ngay khi có vị trí phù hợp, dự kiến công ty sẽ mở thêm đợt tuyển QA vào quý 3. Chúc em sớm tìm được công việc như ý.

Trân trọng,
Đặng Thị Thu Trang
Tuyển dụng – Bình Minh Logistics Tech
Lô B2, KCN Tân Bình, Quận Tân Phú, TP.HCM | 028 3815 6600
"""
    T(2026, 3, 10, wd="Tuesday")
    eml(d / "01-thu-cam-on.eml", date=T(2026, 3, 16, 16, 45),
        frm=("Đặng Thị Thu Trang", "trang.dang@binhminh-lt.example"), to=[(OWNER_NAME, OWNER)],
        subject="[Bình Minh Logistics Tech] Thư cảm ơn – Vị trí QA Engineer", text=t, html=html_from_text(t),
        text_cte="base64", html_cte="base64", received_from="mail.binhminh-lt.example")
    label(name, [], "medium", "negative/rejection",
          "Rejection ('thư cảm ơn') that cites the past interview date and time; no upcoming interview.")


def n17():
    name = "b99-17-neg-devviec-job-alert"
    d = case_dir(name)
    jobs = [
        ("Senior QA Engineer (Automation)", "Tembusu Labs Vietnam", "Quận 1", "Up to $2,500", "Phỏng vấn online 2 vòng, có kết quả trong 1 tuần"),
        ("Tester (Manual) – Fresher/Junior", "Công ty CP Phần mềm Đông Hải", "Quận Tân Bình", "8 – 12 triệu", "Interview nhanh trong ngày"),
        ("QC Engineer – Japanese N3", "Hải Đăng Solutions", "Quận Phú Nhuận", "Thoả thuận", "Phỏng vấn Thứ Bảy hàng tuần, 9h00–11h30"),
        ("QA Lead (Fintech)", "Meranti Pay", "Remote / Singapore", "Negotiable", "Ứng viên phù hợp sẽ được mời phỏng vấn trong 48h"),
    ]
    lines = "\n\n".join(f"{i + 1}. {t} – {c}\n   {loc} | {sal}\n   {note}\n   https://devviec.example/viec-lam/{uid(t, n=8)}"
                        for i, (t, c, loc, sal, note) in enumerate(jobs))
    t = f"""Chào Hà,

Có 4 việc làm mới khớp với thông báo "QA / Tester – Hồ Chí Minh" của bạn:

{lines}

Mẹo tuần này: 5 câu hỏi phỏng vấn QA phổ biến nhất và cách trả lời – https://devviec.example/blog/cau-hoi-phong-van-qa

Xem tất cả việc làm: https://devviec.example/viec-lam/qa-tester/ho-chi-minh
Quản lý thông báo việc làm: https://devviec.example/settings/alerts
DevViec – Tầng 3, 10 Phổ Quang, Quận Tân Bình, TP.HCM
"""
    eml(d / "01-devviec-job-alert.eml", date=T(2026, 3, 20, 7, 30), frm=("DevViec Job Robot", "jobrobot@devviec.example"),
        to=[(OWNER_NAME, OWNER)], subject="4 việc làm QA / Tester mới cho bạn – phỏng vấn nhanh trong tuần",
        text=t, html=html_from_text(t), received_from="o7.mail.devviec.example",
        extra=[("List-Unsubscribe", "<https://devviec.example/settings/alerts?u=1>")])
    label(name, [], "easy", "negative/job-alert",
          "ITviec-like job-alert digest full of 'phỏng vấn' phrases and a Saturday 9h00 walk-in note.")


def n18():
    name = "b99-18-neg-internal-sprint-review-teams"
    d = case_dir(name)
    pm = ("Le Hoang Nam", "nam.le@songhan-soft.example")
    start, end = T(2026, 3, 13, 16, 0, wd="Friday"), T(2026, 3, 13, 17, 0)
    body = f"""Hi team,

Sprint 27 Review & Demo for the Loyalty App.

Agenda:
1. Demo of the RC2 release candidate (Nam)
2. QA test summary & open defects – Ha
3. Go/no-go for the App Store submission
4. AOB: schedule for interviewing the QA intern candidates next week (Ha + Duy)

Please keep your cameras on for the demo.

Nam
Product Owner | Song Han Software – 22 Bach Dang, Hai Chau, Da Nang / Saigon office: 15 Pasteur, District 1

{teams_block(name)}
"""
    text = ("When: Friday, March 13, 2026 4:00 PM-5:00 PM (UTC+07:00) Bangkok, Hanoi, Jakarta.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body)
    people = [("Tran Thu Ha", OWNER), ("Vo Thanh Duy", "duy.vo@songhan-soft.example"),
              ("Mai Kim Chi", "chi.mai@songhan-soft.example")]
    cal = exchange_ics(start=start, end=end, stamp=T(2026, 3, 9, 9, 0), organizer=pm, attendees=people,
                       summary="Sprint 27 Review & Demo – Loyalty App (RC2)", description=text,
                       location="Microsoft Teams Meeting",
                       uidv="040000008200E00074C5B7101A82E00800000000" + uid(name, n=40).upper())
    eml(d / "01-sprint-27-review.eml", date=T(2026, 3, 9, 9, 0).astimezone(UTC), frm=pm,
        to=[(n, e) for n, e in people], subject="Sprint 27 Review & Demo – Loyalty App (RC2)", text=text,
        html=html_from_text(text, "Aptos,Calibri,sans-serif"), cal=cal, cal_cte="base64",
        mid=f"<SI2PR04MB{uid(name, n=12).upper()}@SI2PR04MB6102.apcprd04.prod.outlook.com>",
        received_from="APC01-SG2-obe.outbound.protection.outlook.com",
        extra=[("Content-class", "urn:content-classes:calendarmessage")])
    label(name, [], "medium", "negative/internal-meeting",
          "Internal sprint review at the user's current (contract) job, Teams/SE Asia Standard Time, mentions "
          "'release candidate' and interviewing intern candidates.")


def n19():
    name = "b99-19-neg-friend-sunday-coffee-gcal"
    d = case_dir(name)
    linh = ("Võ Khánh Linh", "linh.vo@mail.example")
    start, end = T(2026, 3, 22, 9, 0, wd="Sunday"), T(2026, 3, 22, 10, 30)
    desc = ("Cà phê sáng Chủ Nhật nè bà! Thứ Hai bà phỏng vấn Gạo Tech đúng không, tui hỏi thử mấy câu behavioral "
            "cho bà tập dượt. Tui cũng kể vụ tui làm candidate bên Tembusu luôn.")
    gcal_invite(d / "01-invitation-ca-phe-chu-nhat.eml", date=T(2026, 3, 19, 21, 10).astimezone(UTC),
                organizer=linh, attendees=[linh, (OWNER, OWNER)], start=start, end=end,
                summary="☕ Cà phê CN – Linh & Hà (tập phỏng vấn)", description=desc,
                location="Cà phê Mây, 14 Tôn Thất Đạm, Quận 1", uidv=uid(name, "ev"))
    label(name, [], "hard", "negative/friend-social",
          "Friend's Google invite for Sunday coffee to rehearse interview questions (mock, not a job interview).")


def n20():
    name = "b99-20-neg-user-interviews-intern-candidate"
    d = case_dir(name)
    hr = ("Nguyen Thi Bich Tuyen", "tuyen.nguyen@songhan-soft.example")
    start, end = T(2026, 3, 24, 10, 0, wd="Tuesday"), T(2026, 3, 24, 10, 45)
    body = f"""Chào chị Hà,

Em gửi lịch phỏng vấn ứng viên Thực tập sinh QA – bạn Nguyễn Minh Tú (SV năm 4 ĐH Bách Khoa). Chị Hà tham gia với vai trò người phỏng vấn chuyên môn cùng anh Duy, em sẽ ghi chú. CV của ứng viên em để trong link: https://songhan-soft.sharepoint.example/hr/interns/CV_NguyenMinhTu.pdf

Form đánh giá sau phỏng vấn: https://forms.songhan-soft.example/intern-eval

Cảm ơn chị!
Tuyển – HR Song Han Software

{teams_block(name)}
"""
    text = ("When: Tuesday, March 24, 2026 10:00 AM-10:45 AM (UTC+07:00) Bangkok, Hanoi, Jakarta.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body)
    people = [("Tran Thu Ha", OWNER), ("Vo Thanh Duy", "duy.vo@songhan-soft.example"),
              ("Nguyen Minh Tu", "tu.nguyenminh@mail.example")]
    cal = exchange_ics(start=start, end=end, stamp=T(2026, 3, 18, 14, 30), organizer=hr, attendees=people,
                       summary="Phỏng vấn ứng viên – Thực tập sinh QA – Nguyễn Minh Tú", description=text,
                       location="Microsoft Teams Meeting",
                       uidv="040000008200E00074C5B7101A82E00800000000" + uid(name, n=40).upper())
    eml(d / "01-phong-van-ung-vien-intern.eml", date=T(2026, 3, 18, 14, 30).astimezone(UTC), frm=hr,
        to=[(n, e) for n, e in people], subject="Phỏng vấn ứng viên – Thực tập sinh QA – Nguyễn Minh Tú",
        text=text, html=html_from_text(text, "Aptos,Calibri,sans-serif"), cal=cal, cal_cte="base64",
        mid=f"<SI2PR04MB{uid(name, n=12).upper()}@SI2PR04MB6102.apcprd04.prod.outlook.com>",
        received_from="APC01-SG2-obe.outbound.protection.outlook.com",
        extra=[("Content-class", "urn:content-classes:calendarmessage")])
    label(name, [], "hard", "negative/user-is-interviewer",
          "Teams invite where the user interviews an intern candidate ('ứng viên') at her current job.")


def n21():
    name = "b99-21-neg-singapore-availability-request"
    d = case_dir(name)
    t = """Hi Ha,

Hope you're well! I'm Priya from Lumen Freight in Singapore. Your profile came up for our QA Engineer (Mobile) opening and the hiring manager would like to schedule a 30-minute interview with you.

Could you share 2-3 slots next week (23-27 March) between 10am and 5pm SGT that work for you? Alternatively, grab any open slot here: https://slotbook.example/lumen-freight/priya-30min

Once we've agreed a time I'll send a calendar invite with the Teams link.

Best,
Priya Raman
Talent Acquisition Partner, Lumen Freight Pte. Ltd.
10 Anson Road, #20-05 International Plaza, Singapore 079903 | +65 6221 7010
"""
    eml(d / "01-lumen-availability.eml", date=T(2026, 3, 18, 14, 2, tz=SGT),
        frm=("Priya Raman", "priya.raman@lumenfreight.example"), to=[("Ha Tran", OWNER)],
        subject="Lumen Freight – QA Engineer (Mobile) – interview availability", text=t, html=html_from_text(t),
        received_from="mail.lumenfreight.example")
    label(name, [], "medium", "negative/availability-request",
          "Recruiter asks for availability / unbooked scheduling link; no interview booked.")


def n22():
    name = "b99-22-neg-zalo-task-scam"
    d = case_dir(name)
    t = """THÔNG BÁO TRÚNG TUYỂN VÒNG HỒ SƠ

Chào bạn Hà,

Hồ sơ của bạn đã được duyệt cho vị trí "Cộng tác viên kiểm thử ứng dụng (Tester online tại nhà)" – thu nhập 500.000 – 1.500.000đ/ngày, làm 1–2 giờ/ngày trên điện thoại, không cần kinh nghiệm.

Lịch phỏng vấn online: 20h00 tối nay qua Zalo với trưởng phòng tuyển dụng. Bạn vui lòng kết bạn Zalo 0876 55 44 21 (Ms. Thảo Vy) và gửi ảnh CCCD 2 mặt để xác minh ứng viên.

Lưu ý: Ứng viên cần đóng phí kích hoạt tài khoản 300.000đ (hoàn lại sau 3 ngày làm việc). Số lượng có hạn, vui lòng phản hồi trước 18h00!

Phòng Nhân Sự – Tập đoàn Thương mại Điện tử Toàn Cầu
"""
    eml(d / "01-thong-bao-trung-tuyen.eml", date=T(2026, 3, 26, 10, 17),
        frm=("Phong Nhan Su Toan Cau", "tuyendung.toancau.2026@mail.example"), to=[(None, OWNER)],
        subject="[KHẨN] Thông báo lịch phỏng vấn – Cộng tác viên kiểm thử ứng dụng", text=t, text_cte="8bit",
        received_from="mail.example")
    label(name, [], "medium", "negative/scam",
          "Task-scam 'phỏng vấn qua Zalo 20h00 tối nay' with an activation fee; scams are not interviews.")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
         n14, n15, n16, n17, n18, n19, n20, n21, n22]


def main():
    for p in HERE.glob("b99-*"):
        if p.is_dir():
            shutil.rmtree(p)
    LABELS.clear()
    for fn in CASES:
        fn()
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# blind99 labels - generated by make_cases.py; do not edit by hand\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=120)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"wrote {len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative, "
          f"{sum(len(v['interviews']) for v in LABELS.values())} interviews)")


if __name__ == "__main__":
    main()
