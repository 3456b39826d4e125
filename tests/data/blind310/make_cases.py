#!/usr/bin/env python3
"""Generate the blind310 evaluation set (Vientiane, Laos; Lao / Thai / English mail).

Deletes and rewrites every b310-* case folder plus labels.yaml and README.md next to this
script. Output is byte-identical on every run: all dates, Message-IDs, UIDs and MIME
boundaries are fixed or derived from SHA-256 hashes of a seed.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind310/vientiane/2026"
OWNER = "souksavanh.p@example.com"
OWNER_NAME = "Souksavanh Phommachanh"

UTC = timezone.utc
VTE = ZoneInfo("Asia/Vientiane")
BKK = ZoneInfo("Asia/Bangkok")
HAN = ZoneInfo("Asia/Ho_Chi_Minh")
TYO = ZoneInfo("Asia/Tokyo")
AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York")
LON = ZoneInfo("Europe/London")

# ---------------------------------------------------------------- sanity checks on zones / DST
def _off(tz, *a):
    return datetime(*a, tzinfo=tz).utcoffset()

for _tz in (VTE, BKK, HAN):
    for _m in range(1, 13):
        assert _off(_tz, 2026, _m, 15, 12) == timedelta(hours=7), _tz
for _m in range(1, 13):
    assert _off(TYO, 2026, _m, 15, 12) == timedelta(hours=9)
# 2026 DST changes (not used by the region, asserted because one case mentions Amsterdam)
assert _off(NYC, 2026, 3, 7, 12) == timedelta(hours=-5) and _off(NYC, 2026, 3, 9, 12) == timedelta(hours=-4)
assert _off(NYC, 2026, 10, 31, 12) == timedelta(hours=-4) and _off(NYC, 2026, 11, 2, 12) == timedelta(hours=-5)
assert _off(LON, 2026, 3, 28, 12) == timedelta(0) and _off(LON, 2026, 3, 30, 12) == timedelta(hours=1)
assert _off(AMS, 2026, 10, 24, 12) == timedelta(hours=2) and _off(AMS, 2026, 10, 26, 12) == timedelta(hours=1)
assert _off(AMS, 2026, 11, 4, 8) == timedelta(hours=1)


def h(*parts, n=16):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def T(y, mo, d, H, M, wd, tz=VTE, s=0, off=None):
    """Aware datetime; asserts weekday (Mon..Sun) and, when given, the UTC offset in hours."""
    x = datetime(y, mo, d, H, M, s, tzinfo=tz)
    assert x.strftime("%a") == wd, (x.isoformat(), x.strftime("%a"), wd)
    if off is None:
        off = {VTE: 7, BKK: 7, HAN: 7, TYO: 9, UTC: 0}.get(tz)
    if off is not None:
        assert x.utcoffset() == timedelta(hours=off), (x, off)
    return x


def rfc(x):
    return format_datetime(x)


def iso(x):
    return x.isoformat()


# ---------------------------------------------------------------- MIME helpers
def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def encode_body(text, cte):
    data = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    return text if text.endswith("\n") else text + "\n"


def leaf(ctype, text, cte="base64", extra=()):
    hdrs = [("Content-Type", ctype)] + list(extra) + [("Content-Transfer-Encoding", cte)]
    return (hdrs, encode_body(text, cte))


def attach(ctype, filename, data_text, cte="base64"):
    return leaf(ctype, data_text, cte, extra=[("Content-Disposition", f'attachment; filename="{filename}"')])


def multi(subtype, parts, boundary):
    body = ""
    for ph, pb in parts:
        body += f"--{boundary}\n" + "".join(f"{k}: {v}\n" for k, v in ph) + "\n" + pb
        if not pb.endswith("\n"):
            body += "\n"
        body += "\n"
    body += f"--{boundary}--\n"
    return ([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], body)


def bnd(*k):
    return "000000000000" + h("boundary", *k, n=16)


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "".join("<p>" + "<br>".join(html.escape(x) for x in p.split("\n")) + "</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:14px">\n{body}</div></body></html>\n')


class Mail:
    """Collects top-level headers; .build(part) returns bytes."""

    def __init__(self, case, n, *, frm, to, subject, date, domain, cc=None, reply_to=None,
                 irt=None, refs=None, mid=None, extra=(), received_from=None):
        self.mid = mid or f"<{h(case, n, 'mid', n=24)}@{domain}>"
        relay = received_from or f"mail.{domain}"
        self.headers = [
            ("Delivered-To", OWNER),
            ("Received", f"from {relay} ({relay} [10.{int(h(case, n, 'ip', n=2), 16) % 200}.{int(h(case, n, 'ip2', n=2), 16)}.17])\n"
                         f"        by mx.example.com with ESMTPS id {h(case, n, 'smtp', n=12)}\n"
                         f"        for <{OWNER}>; {rfc(date)}"),
            ("Date", rfc(date)),
            ("From", frm),
            ("To", to),
        ]
        if cc:
            self.headers.append(("Cc", cc))
        if reply_to:
            self.headers.append(("Reply-To", reply_to))
        self.headers.append(("Subject", subj(subject)))
        self.headers.append(("Message-ID", self.mid))
        if irt:
            self.headers.append(("In-Reply-To", irt))
        if refs:
            self.headers.append(("References", refs))
        self.headers += list(extra)

    def build(self, part):
        ph, pb = part
        txt = "".join(f"{k}: {v}\n" for k, v in self.headers) + "MIME-Version: 1.0\n"
        txt += "".join(f"{k}: {v}\n" for k, v in ph) + "\n" + pb
        return txt.encode("utf-8")


# ---------------------------------------------------------------- iCalendar helpers
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
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def zutc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def floc(x):
    return x.strftime("%Y%m%dT%H%M%S")


def vtz_fixed(tzid, off, name):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", f"TZOFFSETFROM:{off}",
            f"TZOFFSETTO:{off}", f"TZNAME:{name}", "DTSTART:19700101T000000", "END:STANDARD",
            "END:VTIMEZONE"]


def vtz_windows(tzid="SE Asia Standard Time", off="+0700"):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:STANDARD", "BEGIN:DAYLIGHT",
            "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def att(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True):
    cn = f'"{name}"' if any(c in name for c in ",;:") else name
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};"
            f"RSVP={'TRUE' if rsvp else 'FALSE'};CN={cn};X-NUM-GUESTS=0:mailto:{email}")


def org(name, email):
    return f"ORGANIZER;CN={name}:mailto:{email}"


# ---------------------------------------------------------------- Google Calendar invitation
def gt(x):
    return x.strftime("%I:%M%p").lstrip("0").lower().replace(":00", "")


def gwhen(start, end, label):
    return f"{start.strftime('%a %b')} {start.day}, {start.year} {gt(start)} - {gt(end)} ({label})"


def google_invite(case, n, *, organizer, guests, summary, start, end, description, sent,
                  location=None, uid=None, seq=0, updated=False, tzlong="Indochina Time - Vientiane",
                  tzabbr="ICT", meet=True, method="REQUEST"):
    oname, oemail = organizer
    uid = uid or f"{h(case, n, 'guid', n=26)}@google.com"
    meet_code = "-".join([h(case, uid, 'm1', n=3), h(case, uid, 'm2', n=4), h(case, uid, 'm3', n=3)])
    meet_code = "".join(chr(97 + int(c, 16) % 26) if c.isdigit() else c for c in meet_code)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    when = gwhen(start, end, tzabbr)
    title = ("Updated invitation" if updated else "Invitation") + f": {summary} @ {when} ({OWNER})"
    daytxt = f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {gt(start)} \u2013 {gt(end)}"
    lines = [summary, daytxt, tzlong, ""]
    if updated:
        lines = ["This event has been updated", "Changed: time", ""] + lines
    if location:
        lines += [location, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet_code}", ""]
    lines += ["Organizer", oname, oemail, "", "Guests"]
    for gn, ge in guests:
        lines += ([ge] if gn == ge else [f"{gn}" + (" - organizer" if ge == oemail else ""), ge])
    lines += [f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", ""]
    lines += [description, "",
              f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}",
              "", "", "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    html_body = to_html(plain, font="Roboto,Helvetica,Arial,sans-serif")
    ics = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{zutc(start)}",
           f"DTEND:{zutc(end)}", f"DTSTAMP:{zutc(sent)}", org(oname, oemail), f"UID:{uid}"]
    for gn, ge in guests:
        ps = "ACCEPTED" if ge == oemail else "NEEDS-ACTION"
        ics.append(att(gn if ge != OWNER else OWNER, ge, partstat=ps))
    if meet:
        ics.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: "
                 f"https://meet.google.com/{meet_code}\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-")
    ics += [f"CREATED:{zutc(sent - timedelta(minutes=3))}", f"DESCRIPTION:{esc(desc)}",
            f"LAST-MODIFIED:{zutc(sent)}", f"LOCATION:{esc(location or '')}", f"SEQUENCE:{seq}",
            "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(ics)
    alt = multi("alternative", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "base64"),
    ], bnd(case, n, "alt"))
    mixed = multi("mixed", [alt, leaf('application/ics; name="invite.ics"', cal, "base64",
                                      extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])],
                  bnd(case, n, "mix"))
    m = Mail(case, n, frm=addr(oname, oemail), to=OWNER, subject=title, date=sent, domain="google.com",
             reply_to=addr(oname, oemail), mid=f"<calendar-{h(case, n, 'cal', n=8)}-{h(case, n, 'cal2', n=4)}-"
             f"{h(case, n, 'cal3', n=4)}-{h(case, n, 'cal4', n=12)}@google.com>",
             received_from="mail-sor-f73.google.com",
             extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return m.build(mixed)


# ---------------------------------------------------------------- Exchange / Teams invitation
def teams_invite(case, n, *, organizer, required, summary, start, end, body_text, sent, domain,
                 uid=None, seq=0, method="REQUEST", location="Microsoft Teams Meeting", subject=None,
                 label="(UTC+07:00) Bangkok, Hanoi, Jakarta", tzid="SE Asia Standard Time"):
    oname, oemail = organizer
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + h(case, n, "exuid", n=16).upper()
                  + "000000000000000010000000" + h(case, n, "exuid2", n=32).upper())
    meet_id = " ".join(str(int(h(case, n, "tm", k), 16) % 900 + 100) for k in range(4))
    when = (f"{start.strftime('%A, %B')} {start.day}, {start.year} "
            f"{start.strftime('%I:%M %p').lstrip('0')}-{end.strftime('%I:%M %p').lstrip('0')} {label}")
    teams_block = ("________________________________________________________________________________\n"
                   "Microsoft Teams Need help?\n"
                   f"Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h(case, n, 'tl', n=40)}%40thread.v2/0>\n"
                   f"Meeting ID: {meet_id}\nPasscode: {h(case, n, 'pc', n=6)}\n"
                   "________________________________\n"
                   "For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
                   "________________________________________________________________________________\n")
    plain = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_text}\n\n{teams_block}"
    html_body = to_html(plain, font="Calibri,Aptos,sans-serif")
    ics = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    ics += vtz_windows(tzid)
    ics += ["BEGIN:VEVENT", org(oname, oemail)]
    for rn, re_ in required:
        ics.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={rn}:mailto:{re_}")
    ics += [f"DESCRIPTION;LANGUAGE=en-US:{esc(body_text + chr(10) + chr(10) + teams_block)}",
            f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
            f"DTSTART;TZID={tzid}:{floc(start)}", f"DTEND;TZID={tzid}:{floc(end)}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zutc(sent)}", "TRANSP:OPAQUE",
            "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE=en-US:{esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h(case, n, 'oa', n=7), 16)}",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE", "BEGIN:VALARM", "DESCRIPTION:REMINDER",
            "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(ics)
    alt = multi("alternative", [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_body, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ], "_000_" + h(case, n, "exb", n=32).upper() + "_")
    to = ", ".join(addr(rn, re_) for rn, re_ in required)
    m = Mail(case, n, frm=addr(oname, oemail), to=to, subject=subject or summary, date=sent, domain=domain,
             received_from=f"APC01-SG2-obe.outbound.protection.outlook.com",
             mid=f"<SG2PR0{int(h(case, n, 'sg', n=2), 16) % 9 + 1}MB{h(case, n, 'sgm', n=4).upper()}"
                 f"{h(case, n, 'sgm2', n=8).upper()}@SG2PR06MB{h(case, n, 'sgm3', n=4).upper()}.apcprd06.prod.outlook.com>",
             extra=[("Thread-Topic", summary), ("Thread-Index", base64.b64encode(bytes.fromhex(h(case, n, 'ti', n=44))).decode()),
                    ("Content-class", "urn:content-classes:calendarmessage"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                    ("Accept-Language", "en-US"), ("Content-Language", "en-US")])
    return m.build(alt)


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def L(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


# ================================================================= CASES
# Each case returns dict(slug, items=[(filename, bytes)], label=..., tz=note or None)

MPB = "mekongpearlbank.example"
CHANTHALA = ("Chanthala Keomany", f"chanthala.k@{MPB}")
KHAMPHONG = ("Khamphong Sisouk", f"khamphong.s@{MPB}")
XKH = "xekonghydro.example"
DAVONE = ("Davone Sisouvanh", f"davone.s@{XKH}")
PKM = "phoukhamminerals.example"
GDA = "greendelta-aid.example"
SCL = "siamcrossdock.example"
PIMCHANOK = ("Pimchanok Srisuk", f"pimchanok.s@{SCL}")
ANUCHA = ("Anucha Wongphaiboon", f"anucha.w@{SCL}")
KSC = "kanazawa-shoji.example"
TIRF = "tirailfreight.example"
OWN = addr(OWNER_NAME, OWNER)


@case
def c01():
    c = "01"
    sent = T(2026, 10, 5, 15, 40, "Mon", s=12)
    body = """ຮຽນ ທ່ານ ສຸກສະຫວັນ ພົມມະຈັນ,

ທະນາຄານ ແມ່ຂອງ ເພີລ ຂໍຂອບໃຈ ທີ່ທ່ານໄດ້ສົນໃຈ ແລະ ສົ່ງໃບສະໝັກ ຕໍາແໜ່ງ Procurement & Logistics Officer (ພະນັກງານຈັດຊື້ ແລະ ຂົນສົ່ງ) ມາຍັງພວກເຮົາ.

ຫຼັງຈາກພິຈາລະນາ CV ຂອງທ່ານແລ້ວ, ຂ້ອຍຢາກນັດ ສໍາພາດ ເບື້ອງຕົ້ນທາງໂທລະສັບ ກັບທ່ານ ມື້ອື່ນ ຕອນບ່າຍ ໒ ໂມງ, ໃຊ້ເວລາປະມານ ໓໐ ນາທີ. ຂ້ອຍຈະເປັນຜູ້ໂທຫາທ່ານເອງ ທີ່ເບີ 020 5581 4407 ຕາມທີ່ລະບຸໄວ້ໃນໃບສະໝັກ.

ໃນການໂທ ພວກເຮົາຈະສອບຖາມກ່ຽວກັບປະສົບການດ້ານການຂົນສົ່ງ ແລະ ການຈັດຊື້, ພາສາອັງກິດ ແລະ ເງິນເດືອນທີ່ທ່ານຄາດຫວັງ.

ຖ້າເວລາດັ່ງກ່າວບໍ່ສະດວກ ກະລຸນາຕອບກັບອີເມວນີ້ ກ່ອນ 5 ໂມງແລງ ມື້ນີ້.

ຂອບໃຈ,
ຈັນທະລາ ແກ້ວມະນີ (Chanthala Keomany)
ພະແນກຊັບພະຍາກອນມະນຸດ
ທະນາຄານ ແມ່ຂອງ ເພີລ ຈໍາກັດ
ໂທ: 021 255 818 ຕໍ່ 214
"""
    m = Mail(c, 1, frm=addr(*CHANTHALA), to=OWN, subject="ນັດສໍາພາດທາງໂທລະສັບ – ຕໍາແໜ່ງ Procurement & Logistics Officer",
             date=sent, domain=MPB, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    items = [("01-nat-samphat-tang-tolasap.eml", m.build(leaf('text/plain; charset="utf-8"', body, "base64")))]
    st = T(2026, 10, 6, 14, 0, "Tue")
    lab = dict(interview=True, interviews=[L("Mekong Pearl Bank", "Procurement & Logistics Officer", st,
               st + timedelta(minutes=30), "scheduled", [CHANTHALA[1]], [CHANTHALA[1]], "phone_screen")],
               difficulty="hard", category="positive/email-body-only-relative-lao",
               notes="Lao-only mail: HR officer will phone 'ມື້ອື່ນ ຕອນບ່າຍ ໒ ໂມງ' (tomorrow 2 pm, Lao digits) for ~30 "
                     "minutes; resolved against Date Mon 5 Oct 2026 +0700 -> Tue 6 Oct 14:00. The '5 ໂມງແລງ ມື້ນີ້' "
                     "reply deadline is not the interview.")
    return dict(slug="bank-phone-screen-lao-tomorrow", items=items, label=lab,
                tz="relative Lao date 'ມື້ອື່ນ ຕອນບ່າຍ ໒ ໂມງ' resolved against Date header (Mon 5 Oct, +0700) -> Tue 6 Oct 14:00 +07:00")


@case
def c02():
    c = "02"
    sent = T(2026, 10, 7, 10, 15, "Wed", s=3)
    text = """ສະບາຍດີ ສຸກສະຫວັນ,

ທ່ານໄດ້ຮັບຂໍ້ຄວາມໃໝ່ຈາກນາຍຈ້າງ ກ່ຽວກັບໃບສະໝັກຂອງທ່ານ.

ຕໍາແໜ່ງ: ຜູ້ປະສານງານດ້ານຂົນສົ່ງ – ໄລຍະກໍ່ສ້າງ (Logistics Coordinator – Construction Phase)
ນາຍຈ້າງ: ບໍລິສັດ ເຊກອງ ໄຮໂດຣ ພາວເວີ ຈໍາກັດ (Xe Kong Hydro Power Co., Ltd.)
ສະໝັກເມື່ອ: 28/09/2026

----- ຂໍ້ຄວາມຈາກນາຍຈ້າງ -----
ຮຽນ ທ່ານ ສຸກສະຫວັນ,
ບໍລິສັດຂໍເຊີນທ່ານມາ ສໍາພາດ ຮອບທໍາອິດ ກັບພະແນກບຸກຄະລາກອນ ໃນ ວັນຈັນ ທີ ໑໒ ຕຸລາ ໒໐໒໖ ເວລາ ໑໐:໐໐ – ໑໑:໐໐ ໂມງ ທີ່ຫ້ອງການໃຫຍ່ ນະຄອນຫຼວງວຽງຈັນ (ຖະໜົນ ສຸພານຸວົງ, ບ້ານ ວຽງຈະເລີນ, ຊັ້ນ 3).
ຜູ້ສໍາພາດ: ທ່ານ ນາງ ດາວອນ ສີສຸວັນ, ຜູ້ຈັດການຝ່າຍບຸກຄະລາກອນ (davone.s@xekonghydro.example).
ກະລຸນາ ນໍາເອົາບັດປະຈໍາຕົວ, ໃບປະກາດສະນີຍະບັດ ແລະ ໃບຢັ້ງຢືນການເຮັດວຽກ ມານໍາ. ຖ້າບໍ່ສາມາດມາໄດ້ ກະລຸນາແຈ້ງ ທ່ານ ນາງ ດາວອນ ໂດຍກົງ.
-----------------------------

[ ຕອບກັບນາຍຈ້າງ ]   [ ເບິ່ງໃບສະໝັກຂອງຂ້ອຍ ]

ວຽກທີ່ອາດຈະເໝາະກັບທ່ານ:
• Warehouse Supervisor – Vientiane Cold Store Co. (ໄຊເສດຖາ) – ໃໝ່
• Import/Export Documentation Officer – Thanaleng Bonded Yard – 3 ມື້ກ່ອນ
• Fleet Controller – Pakse Fuel Logistics – 1 ອາທິດກ່ອນ

LaoWorks – ຫາວຽກ ແລະ ຫາຄົນ ທົ່ວ ສປປ ລາວ
ທ່ານໄດ້ຮັບອີເມວນີ້ ເພາະທ່ານສະໝັກວຽກຜ່ານ LaoWorks. ປິດການແຈ້ງເຕືອນ: https://laoworks.example/settings/notifications
"""
    m = Mail(c, 1, frm=addr("LaoWorks", "noreply@laoworks.example"), to=OWNER,
             subject="LaoWorks: ບໍລິສັດ ເຊກອງ ໄຮໂດຣ ພາວເວີ ເຊີນທ່ານມາສໍາພາດ", date=sent, domain="laoworks.example",
             reply_to=addr(*DAVONE), extra=[("List-Unsubscribe", "<https://laoworks.example/u/" + h(c, "u") + ">"),
                                           ("X-LW-Message-Type", "employer_message")])
    part = multi("alternative", [leaf('text/plain; charset="utf-8"', text, "base64"),
                                 leaf('text/html; charset="utf-8"', to_html(text), "quoted-printable")], bnd(c, 1))
    items = [("01-laoworks-employer-message.eml", m.build(part))]
    st = T(2026, 10, 12, 10, 0, "Mon")
    lab = dict(interview=True, interviews=[L("Xe Kong Hydro Power", "Logistics Coordinator – Construction Phase", st,
               st + timedelta(hours=1), "scheduled", [DAVONE[1]], [DAVONE[1]], "other")],
               difficulty="medium", category="positive/job-board-relay-lao",
               notes="LaoWorks-style relay (noreply sender) carrying the employer's Lao message: first in-person interview "
                     "with the HR manager on ວັນຈັນ ທີ ໑໒ ຕຸລາ ໒໐໒໖ ໑໐:໐໐–໑໑:໐໐ (Lao digits). Job-list footer is noise; "
                     "follow-up goes to the HR manager, never the relay address.")
    return dict(slug="laoworks-relay-hydro-first-interview", items=items, label=lab,
                tz="Lao-digit date/time in a relay body, Asia/Vientiane (+07:00)")


@case
def c03():
    c = "03"
    sent = T(2026, 10, 9, 9, 2, "Fri", s=41)
    text = """Dear SOUKSAVANH PHOMMACHANH,

Thank you for booking your IELTS test with the Vientiane Test Centre. Your booking is confirmed.

Test type: IELTS Academic (paper-based)
Candidate number: VTE-260-1184

Written tests (Listening, Reading, Writing)
Saturday 24 October 2026, check-in 07:45, test starts 08:30
Venue: Lao-Japan Institute building, Room 204, Dongdok campus road, Vientiane

Speaking test
Saturday 24 October 2026 at 14:10 (please arrive 30 minutes early)
The Speaking test is a face-to-face interview with a certified IELTS examiner and lasts 11-14 minutes. It is recorded for quality purposes.

Bring the same passport or national ID you used to register. Results will be available online 13 days after the test.

Need to transfer or cancel? Transfers are possible up to 5 weeks before the test date for a fee of 500,000 LAK.

IELTS Vientiane Test Centre
This is an automated message. Please do not reply.
"""
    st = T(2026, 10, 24, 14, 10, "Sat")
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//IELTS Booking//Test Day Calendar//EN", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", f"UID:speaking-{h(c, 'uid')}@ielts-vte.example", f"DTSTAMP:{zutc(sent)}",
                    f"DTSTART:{zutc(st)}", f"DTEND:{zutc(st + timedelta(minutes=15))}",
                    "SUMMARY:IELTS Speaking Test (face-to-face interview with examiner)",
                    "LOCATION:Lao-Japan Institute building\\, Room 110\\, Vientiane",
                    att(OWNER_NAME, OWNER, rsvp=False, partstat="ACCEPTED"), "END:VEVENT", "END:VCALENDAR"])
    m = Mail(c, 1, frm=addr("IELTS Vientiane Test Centre", "no-reply@ielts-vte.example"), to=OWNER,
             subject="Booking confirmed: IELTS Academic, 24 October 2026 (Vientiane)", date=sent, domain="ielts-vte.example")
    part = multi("mixed", [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                           attach('text/calendar; charset="utf-8"; name="ielts-speaking-test.ics"', "ielts-speaking-test.ics", cal)],
                 bnd(c, 1))
    items = [("01-ielts-booking-confirmed.eml", m.build(part))]
    lab = dict(interview=False, interviews=[], difficulty="hard", category="negative/exam-speaking-test",
               notes="IELTS booking; the Speaking test is described as a 'face-to-face interview with a certified "
                     "examiner' and has its own .ics, but it is a language exam, not a job interview.")
    return dict(slug="ielts-speaking-test-booking", items=items, label=lab, tz=None)


@case
def c04():
    c = "04"
    sent = T(2026, 10, 12, 12, 5, "Mon", s=50)
    text = """Saving this here so I don't lose it - phone screen with Phoukham Minerals this week.

---------- Forwarded WhatsApp messages ----------
[12/10/26, 08:47] Vanxay (Phoukham HR): ສະບາຍດີ ທ່ານ ສຸກສະຫວັນ 🙏 ຂ້ອຍ ວັນໄຊ ຄໍາວົງ ຈາກ ພະແນກບຸກຄະລາກອນ ບໍລິສັດ ພູຄໍາ ມິເນີຣໍລ
[12/10/26, 08:48] Vanxay (Phoukham HR): ພວກເຮົາໄດ້ຮັບ CV ຂອງທ່ານ ສໍາລັບຕໍາແໜ່ງ Logistics Coordinator (Mine Site) ແລ້ວ
[12/10/26, 08:49] Vanxay (Phoukham HR): ຢາກນັດ ສໍາພາດ ທາງໂທລະສັບກ່ອນ. ວັນອັງຄານ 9 ໂມງເຊົ້າ ສະດວກບໍ່?
[12/10/26, 09:26] Souksavanh: ສະບາຍດີຄັບ ທ່ານ ວັນໄຊ. ວັນອັງຄານ ຂ້ອຍມີປະຊຸມກັບລູກຄ້າໝົດມື້ເຊົ້າ. ວັນພຸດ ໄດ້ບໍ່ຄັບ?
[12/10/26, 09:31] Vanxay (Phoukham HR): ໄດ້ ວັນພຸດນີ້ 10 ໂມງເຊົ້າ ເດີ. ຂ້ອຍຈະໂທຫາເບີນີ້ ປະມານ 30 ນາທີ
[12/10/26, 09:32] Souksavanh: ໂອເຄຄັບ ວັນພຸດ 10 ໂມງ. ຂອບໃຈຫຼາຍໆຄັບ
[12/10/26, 09:33] Vanxay (Phoukham HR): 👍 ຖ້າມີເອກະສານເພີ່ມ ສົ່ງມາທີ່ vanxay.k@phoukhamminerals.example ໄດ້ເລີຍ
"""
    m = Mail(c, 1, frm=OWN, to=OWN, subject="Fwd: WhatsApp - Phoukham Minerals phone screen", date=sent,
             domain="mail.example.com", received_from="mail-ot1.example.com",
             extra=[("X-Mailer", "Lao Mail Android 3.2")])
    items = [("01-fwd-whatsapp-phoukham.eml", m.build(leaf('text/plain; charset="utf-8"', text, "quoted-printable")))]
    st = T(2026, 10, 14, 10, 0, "Wed")
    lab = dict(interview=True, interviews=[L("Phoukham Minerals", "Logistics Coordinator (Mine Site)", st,
               st + timedelta(minutes=30), "scheduled", ["vanxay.k@phoukhamminerals.example"],
               ["vanxay.k@phoukhamminerals.example"], "phone_screen")],
               difficulty="hard", category="positive/whatsapp-forward-lao",
               notes="Owner mails himself a pasted WhatsApp chat (Lao). Tuesday 9 am was proposed and declined; agreed "
                     "'ວັນພຸດນີ້ 10 ໂມງເຊົ້າ' relative to the chat date 12/10/26 (Mon) -> Wed 14 Oct 10:00, ~30 min. "
                     "The HR caller's e-mail is given in the last message.")
    return dict(slug="mine-whatsapp-forward-phone-screen", items=items, label=lab,
                tz="'this Wednesday' resolved against WhatsApp timestamps 12/10/26 (Mon) -> Wed 14 Oct 10:00 +07:00")


@case
def c05():
    c = "05"
    summary = "Mekong Pearl Bank – Second interview: Procurement & Logistics Officer (Souksavanh Phommachanh)"
    loc = "Mekong Pearl Bank Head Office, 4F Meeting Room B, Lane Xang Avenue, Vientiane"
    desc = ("ສໍາພາດຮອບທີ 2 ກັບ ທ່ານ ຄໍາພົງ ສີສຸກ, ຫົວໜ້າພະແນກບໍລິຫານ ແລະ ຈັດຊື້.\n"
            "Second-round interview with Mr. Khamphong Sisouk, Head of Administration & Procurement. "
            "Please bring your ID card and original certificates and report to reception 10 minutes early.")
    guests = [CHANTHALA, KHAMPHONG, (OWNER, OWNER)]
    uid = f"{h(c, 'uid', n=26)}@google.com"
    s1, e1 = T(2026, 10, 15, 9, 30, "Thu"), T(2026, 10, 15, 10, 30, "Thu")
    inv1 = google_invite(c, 1, organizer=CHANTHALA, guests=guests, summary=summary, start=s1, end=e1,
                         description=desc, sent=T(2026, 10, 9, 3, 12, "Fri", tz=UTC, s=44), location=loc,
                         uid=uid, seq=0, meet=False)
    sent2 = T(2026, 10, 13, 15, 22, "Tue", s=8)
    text2 = """ຮຽນ ທ່ານ ສຸກສະຫວັນ,

ຂໍອະໄພ ທີ່ຕ້ອງແຈ້ງປ່ຽນແປງ. ເນື່ອງຈາກ ທ່ານ ຄໍາພົງ ຕ້ອງເຂົ້າຮ່ວມກອງປະຊຸມດ່ວນ ກັບ ທະນາຄານແຫ່ງ ສປປ ລາວ ໃນວັນພະຫັດ, ພວກເຮົາຈຶ່ງຂໍເລື່ອນ ການສໍາພາດ ຮອບທີ 2 ຂອງທ່ານ:

ຈາກ: ວັນພະຫັດ ທີ ໑໕ ຕຸລາ ໒໐໒໖ ເວລາ ໙:໓໐ ໂມງ
ເປັນ: ວັນສຸກ ວັນທີ ໑໖ ຕຸລາ ໒໐໒໖ ເວລາ ໙:໓໐ ໂມງ (ໜຶ່ງຊົ່ວໂມງ ຄືເກົ່າ)

ສະຖານທີ່ບໍ່ປ່ຽນ: ສໍານັກງານໃຫຍ່ ຊັ້ນ 4 ຫ້ອງປະຊຸມ B. ຂ້ອຍຈະສົ່ງ ການເຊີນ ໃນປະຕິທິນ ອັນໃໝ່ໃຫ້ພາຍຫຼັງ.

ກະລຸນາຕອບກັບ ເພື່ອຢືນຢັນວ່າ ເວລາໃໝ່ນີ້ ສະດວກສໍາລັບທ່ານ.

ຂອບໃຈ ແລະ ຂໍອະໄພອີກຄັ້ງ,
ຈັນທະລາ
"""
    m2 = Mail(c, 2, frm=addr(*CHANTHALA), to=OWN, cc=addr(*KHAMPHONG),
              subject="ຂໍເລື່ອນເວລາ ການສໍາພາດ ຮອບທີ 2 – Procurement & Logistics Officer", date=sent2, domain=MPB,
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    s2, e2 = T(2026, 10, 16, 9, 30, "Fri"), T(2026, 10, 16, 10, 30, "Fri")
    inv3 = google_invite(c, 3, organizer=CHANTHALA, guests=guests, summary=summary, start=s2, end=e2,
                         description=desc, sent=T(2026, 10, 13, 8, 30, "Tue", tz=UTC, s=10), location=loc,
                         uid=uid, seq=1, updated=True, meet=False)
    items = [("01-invitation-second-interview.eml", inv1),
             ("02-khor-leuan-samphat.eml", m2.build(leaf('text/plain; charset="utf-8"', text2, "base64"))),
             ("03-updated-invitation.eml", inv3)]
    lab = dict(interview=True, interviews=[L("Mekong Pearl Bank", "Procurement & Logistics Officer", s2, e2, "scheduled",
               [KHAMPHONG[1]], [KHAMPHONG[1]], "hiring_manager")],
               difficulty="medium", category="positive/reschedule-lao",
               notes="Google invite for Thu 15 Oct 09:30; Lao mail moves it to 'ວັນທີ ໑໖ ຕຸລາ ໒໐໒໖ ເວລາ ໙:໓໐ ໂມງ'; "
                     "updated invitation with the same UID and SEQUENCE:1 confirms Fri 16 Oct 09:30-10:30. One interview.")
    return dict(slug="bank-hm-reschedule-lao", items=items, label=lab,
                tz="Google ICS in UTC (02:30Z) with 'Indochina Time - Vientiane'; Lao-digit reschedule to Fri 16 Oct 09:30 +07:00")


@case
def c06():
    c = "06"
    keo = ("Keo Luangrath", "keo.l@vtefreighthub.example")
    boun = ("Bounlieng Xayavong", "bounlieng.x@vtefreighthub.example")
    cand = ("Somsak Douangchak", "somsak.douangchak@example.net")
    body = """Hi Souksavanh and Bounlieng,

As agreed in Monday's ops meeting, please interview Somsak for the Truck Dispatcher vacancy (night shift, Thanaleng yard). I have copied him on this invitation.

Souksavanh - please lead the practical part: route planning Vientiane-Savannakhet, and how he would handle a truck held at Friendship Bridge I after customs closes. Bounlieng will cover the shift roster and pay.

His CV and the scorecard are in the HR shared folder (Recruitment > 2026 > Dispatcher). Please return the scorecard to me the same day.

Thanks,
Keo Luangrath
HR & Admin, Vientiane Freight Hub"""
    st = T(2026, 10, 19, 14, 0, "Mon")
    inv = teams_invite(c, 1, organizer=keo, required=[(OWNER_NAME, OWNER), boun, cand],
                       summary="Interview: Truck Dispatcher candidate - Somsak Douangchak", start=st,
                       end=st + timedelta(minutes=45), body_text=body, sent=T(2026, 10, 15, 11, 48, "Thu"),
                       domain="vtefreighthub.example")
    items = [("01-teams-interview-dispatcher-candidate.eml", inv)]
    lab = dict(interview=False, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
               notes="Teams invite from the owner's current employer asking the owner to lead an interview of a "
                     "dispatcher candidate; the owner is the interviewer, not the candidate.")
    return dict(slug="owner-interviews-dispatcher-teams", items=items, label=lab,
                tz="Windows TZID 'SE Asia Standard Time' (negative)")


@case
def c07():
    c = "07"
    noy = ("Noy Phimmasone", f"noy.p@{GDA}")
    sent = T(2026, 10, 14, 11, 20, "Wed", s=30)
    text = """Dear Souksavanh,

Thank you for your application for the position of Logistics & Supply Officer (ref. GDA-VTE-26-031) with Green Delta Aid Laos. We are pleased to invite you to the next stage of the selection process, which takes place at our Vientiane office on Tuesday 20 October 2026.

Schedule for the afternoon:
• 13:30 – 14:30  English written test (reading comprehension and a short e-mail to a supplier). Please arrive by 13:15; laptops are provided.
• 15:00 – 15:45  Interview with Mr. Thongsavath Inthavong, Operations Manager (thongsavath.i@greendelta-aid.example).

You will sit the interview regardless of the test score; both are considered in the final decision.

Address: Green Delta Aid Laos, House 117, Unit 9, Ban Phonxay, Saysettha District, Vientiane Capital (opposite Phonxay market). Parking for motorbikes is behind the building.

Please bring your ID card or passport and copies of your degree certificates, and confirm your attendance by replying to this e-mail by Friday 16 October.

ກະລຸນາຢືນຢັນການເຂົ້າຮ່ວມ ພາຍໃນວັນສຸກ ທີ 16 ຕຸລາ. ຂອບໃຈ.

Best regards,
Noy Phimmasone
HR Assistant | Green Delta Aid Laos
+856 21 412 887
"""
    m = Mail(c, 1, frm=addr(*noy), to=OWN, cc=addr("Thongsavath Inthavong", f"thongsavath.i@{GDA}"),
             subject="Invitation: English test and interview - Logistics & Supply Officer (GDA-VTE-26-031)",
             date=sent, domain=GDA)
    part = multi("alternative", [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                                 leaf('text/html; charset="utf-8"', to_html(text), "quoted-printable")], bnd(c, 1))
    items = [("01-english-test-and-interview.eml", m.build(part))]
    st = T(2026, 10, 20, 15, 0, "Tue")
    lab = dict(interview=True, interviews=[L("Green Delta Aid Laos", "Logistics & Supply Officer", st,
               st + timedelta(minutes=45), "scheduled", [f"thongsavath.i@{GDA}"], [f"thongsavath.i@{GDA}"],
               "hiring_manager")],
               difficulty="hard", category="positive/test-then-interview-same-day",
               notes="English written test 13:30-14:30 then interview 15:00-15:45 on the same afternoon; only the "
                     "interview counts (start 15:00, not 13:30). HR assistant only schedules.")
    return dict(slug="ngo-english-test-then-interview", items=items, label=lab, tz=None)


@case
def c08():
    c = "08"
    phet = ("Phetsamone Keola", f"phetsamone.k@{XKH}")
    som = ("Somphone Vongkhamsao", f"somphone.v@{XKH}")
    lat = ("Latsamy Chanthavong", f"latsamy.c@{XKH}")
    body = """Dear Souksavanh,

Following your first interview with Ms. Davone, we would like to invite you to a panel interview for the Logistics Coordinator - Construction Phase position. The panel is chaired by our Operations Manager.

Panel members:
- Mr. Somphone Vongkhamsao, Operations Manager (chair)
- Mr. Latsamy Chanthavong, Warehouse & Materials Superintendent
- Ms. Davone Sisouvanh, HR Manager

Format: 75 minutes on Microsoft Teams. Expect a 10-minute case on planning heavy-lift deliveries from Laem Chabang port to the dam site via Route 13 South, followed by competency questions. Please keep your camera on and join 5 minutes early to test your audio.

Regards,
Phetsamone Keola
Recruitment Coordinator | Xe Kong Hydro Power Co., Ltd."""
    st = T(2026, 10, 21, 10, 0, "Wed")
    inv = teams_invite(c, 1, organizer=phet, required=[(OWNER_NAME, OWNER), som, lat, DAVONE],
                       summary="Panel interview - Logistics Coordinator (Construction Phase) - Souksavanh Phommachanh",
                       start=st, end=st + timedelta(minutes=75), body_text=body,
                       sent=T(2026, 10, 16, 16, 5, "Fri"), domain=XKH)
    items = [("01-teams-panel-interview.eml", inv)]
    ivs = [som[1], lat[1], DAVONE[1]]
    lab = dict(interview=True, interviews=[L("Xe Kong Hydro Power", "Logistics Coordinator – Construction Phase", st,
               st + timedelta(minutes=75), "scheduled", ivs, ivs, "onsite")],
               difficulty="medium", category="positive/teams-panel",
               notes="Exchange/Teams invite, TZID 'SE Asia Standard Time', '(UTC+07:00) Bangkok, Hanoi, Jakarta'; "
                     "panel of three chaired by the Operations Manager; the recruitment coordinator only organises.")
    return dict(slug="hydro-teams-panel-ops-manager", items=items, label=lab,
                tz="Windows TZID 'SE Asia Standard Time' + '(UTC+07:00) Bangkok, Hanoi, Jakarta' label -> 10:00 +07:00")


@case
def c09():
    c = "09"
    s1 = T(2026, 10, 16, 14, 10, "Fri", tz=BKK, s=27)
    t1 = """เรียน คุณสุกสะหวัน

ขอบคุณที่สนใจร่วมงานกับ บริษัท สยาม ครอสด็อค โลจิสติกส์ จำกัด ในตำแหน่ง Cross-border Operations Coordinator (Laos)

ทางบริษัทขอเรียนเชิญคุณสัมภาษณ์ออนไลน์ผ่าน Zoom กับคุณอนุชา วงศ์ไพบูลย์ ผู้จัดการฝ่ายปฏิบัติการข้ามแดน ใช้เวลาประมาณ 45 นาที โดยมีช่วงเวลาให้เลือกดังนี้

1) วันพุธที่ 21 ตุลาคม 2569 เวลา 10:00 น.
2) วันพฤหัสบดีที่ 22 ตุลาคม 2569 เวลา 15:00 น.

(เวลาประเทศไทย ซึ่งตรงกับเวลาที่เวียงจันทน์)

รบกวนตอบกลับอีเมลนี้เพื่อยืนยันช่วงเวลาที่สะดวก จะตอบเป็นภาษาอังกฤษก็ได้ค่ะ

ขอแสดงความนับถือ
พิมพ์ชนก ศรีสุข (Pimchanok Srisuk)
Talent Acquisition Officer
บริษัท สยาม ครอสด็อค โลจิสติกส์ จำกัด
โทร. 02 118 4620 ต่อ 305
"""
    m1 = Mail(c, 1, frm=addr(*PIMCHANOK), to=OWN,
              subject="นัดสัมภาษณ์งาน ตำแหน่ง Cross-border Operations Coordinator (Laos)", date=s1, domain=SCL)
    s2 = T(2026, 10, 17, 8, 55, "Sat", s=2)
    quoted = "\n".join("> " + x if x else ">" for x in t1.rstrip("\n").split("\n"))
    t2 = f"""Dear K. Pimchanok,

Thank you very much for the invitation. On Wednesday morning I already have another appointment, so option 2 - Thursday 22 October at 15:00 - would suit me best.

ขอบคุณครับ
Souksavanh Phommachanh
+856 20 5581 4407

On Fri, 16 Oct 2026 at 14:10, Pimchanok Srisuk <{PIMCHANOK[1]}> wrote:
{quoted}
"""
    m2 = Mail(c, 2, frm=OWN, to=addr(*PIMCHANOK),
              subject="Re: นัดสัมภาษณ์งาน ตำแหน่ง Cross-border Operations Coordinator (Laos)", date=s2,
              domain="mail.example.com", irt=m1.mid, refs=m1.mid, received_from="mail-ot1.example.com")
    s3 = T(2026, 10, 19, 9, 40, "Mon", tz=BKK, s=19)
    zid = f"8{int(h(c, 'zid', n=8), 16) % 10**9:09d}"
    t3 = f"""เรียน คุณสุกสะหวัน

ขอบคุณสำหรับการตอบกลับค่ะ ขอยืนยันนัดสัมภาษณ์ดังนี้

วันที่: วันพฤหัสบดีที่ 22 ตุลาคม 2569
เวลา: 15:00 – 15:45 น. (เวลาประเทศไทย / เวียงจันทน์)
ผู้สัมภาษณ์: คุณอนุชา วงศ์ไพบูลย์ ผู้จัดการฝ่ายปฏิบัติการข้ามแดน (anucha.w@siamcrossdock.example) ซึ่งสำเนาถึงในอีเมลนี้แล้ว
ช่องทาง: Zoom
https://zoom.us/j/{zid}?pwd={h(c, 'pwd', n=22)}
Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: {int(h(c, 'pc', n=6), 16) % 900000 + 100000}

คุณอนุชาจะสอบถามเรื่องพิธีการศุลกากรที่ด่านหนองคาย–ท่านาแล้ง และการจัดรถขนส่งข้ามแดน กรุณาเตรียมตัวอย่างงานที่เคยทำมาด้วยนะคะ

ขอแสดงความนับถือ
พิมพ์ชนก
"""
    m3 = Mail(c, 3, frm=addr(*PIMCHANOK), to=OWN, cc=addr(*ANUCHA),
              subject="Re: นัดสัมภาษณ์งาน ตำแหน่ง Cross-border Operations Coordinator (Laos)", date=s3, domain=SCL,
              irt=m2.mid, refs=f"{m1.mid} {m2.mid}")
    p3 = multi("alternative", [leaf('text/plain; charset="utf-8"', t3, "base64"),
                               leaf('text/html; charset="utf-8"', to_html(t3, "Tahoma,sans-serif"), "base64")], bnd(c, 3))
    items = [("01-nat-samphat-siam-crossdock.eml", m1.build(leaf('text/plain; charset="utf-8"', t1, "quoted-printable"))),
             ("02-re-owner-picks-thursday.eml", m2.build(leaf('text/plain; charset="utf-8"', t2, "quoted-printable"))),
             ("03-re-confirmed-zoom.eml", m3.build(p3))]
    st = T(2026, 10, 22, 15, 0, "Thu", tz=BKK)
    lab = dict(interview=True, interviews=[L("Siam Crossdock Logistics", "Cross-border Operations Coordinator (Laos)", st,
               st + timedelta(minutes=45), "scheduled", [ANUCHA[1]], [ANUCHA[1]], "hiring_manager")],
               difficulty="hard", category="positive/thread-propose-confirm-thai",
               notes="Thai thread from a Bangkok forwarder: two slots proposed with Buddhist-era year 2569 (= 2026), owner "
                     "picks Thursday in English, recruiter confirms 15:00-15:45 with Zoom and Cc's the interviewer. "
                     "The unused Wed 21 Oct slot must not be reported.")
    return dict(slug="bangkok-forwarder-thai-propose-confirm", items=items, label=lab,
                tz="Thai dates in Buddhist era (2569 = 2026), 'เวลาประเทศไทย' Asia/Bangkok +07:00, Date headers +0700")


@case
def c10():
    c = "10"
    sent = T(2026, 10, 19, 10, 30, "Mon", s=5)
    st = T(2026, 10, 28, 9, 15, "Wed")
    text = """APPOINTMENT CONFIRMATION

Dear Mr. SOUKSAVANH PHOMMACHANH,

Your appointment at the Japan Visa Application Centre, Vientiane has been booked.

Reference number: JVAC-VTE-2610-44817
Visa category: Short-term stay (business)
Appointment date: Wednesday, 28 October 2026
Appointment time: 09:15 (Vientiane time)
Address: 2nd floor, Vientiane Centre Annex, Khouvieng Road, Vientiane

Please bring: passport valid for at least 6 months, one photo (45 x 35 mm), completed application form, invitation letter from the Japanese company, and bank statement for the last 3 months.

Applicants may be asked a few questions about the purpose of the trip by consular staff at submission (visa interview). Arrive 15 minutes before your slot; late arrivals will have to rebook.

To reschedule, log in at https://jvac-vientiane.example/appointments with your reference number.

Japan Visa Application Centre - Vientiane
"""
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//JVAC//Appointments 4.1//EN", "METHOD:PUBLISH"]
                   + vtz_fixed("Asia/Vientiane", "+0700", "+07") +
                   ["BEGIN:VEVENT", f"UID:JVAC-VTE-2610-44817-{h(c, 'u', n=8)}@jvac-vientiane.example",
                    f"DTSTAMP:{zutc(sent)}", f"DTSTART;TZID=Asia/Vientiane:{floc(st)}",
                    f"DTEND;TZID=Asia/Vientiane:{floc(st + timedelta(minutes=30))}",
                    "SUMMARY:Visa application appointment (JVAC-VTE-2610-44817)",
                    "LOCATION:Japan Visa Application Centre\\, Khouvieng Road\\, Vientiane",
                    att(OWNER_NAME, OWNER, rsvp=False, partstat="ACCEPTED"), "END:VEVENT", "END:VCALENDAR"])
    m = Mail(c, 1, frm=addr("Japan Visa Application Centre Vientiane", "appointments@jvac-vientiane.example"), to=OWNER,
             subject="Appointment Confirmation - Visa Application (Ref JVAC-VTE-2610-44817)", date=sent,
             domain="jvac-vientiane.example")
    part = multi("mixed", [multi("alternative", [leaf('text/plain; charset="utf-8"', text, "7bit"),
                                                 leaf('text/html; charset="utf-8"', to_html(text), "base64")], bnd(c, "a")),
                           attach('text/calendar; charset="utf-8"; method=PUBLISH; name="appointment.ics"',
                                  "appointment.ics", cal)], bnd(c, "m"))
    items = [("01-visa-appointment-confirmation.eml", m.build(part))]
    lab = dict(interview=False, interviews=[], difficulty="medium", category="negative/visa-appointment",
               notes="Visa application centre booking with .ics; mentions a 'visa interview' by consular staff - "
                     "government appointment, not a job interview.")
    return dict(slug="visa-appointment-japan-centre", items=items, label=lab, tz=None)


@case
def c11():
    c = "11"
    sent = T(2026, 10, 20, 8, 0, "Tue", s=0)
    text = """ເຊີນທ່ານເຂົ້າຮ່ວມ ງານວາງສະແດງ ໂລຈິສຕິກ ແລະ ຫ່ວງໂສ້ການສະໜອງ ລາວ 2026
You are invited: Lao Logistics & Supply Chain Expo 2026

Dear Souksavanh Phommachanh,

As a registered logistics professional, you are invited as a trade visitor to the Lao Logistics & Supply Chain Expo 2026.

Dates: 12-14 November 2026, 09:00-17:00 daily
Venue: Lao-ITECC Exhibition Hall B, Vientiane

Highlights:
• 120+ exhibitors: freight forwarders, dry ports, rail operators, cold-chain and warehousing suppliers from Laos, Thailand, Vietnam and China
• Seminar "Laos-China Railway: two years of cross-border rail freight" (12 Nov, 10:00)
• Career Zone: meet HR teams from 40 exhibitors, bring printed CVs - several companies run walk-in interviews at their booths

Entry is free with the QR code below. Add the event to your calendar with the attached file.

[ QR: LLSE26-V-{code} ]

Lao Logistics & Supply Chain Expo 2026 | Organised by Mekong Trade Events Co., Ltd.
Unsubscribe: https://laologisticsexpo.example/unsubscribe
""".replace("{code}", h(c, "qr", n=8).upper())
    st, en = T(2026, 11, 12, 9, 0, "Thu"), T(2026, 11, 14, 17, 0, "Sat")
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mekong Trade Events//Visitor Registration//EN",
                    "METHOD:PUBLISH"] + vtz_fixed("Asia/Vientiane", "+0700", "+07") +
                   ["BEGIN:VEVENT", f"UID:llse2026-visitor-{h(c, 'u')}@laologisticsexpo.example", f"DTSTAMP:{zutc(sent)}",
                    f"DTSTART;TZID=Asia/Vientiane:{floc(st)}", f"DTEND;TZID=Asia/Vientiane:{floc(en)}",
                    "SUMMARY:Lao Logistics & Supply Chain Expo 2026 (trade visitor)",
                    "LOCATION:Lao-ITECC Exhibition Hall B\\, Vientiane",
                    "DESCRIPTION:Trade visitor pass. Career Zone with walk-in interviews at exhibitor booths.",
                    att(OWNER_NAME, OWNER, role="OPT-PARTICIPANT", rsvp=False), "END:VEVENT", "END:VCALENDAR"])
    m = Mail(c, 1, frm=addr("Lao Logistics & Supply Chain Expo", "invite@laologisticsexpo.example"), to=OWNER,
             subject="ເຊີນເຂົ້າຮ່ວມ / Invitation: Lao Logistics & Supply Chain Expo 2026, 12-14 Nov", date=sent,
             domain="laologisticsexpo.example", extra=[("Precedence", "bulk")])
    part = multi("mixed", [leaf('text/html; charset="utf-8"', to_html(text), "base64"),
                           attach('text/calendar; charset="utf-8"; name="LLSE2026.ics"', "LLSE2026.ics", cal)], bnd(c, 1))
    items = [("01-expo-invitation.eml", m.build(part))]
    lab = dict(interview=False, interviews=[], difficulty="medium", category="negative/trade-fair",
               notes="Trade-fair visitor invitation with a 3-day .ics; mentions walk-in interviews at booths but nothing "
                     "is booked for the owner.")
    return dict(slug="trade-fair-expo-invite", items=items, label=lab, tz=None)


@case
def c12():
    c = "12"
    trang = ("Nguyen Thu Trang", f"trang.nt@{TIRF}")
    duc = ("Le Minh Duc", f"duc.lm@{TIRF}")
    sent = T(2026, 10, 21, 15, 47, "Wed", tz=HAN, s=33)
    text = """Dear Souksavanh,

Thank you for applying to Trans-Indochina Rail Freight. Mr. Le Minh Duc, our Regional Operations Lead for the Laos-Vietnam corridor, would like to meet you by video for the Rail Freight Coordinator (Vientiane-Hanoi) role.

I have booked Tuesday 27 October 2026, 9:00-10:00 Hanoi time (GMT+7, the same as Vientiane) and sent a Google Calendar invitation with the Meet link. Mr. Duc will ask about transloading at Vientiane South station on the Laos-China railway and about transit documents for Cau Treo and Lao Bao.

If the time does not suit you, simply reply to me and I will find another slot.

Best regards,
Nguyen Thu Trang (Ms.)
HR Executive - Hanoi Office
Trans-Indochina Rail Freight JSC
Tầng 12, Tòa nhà Sông Hồng, 165 Thái Hà, Đống Đa, Hà Nội
"""
    m = Mail(c, 1, frm=addr(*trang), to=OWN, subject="Video interview with Mr. Le Minh Duc - Rail Freight Coordinator",
             date=sent, domain=TIRF)
    items = [("01-video-interview-le-minh-duc.eml", m.build(leaf('text/plain; charset="utf-8"', text, "quoted-printable")))]
    st = T(2026, 10, 27, 9, 0, "Tue", tz=HAN)
    eid = h(c, "eid", n=26)
    code = "".join(chr(97 + int(x, 16) % 26) for x in h(c, "meet", n=10))
    meet = f"{code[:3]}-{code[3:7]}-{code[7:]}"
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(h(c, 'etag', n=13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-21T08:41:09.000Z",
        "updated": "2026-10-21T08:44:51.372Z",
        "summary": "Interview - Rail Freight Coordinator (Vientiane-Hanoi) | Souksavanh Phommachanh",
        "description": "Video interview with Le Minh Duc, Regional Operations Lead (Laos-Vietnam corridor). "
                       "Coordinator: Nguyen Thu Trang, HR Hanoi office.",
        "creator": {"email": trang[1], "displayName": trang[0]},
        "organizer": {"email": trang[1], "displayName": trang[0]},
        "start": {"dateTime": iso(st), "timeZone": "Asia/Ho_Chi_Minh"},
        "end": {"dateTime": iso(st + timedelta(hours=1)), "timeZone": "Asia/Ho_Chi_Minh"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": trang[1], "displayName": trang[0], "organizer": True, "responseStatus": "accepted"},
            {"email": duc[1], "displayName": duc[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items.append(("02-interview-event.gcal.json", (json.dumps(ev, ensure_ascii=False, indent=2) + "\n").encode("utf-8")))
    lab = dict(interview=True, interviews=[L("Trans-Indochina Rail Freight", "Rail Freight Coordinator (Vientiane–Hanoi)", st,
               st + timedelta(hours=1), "scheduled", [duc[1]], [duc[1]], "hiring_manager")],
               difficulty="medium", category="positive/dedupe-email-and-gcal-json",
               notes="Hanoi office: recruiter e-mail plus Calendar API event (timeZone Asia/Ho_Chi_Minh) for the same "
                     "video interview -> one interview; interviewer is the Regional Operations Lead.")
    return dict(slug="hanoi-office-email-and-gcal-event", items=items, label=lab,
                tz="Hanoi time (Asia/Ho_Chi_Minh, GMT+7 = Vientiane) in mail and Calendar API event")


@case
def c13():
    c = "13"
    sent = T(2026, 10, 22, 11, 0, "Thu", tz=BKK, s=14)
    text = """สวัสดีคุณ Souksavanh

บริษัท เจ้าพระยา โคลด์เชน จำกัด ได้ส่งคำเชิญสัมภาษณ์งานถึงคุณผ่าน Job108

ตำแหน่ง: เจ้าหน้าที่ประสานงานขนส่งระหว่างประเทศ (ลาว) / International Transport Coordinator (Laos)
รูปแบบการสัมภาษณ์: ออนไลน์ ผ่าน Microsoft Teams (บริษัทจะส่งลิงก์ให้ก่อนวันนัด)
วันและเวลา: วันจันทร์ที่ 2 พฤศจิกายน 2569 เวลา 13:30 - 14:15 น.
ผู้สัมภาษณ์: คุณวีระพงษ์ ทองมา ผู้จัดการฝ่ายขนส่ง
ผู้ประสานงาน: คุณสุดารัตน์ รุ่งเรือง ฝ่ายบุคคล โทร 02 093 5512 อีเมล suda.r@chaophrayacold.example

ข้อความจากบริษัท:
"รบกวนเตรียมเล่าประสบการณ์การขนส่งสินค้าควบคุมอุณหภูมิข้ามแดนไทย-ลาว ผ่านสะพานมิตรภาพแห่งที่ 1 และแนบสำเนาบัตรประจำตัวมาด้วย"

[ ยืนยันเข้าสัมภาษณ์ ]   [ ขอเลื่อนนัด ]

งานที่คุณอาจสนใจ
- Shipping Coordinator – อุดรธานี – 25,000-30,000 บาท
- Customs Clerk (พูดภาษาลาวได้) – หนองคาย – ตามตกลง
- Warehouse Planner – ลาดกระบัง – 22,000 บาท

Job108 – หางานง่าย ได้งานไว
อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ
"""
    m = Mail(c, 1, frm=addr("Job108", "no-reply@job108.example"), to=OWNER,
             subject="[Job108] บริษัท เจ้าพระยา โคลด์เชน จำกัด เชิญคุณสัมภาษณ์งาน", date=sent, domain="job108.example",
             extra=[("List-Unsubscribe", f"<https://job108.example/unsub/{h(c, 'u')}>")])
    part = multi("alternative", [leaf('text/plain; charset="utf-8"', text, "base64"),
                                 leaf('text/html; charset="utf-8"', to_html(text, "Tahoma,sans-serif"), "base64")], bnd(c, 1))
    items = [("01-job108-interview-invitation.eml", m.build(part))]
    st = T(2026, 11, 2, 13, 30, "Mon", tz=BKK)
    lab = dict(interview=True, interviews=[L("Chao Phraya Cold Chain", "International Transport Coordinator (Laos)", st,
               st + timedelta(minutes=45), "scheduled", [], ["suda.r@chaophrayacold.example"], "hiring_manager")],
               difficulty="hard", category="positive/job-board-relay-thai",
               notes="108jobs-style Thai relay (no-reply sender): Teams interview 'วันจันทร์ที่ 2 พฤศจิกายน 2569 "
                     "13:30 - 14:15 น.' (Buddhist era 2569 = 2026). The interviewer has no address, so follow-up goes to "
                     "the HR coordinator named in the body.")
    return dict(slug="bangkok-coldchain-job108-relay-thai", items=items, label=lab,
                tz="Thai Buddhist-era date (2569) from a Bangkok firm, +07:00")


@case
def c14():
    c = "14"
    sent = T(2026, 10, 23, 7, 2, "Fri", tz=UTC, s=36)
    st = T(2026, 11, 7, 8, 30, "Sat", tz=BKK)
    en = T(2026, 11, 7, 16, 30, "Sat", tz=BKK)
    wid = f"8{int(h(c, 'w', n=8), 16) % 10**9:09d}"
    title = "ຫຼັກສູດຝຶກອົບຮົມ: ການແຈ້ງພາສີ ແລະ Incoterms® 2020 ສໍາລັບພະນັກງານໂລຈິສຕິກ"
    text = f"""Hi Souksavanh Phommachanh,

Thank you for registering for "{title}".

Please submit any questions to: training@lfctc.example

Date Time: Nov 7, 2026 08:30 AM Bangkok

Join from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/{wid}?tk={h(c, 'tk', n=40)}
Passcode: {int(h(c, 'p', n=6), 16) % 900000 + 100000}

ລາຍລະອຽດຫຼັກສູດ (ສູນຝຶກອົບຮົມ ຂົນສົ່ງ ແລະ ພາສີ ລາວ):
- 08:30–10:00 ຂັ້ນຕອນ ການແຈ້ງພາສີ ຜ່ານລະບົບ ASYCUDA
- 10:15–12:00 Incoterms® 2020: FOB, CIF, DAP ໃນການຄ້າຂ້າມແດນ ລາວ–ໄທ
- 13:30–15:00 ກໍລະນີສຶກສາ: ດ່ານ ທ່ານາແລ້ງ ແລະ ດ່ານ ບໍ່ເຕັນ
- 15:15–16:30 ລົມກັບ HR: ການກຽມຕົວ ສໍາພາດວຽກ ໃນຂະແໜງໂລຈິສຕິກ (ຖາມ-ຕອບ)

ຄ່າລົງທະບຽນ 450,000 ກີບ (ໄດ້ຮັບໃບຢັ້ງຢືນ ຫຼັງຈົບຫຼັກສູດ).

Add to: Google Calendar | Yahoo Calendar | Outlook (.ics attached)

You can cancel your registration at any time.
"""
    cal = ics_text(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH"]
                   + vtz_fixed("Asia/Bangkok", "+0700", "+07") +
                   ["BEGIN:VEVENT", f"DTSTAMP:{zutc(sent)}", f"DTSTART;TZID=Asia/Bangkok:{floc(st)}",
                    f"DTEND;TZID=Asia/Bangkok:{floc(en)}", f"SUMMARY:{esc(title)}",
                    f"UID:ZOOM{wid}-{h(c, 'uid', n=10)}", "LOCATION:https://us06web.zoom.us/",
                    att(OWNER_NAME, OWNER, rsvp=False, partstat="ACCEPTED"),
                    "ORGANIZER;CN=Lao Freight & Customs Training Centre:mailto:training@lfctc.example",
                    "END:VEVENT", "END:VCALENDAR"])
    m = Mail(c, 1, frm=addr("Lao Freight & Customs Training Centre", "no-reply@zoom.us"), to=OWNER,
             reply_to="training@lfctc.example", subject=f"{title} Confirmation", date=sent, domain="zoom.us",
             received_from="o1.sgmail.zoom.us")
    part = multi("mixed", [leaf('text/plain; charset="utf-8"', text, "base64"),
                           attach('text/calendar; charset="utf-8"; name="iCalendar.ics"', "iCalendar.ics", cal)], bnd(c, 1))
    items = [("01-zoom-training-registration.eml", m.build(part))]
    lab = dict(interview=False, interviews=[], difficulty="medium", category="negative/training-course",
               notes="Zoom registration for a paid customs/Incoterms training day (Lao); includes an 'interview "
                     "preparation' Q&A slot, but it is a course, not an interview.")
    return dict(slug="customs-training-course-zoom-lao", items=items, label=lab, tz=None)


@case
def c15():
    c = "15"
    mal = ("Malavanh Sengdara", f"malavanh.s@{KSC}")
    tan = ("Hiroshi Tanabe", f"tanabe.h@{KSC}")
    mor = ("Kenji Morioka", f"morioka.k@{KSC}")
    shi = ("Ayaka Shimizu", f"shimizu.a@{KSC}")
    sent1 = T(2026, 10, 19, 2, 20, "Mon", tz=UTC, s=11)
    s1, e1 = T(2026, 10, 26, 10, 0, "Mon"), T(2026, 10, 26, 11, 0, "Mon")
    t1 = """Dear Souksavanh,

Thank you for your interest in Kanazawa Shoji Corporation. Your interview has been scheduled as follows:

Position: Logistics Coordinator - Vientiane Representative Office (Requisition 4127)
Date: 26/10/2026
Time: 10:00 - 11:00 (GMT+07:00) Indochina Time
Location: Kanazawa Shoji Corporation Vientiane Representative Office, Vientiane Center Office Tower, 9th floor, Khouvieng Road, Vientiane
Interviewer(s): Hiroshi Tanabe (Chief Representative); Malavanh Sengdara (Administration Manager)

Please add the attached calendar file to your calendar. If you need to change the appointment, contact Malavanh Sengdara at malavanh.s@kanazawa-shoji.example.

This message was sent from an unmonitored mailbox. Please do not reply.
Kanazawa Shoji Corporation - Talent Acquisition
"""
    cal1 = ics_text(["BEGIN:VCALENDAR", "PRODID:-//SAP SuccessFactors//Interview Scheduling//EN", "VERSION:2.0",
                     "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:SF-INT-4127-{h(c, 'sf', n=12)}@successfactors.com",
                     f"DTSTAMP:{zutc(sent1)}", f"DTSTART:{zutc(s1)}", f"DTEND:{zutc(e1)}",
                     "SUMMARY:Interview: Logistics Coordinator - Vientiane Representative Office",
                     "LOCATION:Vientiane Center Office Tower\\, 9th floor\\, Khouvieng Road\\, Vientiane",
                     org(*mal), att(*tan), att(*mal, partstat="ACCEPTED"), att(OWNER_NAME, OWNER),
                     "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m1 = Mail(c, 1, frm=addr("Kanazawa Shoji Careers", "noreply@successfactors.com"), to=OWNER, reply_to=addr(*mal),
              subject="Interview Confirmation: Logistics Coordinator - Vientiane Representative Office", date=sent1,
              domain="successfactors.com", received_from="smtp-ap10.successfactors.com")
    p1 = multi("mixed", [leaf('text/html; charset="utf-8"', to_html(t1, "Arial,sans-serif"), "quoted-printable"),
                         attach('text/calendar; charset="utf-8"; method=REQUEST; name="Interview.ics"', "Interview.ics", cal1)],
               bnd(c, 1))
    sent2 = T(2026, 10, 30, 17, 10, "Fri", s=48)
    t2 = """Dear Souksavanh,

Thank you for coming to our office on Monday. Mr. Tanabe and I enjoyed the conversation, and we would like you to proceed to the final interview.

The final interview will be with Mr. Kenji Morioka, Director of the Mekong Business Division at our Tokyo head office. Because Mr. Morioka is in Tokyo, the time is fixed in Japan time:

    Thursday, 5 November 2026, 16:00-16:45 JST (Tokyo)

Tokyo is two hours ahead of Vientiane. The interview is on Zoom and will be in English; Mr. Morioka's secretary, Ms. Shimizu, will send you the Zoom invitation directly.

Please be ready to talk about your work with Japanese customers and about importing machinery parts through Thanaleng.

Kind regards,
Malavanh Sengdara
Administration Manager
Kanazawa Shoji Corporation - Vientiane Representative Office
"""
    m2 = Mail(c, 2, frm=addr(*mal), to=OWN, cc=addr(*tan), subject="Final interview with Mr. Morioka (Tokyo)",
              date=sent2, domain=KSC)
    sent3 = T(2026, 11, 2, 10, 5, "Mon", tz=TYO, s=0)
    s2, e2 = T(2026, 11, 5, 16, 0, "Thu", tz=TYO), T(2026, 11, 5, 16, 45, "Thu", tz=TYO)
    zid = f"9{int(h(c, 'zid', n=9), 16) % 10**10:010d}"
    t3 = f"""Dear Mr. Phommachanh,

I am the secretary of Mr. Kenji Morioka. Please find below the Zoom details for your final interview. A calendar file is attached. Mr. Morioka's address is morioka.k@kanazawa-shoji.example should you need to reach him.

Ayaka Shimizu is inviting you to a scheduled Zoom meeting.

Topic: Final Interview - Souksavanh Phommachanh (Logistics Coordinator, Vientiane)
Time: Nov 5, 2026 04:00 PM Osaka, Sapporo, Tokyo

Join Zoom Meeting
https://kanazawa-shoji.zoom.us/j/{zid}?pwd={h(c, 'pwd', n=32)}

Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: {int(h(c, 'pc', n=6), 16) % 900000 + 100000}

Best regards,
Ayaka Shimizu
Secretary to the Director, Mekong Business Division
Kanazawa Shoji Corporation, Tokyo Head Office
"""
    cal3 = ics_text(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:REQUEST"]
                    + vtz_fixed("Asia/Tokyo", "+0900", "JST") +
                    ["BEGIN:VEVENT", f"DTSTAMP:{zutc(sent3)}", f"DTSTART;TZID=Asia/Tokyo:{floc(s2)}",
                     f"DTEND;TZID=Asia/Tokyo:{floc(e2)}",
                     "SUMMARY:Final Interview - Souksavanh Phommachanh (Logistics Coordinator\\, Vientiane)",
                     f"UID:ZOOM{zid}", f"LOCATION:https://kanazawa-shoji.zoom.us/j/{zid}", org(*shi), att(*mor, partstat="ACCEPTED"),
                     att(OWNER_NAME, OWNER), "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m3 = Mail(c, 3, frm=addr(*shi), to=OWN, cc=", ".join([addr(*mor), addr(*mal)]),
              subject="Zoom: Final Interview - Logistics Coordinator, Vientiane (5 Nov, 16:00 JST)", date=sent3, domain=KSC)
    p3 = multi("mixed", [leaf('text/plain; charset="utf-8"', t3, "7bit"),
                         attach('text/calendar; charset="utf-8"; method=REQUEST; name="zoom.ics"', "zoom.ics", cal3)],
               bnd(c, 3))
    items = [("01-successfactors-interview-confirmation.eml", m1.build(p1)),
             ("02-final-interview-tokyo-time.eml", m2.build(leaf('text/plain; charset="utf-8"', t2, "quoted-printable"))),
             ("03-zoom-final-interview.eml", m3.build(p3))]
    lab = dict(interview=True, interviews=[
        L("Kanazawa Shoji", "Logistics Coordinator - Vientiane Representative Office", s1, e1, "scheduled",
          [tan[1], mal[1]], [tan[1], mal[1]], "onsite"),
        L("Kanazawa Shoji", "Logistics Coordinator - Vientiane Representative Office", s2, e2, "scheduled",
          [mor[1]], [mor[1]], "hiring_manager")],
        difficulty="hard", category="positive/two-interviews-tokyo-time",
        notes="Two interviews: SuccessFactors confirmation (.ics in UTC) for the Vientiane office interview with two "
              "interviewers on Mon 26 Oct 10:00 +07:00; final with the Tokyo director given in JST (16:00 JST = 14:00 "
              "Vientiane) plus a Zoom .ics with TZID Asia/Tokyo.")
    return dict(slug="trading-successfactors-and-tokyo-final", items=items, label=lab,
                tz="SuccessFactors ICS in UTC (03:00Z = 10:00 +07:00); final given in Tokyo time 16:00 JST (+09:00) = 14:00 Vientiane; Zoom ICS TZID Asia/Tokyo")


@case
def c16():
    c = "16"
    sent = T(2026, 10, 29, 16, 30, "Thu", s=22)
    text = """Dear Souksavanh,

Thank you for taking part in the panel interview for the Logistics Coordinator - Construction Phase position on 21 October, and for the time you have given to our selection process.

After careful consideration the panel has decided to offer the role to a candidate whose heavy-lift transport experience more closely matches what the construction phase needs right now. We are therefore unable to take your application further on this occasion.

The panel was impressed by your knowledge of cross-border documentation, and with your permission we will keep your CV on file for future vacancies, including operations-phase roles from 2028.

ຂໍຂອບໃຈ ສໍາລັບເວລາ ແລະ ຄວາມສົນໃຈ ຂອງທ່ານ. ຂໍອວຍພອນໃຫ້ທ່ານ ປະສົບຜົນສໍາເລັດ ໃນອານາຄົດ.

Yours sincerely,
Davone Sisouvanh
HR Manager | Xe Kong Hydro Power Co., Ltd.
"""
    m = Mail(c, 1, frm=addr(*DAVONE), to=OWN, subject="Your application - Logistics Coordinator (Construction Phase)",
             date=sent, domain=XKH)
    part = multi("alternative", [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                                 leaf('text/html; charset="utf-8"', to_html(text, "Calibri,sans-serif"), "quoted-printable")],
                 bnd(c, 1))
    items = [("01-application-outcome.eml", m.build(part))]
    lab = dict(interview=False, interviews=[], difficulty="medium", category="negative/rejection",
               notes="Rejection after the panel; refers back to the 21 October interview date but schedules nothing.")
    return dict(slug="hydro-rejection-after-panel", items=items, label=lab, tz=None)


@case
def c17():
    c = "17"
    sent = T(2026, 10, 31, 10, 22, "Sat", tz=TYO, s=9)
    text = """Dear Candidate,

Congratulation!! Your profile was shortlisted from LaoWorks database for position LOGISTICS MANAGER at our Japan office, salary 4,500 USD/month plus FREE housing and air ticket.

You have been selected for the final online interview with our HR Director tomorrow (Sunday) at 10:00 AM via Telegram. Please add Telegram: @KanazawaHR_Recruit and send "READY" before interview.

Before the interview candidate must complete the working visa pre-processing fee of 1,850,000 LAK (refundable after arrival in Japan) to the below account within 24 hours, otherwise your seat will be given to the next candidate:

Bank: Mekong Commercial Bank
Account name: Mr. Tran Van Kiet
Account no.: 0101 2203 8847 1

Send the payment slip and a photo of your passport to this email.

Best Regards,
Mr. Takeshi Yamada
HR Director
KANAZAWA SHOJI JAPAN CO.,LTD
"""
    m = Mail(c, 1, frm=addr("Kanazawa Shoji Japan - HR Dept", "kanazawa.shoji.hr.japan@freemail-jp.example"), to=OWNER,
             subject="URGENT: Final Interview Selection - Logistics Manager Japan (USD 4,500)", date=sent,
             domain="freemail-jp.example", reply_to="takeshi.yamada.hr88@freemail-jp.example")
    items = [("01-urgent-final-interview-selection.eml", m.build(leaf('text/plain; charset="utf-8"', text, "7bit")))]
    lab = dict(interview=False, interviews=[], difficulty="hard", category="negative/scam",
               notes="Recruiter scam impersonating the Tokyo trading company (free-mail domain, Telegram 'interview' "
                     "tomorrow 10:00, upfront visa fee). Not a real interview.")
    return dict(slug="scam-fake-trading-recruiter", items=items, label=lab, tz=None)


@case
def c18():
    c = "18"
    keo = ("Keomany Rattanavong", f"keomany.r@{GDA}")
    ing = ("Ingrid Bakker", f"ingrid.bakker@{GDA}")
    pie = ("Pieter de Vries", f"pieter.devries@{GDA}")
    sent1 = T(2026, 10, 23, 10, 2, "Fri", s=17)
    st, en = T(2026, 11, 4, 14, 0, "Wed"), T(2026, 11, 4, 15, 0, "Wed")
    ams = st.astimezone(AMS)
    assert ams.hour == 8 and ams.utcoffset() == timedelta(hours=1)
    t1 = """Dear Souksavanh,

Congratulations on reaching the final stage for the Logistics & Supply Officer post. Your final interview will be with our Country Director, Ms. Ingrid Bakker, and our Regional Supply Chain Adviser, Mr. Pieter de Vries, who will join from Amsterdam.

Wednesday 4 November 2026, 14:00-15:00 Vientiane time, on Google Meet.

A small note on time zones: Europe switches back to winter time on 25 October, so for Pieter this will be 08:00 in Amsterdam (CET). Nothing changes on your side. I am sending a calendar file separately; its time has no zone attached, so please go by the Vientiane time above.

Warm regards,
Keomany Rattanavong
Assistant to the Country Director
Green Delta Aid Laos
"""
    m1 = Mail(c, 1, frm=addr(*keo), to=OWN, cc=", ".join([addr(*ing), addr(*pie)]),
              subject="Final interview - Logistics & Supply Officer (4 November)", date=sent1, domain=GDA)
    code = "".join(chr(97 + int(x, 16) % 26) for x in h(c, "meet", n=10))
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Green Delta Aid//Calendar export 1.2//EN",
                    "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:gda-final-{h(c, 'uid', n=12)}@greendelta-aid.example",
                    f"DTSTAMP:{zutc(sent1)}", f"DTSTART:{floc(st)}", f"DTEND:{floc(en)}",
                    "SUMMARY:Final interview - Logistics & Supply Officer (Souksavanh Phommachanh)",
                    f"DESCRIPTION:Panel: Ingrid Bakker (Country Director)\\, Pieter de Vries (Regional Supply Chain "
                    f"Adviser\\, Amsterdam).\\nGoogle Meet: https://meet.google.com/{code[:3]}-{code[3:7]}-{code[7:]}",
                    f"LOCATION:https://meet.google.com/{code[:3]}-{code[3:7]}-{code[7:]}", org(*keo),
                    att(*ing, partstat="ACCEPTED"), att(*pie, partstat="ACCEPTED"), att(OWNER_NAME, OWNER),
                    "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    sent3 = T(2026, 10, 30, 9, 15, "Fri", s=40)
    t3 = """Dear Souksavanh,

I am sorry to tell you that we need to cancel your final interview scheduled for Wednesday 4 November at 14:00.

Our donor has asked us to pause all new recruitment for this project until the 2027 budget is approved, so the Logistics & Supply Officer post is on hold. Ingrid and Pieter asked me to pass on their apologies - this has nothing to do with your application, and we will contact you first if the position reopens.

Thank you for your understanding.

Keomany Rattanavong
Assistant to the Country Director
Green Delta Aid Laos
"""
    m3 = Mail(c, 3, frm=addr(*keo), to=OWN, cc=", ".join([addr(*ing), addr(*pie)]),
              subject="Re: Final interview - Logistics & Supply Officer (4 November) - cancelled", date=sent3, domain=GDA,
              irt=m1.mid, refs=m1.mid)
    items = [("01-final-interview-details.eml", m1.build(leaf('text/plain; charset="utf-8"', t1, "quoted-printable"))),
             ("02-final-interview.ics", ics.encode("utf-8")),
             ("03-final-interview-cancelled.eml", m3.build(leaf('text/plain; charset="utf-8"', t3, "base64")))]
    ivs = [ing[1], pie[1]]
    lab = dict(interview=True, interviews=[L("Green Delta Aid Laos", "Logistics & Supply Officer", st, en, "cancelled",
               ivs, ivs, "onsite")],
               difficulty="hard", category="positive/cancelled-floating-ics",
               notes="Final panel (Country Director + adviser in Amsterdam): mail gives 14:00 Vientiane = 08:00 CET after "
                     "the 25 Oct EU change; standalone .ics has a floating DTSTART (resolve with the text, +07:00). Later "
                     "English mail cancels it -> one cancelled interview.")
    return dict(slug="ngo-final-cancelled-floating-ics", items=items, label=lab,
                tz="floating .ics DTSTART 20261104T140000 resolved via text to +07:00; Amsterdam 08:00 CET (+01:00) after EU DST end 25 Oct 2026")


@case
def c19():
    c = "19"
    suda = ("Sudarat Rungruang", "suda.r@chaophrayacold.example")
    sent = T(2026, 11, 3, 10, 12, "Tue", tz=BKK, s=51)
    text = """เรียน คุณสุกสะหวัน

ทางบริษัท เจ้าพระยา โคลด์เชน จำกัด ได้พิจารณาใบสมัครตำแหน่ง Cold-chain Route Planner (Vientiane hub) ของคุณแล้ว และขอเชิญคุณเข้าสัมภาษณ์กับคุณกมล ศิริวัฒน์ ผู้อำนวยการฝ่ายปฏิบัติการ

รบกวนแจ้งวันและเวลาที่สะดวก 2-3 ช่วง ในสัปดาห์ที่ 9-13 พฤศจิกายน 2569 ระหว่างเวลา 09:00-16:00 น. (เวลาไทย) หรือเลือกช่วงเวลาว่างได้เองผ่านลิงก์ด้านล่าง

https://calendly.com/chaophraya-cold-hr/interview-45min

เมื่อได้รับการยืนยันแล้ว ดิฉันจะส่งลิงก์ Microsoft Teams ให้อีกครั้งค่ะ

ขอบคุณค่ะ
สุดารัตน์ รุ่งเรือง
ฝ่ายทรัพยากรบุคคล บริษัท เจ้าพระยา โคลด์เชน จำกัด
"""
    m = Mail(c, 1, frm=addr(*suda), to=OWN, subject="ขอทราบวันเวลาที่สะดวกสำหรับการสัมภาษณ์ - Cold-chain Route Planner",
             date=sent, domain="chaophrayacold.example")
    items = [("01-khor-wan-welaa-saduak.eml", m.build(leaf('text/plain; charset="utf-8"', text, "base64")))]
    lab = dict(interview=False, interviews=[], difficulty="hard", category="negative/availability-request-thai",
               notes="Thai availability request: asks for 2-3 slots in 9-13 Nov 2569 (=2026) or a Calendly link; nothing "
                     "booked.")
    return dict(slug="coldchain-availability-request-thai", items=items, label=lab, tz=None)


@case
def c20():
    c = "20"
    kha = ("Khanthaly Souvannavong", f"khanthaly.s@{PKM}")
    bou = ("Bounthanh Sayavong", f"bounthanh.s@{PKM}")
    cat = ("Catherine Walsh", f"catherine.walsh@{PKM}")
    dan = ("Daniel Okoro", f"daniel.okoro@{PKM}")
    sent = T(2026, 10, 28, 13, 30, "Wed", s=4)
    text = """Dear Souksavanh,

Thank you for your interest in the Logistics Coordinator (Mine Site) role. As the next step we invite you to a site-visit interview day at our mine office on Tuesday 3 November 2026.

Transport: the company minibus leaves our Vientiane office (Dongpalan) at 06:30 sharp and reaches site around 08:45. The return bus departs site at 13:30.

Programme at the Phoukham site office (Km 52, Road 13 North):
09:00-10:00  Site tour of the ROM pad and fuel farm, then interview with Mr. Bounthanh Sayavong, Mine Logistics Superintendent
10:00-11:00  Interview with Ms. Catherine Walsh, Supply Chain Manager
11:15-12:00  Interview with Mr. Daniel Okoro, HSE Manager (safety culture and contractor management)
12:00-13:00  Lunch at the site canteen

Please wear long trousers and closed shoes; safety boots, hard hat and vest are issued at the gate. Bring your ID card - site security will not admit visitors without it. You will receive one calendar invitation per interview.

ກະລຸນາຢືນຢັນ ພາຍໃນວັນສຸກ ທີ 30 ຕຸລາ ເພື່ອຈອງບ່ອນນັ່ງໃນລົດ. ຂອບໃຈ.

Khanthaly Souvannavong
HR Coordinator | Phoukham Minerals Co., Ltd.
"""
    m = Mail(c, 1, frm=addr(*kha), to=OWN, subject="Site-visit interview day - Tuesday 3 November (Logistics Coordinator, Mine Site)",
             date=sent, domain=PKM)
    items = [("01-site-visit-interview-day.eml", m.build(leaf('text/plain; charset="utf-8"', text, "quoted-printable")))]
    loc = "Phoukham Mine Site Office, Km 52 Road 13 North, Vangvieng District, Vientiane Province"
    sessions = [
        (bou, 9, 0, 10, 0, "Site tour + interview: Mine Logistics Superintendent (Souksavanh Phommachanh)",
         "Walk-through of the ROM pad, fuel farm and laydown yard, followed by an interview on inbound consumables planning."),
        (cat, 10, 0, 11, 0, "Interview: Supply Chain Manager (Souksavanh Phommachanh)",
         "Discussion of procurement lead times, Thai and Chinese suppliers, and inventory KPIs."),
        (dan, 11, 15, 12, 0, "Interview: HSE Manager (Souksavanh Phommachanh)",
         "Safety culture, journey management for haul trucks on Road 13, and contractor supervision."),
    ]
    for i, (who, h1, m1_, h2, m2_, summ, desc) in enumerate(sessions):
        s, e = T(2026, 11, 3, h1, m1_, "Tue"), T(2026, 11, 3, h2, m2_, "Tue")
        inv = google_invite(c, 2 + i, organizer=kha, guests=[kha, who, (OWNER, OWNER)], summary=summ, start=s, end=e,
                            description=desc + "\nPhoukham Minerals - site-visit interview day.",
                            sent=T(2026, 10, 28, 6, 41 + 2 * i, "Wed", tz=UTC, s=12), location=loc, meet=False)
        items.append((f"0{2 + i}-invitation-{['superintendent', 'supply-chain', 'hse'][i]}.eml", inv))
    st, en = T(2026, 11, 3, 9, 0, "Tue"), T(2026, 11, 3, 12, 0, "Tue")
    ivs = [bou[1], cat[1], dan[1]]
    lab = dict(interview=True, interviews=[L("Phoukham Minerals", "Logistics Coordinator (Mine Site)", st, en, "scheduled",
               ivs, ivs, "onsite")],
               difficulty="hard", category="positive/onsite-loop-several-invites",
               notes="Site-visit interview day at the mine office: HR mail plus three separate Google invites "
                     "(09:00-10:00, 10:00-11:00, 11:15-12:00) -> one onsite interview 09:00-12:00 with three interviewers. "
                     "The 06:30 bus and 13:30 return are logistics, not the start/end.")
    return dict(slug="mine-site-visit-loop-invites", items=items, label=lab,
                tz="three Google ICS in UTC (02:00Z/03:00Z/04:15Z) = 09:00-12:00 +07:00")


@case
def c21():
    c = "21"
    sent = T(2026, 11, 4, 9, 0, "Wed", s=27)
    text = f"""Hello Souksavanh,

Mekong Pearl Bank has invited you to complete a recorded video interview for the role Logistics & Facilities Officer - Savannakhet Branch.

How it works
- This is a one-way interview: there is no live interviewer. You will see 5 questions on screen and record your answers.
- You get 30 seconds to prepare and up to 2 minutes to answer each question. One re-record is allowed per question.
- Complete it any time before Friday 13 November 2026, 23:59 (Vientiane time). It takes about 20 minutes.

Start your interview: https://app.recordready.example/i/{h(c, 'inv', n=20)}

Tips: use a quiet room, check your camera and microphone first, and answer in English or Lao.

Good luck!
The RecordReady team, on behalf of Mekong Pearl Bank
"""
    m = Mail(c, 1, frm=addr("Mekong Pearl Bank via RecordReady", "invitations@recordready.example"), to=OWNER,
             reply_to="careers@mekongpearlbank.example",
             subject="Mekong Pearl Bank: please complete your video interview by 13 November", date=sent,
             domain="recordready.example")
    part = multi("alternative", [leaf('text/plain; charset="utf-8"', text, "7bit"),
                                 leaf('text/html; charset="utf-8"', to_html(text), "quoted-printable")], bnd(c, 1))
    items = [("01-recorded-video-interview.eml", m.build(part))]
    lab = dict(interview=False, interviews=[], difficulty="hard", category="negative/one-way-video",
               notes="One-way recorded video interview with a completion deadline; no live conversation.")
    return dict(slug="bank-one-way-video-assessment", items=items, label=lab, tz=None)


@case
def c22():
    c = "22"
    kha = ("Khanthaly Souvannavong", f"khanthaly.s@{PKM}")
    sent = T(2026, 11, 9, 15, 45, "Mon", s=3)
    assert T(2026, 11, 16, 9, 0, "Mon") and T(2026, 12, 1, 0, 0, "Tue") and T(2026, 11, 13, 0, 0, "Fri")
    text = """Dear Souksavanh,

Congratulations! On behalf of Phoukham Minerals Co., Ltd., I am pleased to offer you the position of Logistics Coordinator (Mine Site), reporting to Mr. Bounthanh Sayavong, Mine Logistics Superintendent.

Key terms
- Start date: Tuesday 1 December 2026
- Roster: 14 days on site / 7 days off, transport from Vientiane provided
- Monthly base salary: 17,500,000 LAK, plus site allowance of 3,000,000 LAK
- Probation: 90 days

Please let us know your decision by Friday 13 November. If you accept, please come to our Vientiane office (Dongpalan) on Monday 16 November 2026 at 09:00 to sign the contract; from there we will take you to the clinic for the pre-employment medical check.

ຍິນດີນໍາ ແລະ ຫວັງວ່າຈະໄດ້ຮ່ວມງານກັນໃນໄວໆນີ້.

Khanthaly Souvannavong
HR Coordinator | Phoukham Minerals Co., Ltd.
"""
    m = Mail(c, 1, frm=addr(*kha), to=OWN, cc=addr("Bounthanh Sayavong", f"bounthanh.s@{PKM}"),
             subject="Offer of employment - Logistics Coordinator (Mine Site)", date=sent, domain=PKM)
    part = multi("alternative", [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                                 leaf('text/html; charset="utf-8"', to_html(text), "base64")], bnd(c, 1))
    items = [("01-offer-of-employment.eml", m.build(part))]
    lab = dict(interview=False, interviews=[], difficulty="medium", category="negative/offer",
               notes="Job offer; the 16 Nov 09:00 appointment is contract signing and a medical check, not an interview.")
    return dict(slug="mine-offer-contract-signing", items=items, label=lab, tz=None)


@case
def c23():
    c = "23"
    tha = ("Thanawat Prasertkul", f"thanawat.p@{SCL}")
    sent = T(2026, 11, 3, 16, 20, "Tue", tz=BKK, s=35)
    st, en = T(2026, 11, 6, 11, 0, "Fri", tz=BKK), T(2026, 11, 6, 12, 0, "Fri", tz=BKK)
    zid = f"8{int(h(c, 'zid', n=9), 16) % 10**10:010d}"
    text = f"""เรียน คุณสุกสะหวัน

บริษัท สยาม ครอสด็อค โลจิสติกส์ จำกัด ขอเรียนเชิญคุณเข้าสัมภาษณ์รอบสุดท้าย ตำแหน่ง Cross-border Operations Coordinator (Laos) ดังนี้

วันศุกร์ที่ 6 พฤศจิกายน 2569
เวลา 11:00 – 12:00 น. (เวลาประเทศไทย)
ผ่าน Zoom – ไฟล์นัดหมายแนบมากับอีเมลนี้

คณะกรรมการสัมภาษณ์:
• คุณธนวัฒน์ ประเสริฐกุล กรรมการผู้จัดการ (thanawat.p@siamcrossdock.example)
• คุณอนุชา วงศ์ไพบูลย์ ผู้จัดการฝ่ายปฏิบัติการข้ามแดน (anucha.w@siamcrossdock.example)

การสัมภาษณ์รอบนี้ใช้ภาษาไทยและภาษาอังกฤษ คุณธนวัฒน์อยากฟังแผนการเปิดเส้นทางขนส่ง กรุงเทพฯ–เวียงจันทน์–คุนหมิง ผ่านรถไฟลาว–จีน ในมุมมองของคุณ (ไม่ต้องทำสไลด์)

https://zoom.us/j/{zid}?pwd={h(c, 'pwd', n=22)}
Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}

ขอแสดงความนับถือ
พิมพ์ชนก ศรีสุข
Talent Acquisition Officer
"""
    cal = ics_text(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:REQUEST"]
                   + vtz_fixed("Asia/Bangkok", "+0700", "+07") +
                   ["BEGIN:VEVENT", f"DTSTAMP:{zutc(sent)}", f"DTSTART;TZID=Asia/Bangkok:{floc(st)}",
                    f"DTEND;TZID=Asia/Bangkok:{floc(en)}",
                    "SUMMARY:สัมภาษณ์รอบสุดท้าย - Cross-border Operations Coordinator (Laos)",
                    f"UID:ZOOM{zid}", f"LOCATION:https://zoom.us/j/{zid}", org(*PIMCHANOK),
                    att(*tha, partstat="ACCEPTED"), att(*ANUCHA, partstat="ACCEPTED"), att(OWNER_NAME, OWNER),
                    "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m = Mail(c, 1, frm=addr(*PIMCHANOK), to=OWN, cc=", ".join([addr(*tha), addr(*ANUCHA)]),
             subject="เชิญสัมภาษณ์รอบสุดท้าย – Siam Crossdock Logistics (ศุกร์ 6 พ.ย. 11:00 น.)", date=sent, domain=SCL)
    part = multi("mixed", [leaf('text/plain; charset="utf-8"', text, "base64"),
                           attach('text/calendar; charset="utf-8"; method=REQUEST; name="zoom.ics"', "zoom.ics", cal)],
                 bnd(c, 1))
    items = [("01-final-interview-zoom.eml", m.build(part))]
    ivs = [tha[1], ANUCHA[1]]
    lab = dict(interview=True, interviews=[L("Siam Crossdock Logistics", "Cross-border Operations Coordinator (Laos)", st, en,
               "scheduled", ivs, ivs, "onsite")],
               difficulty="medium", category="positive/thai-zoom-panel",
               notes="Thai mail from the Bangkok forwarder with a Zoom .ics (TZID Asia/Bangkok): final panel with the "
                     "Managing Director and the operations manager on Fri 6 Nov 2569 (=2026) 11:00-12:00.")
    return dict(slug="bangkok-forwarder-final-zoom-panel", items=items, label=lab,
                tz="Thai Buddhist-era date, Zoom ICS TZID Asia/Bangkok +07:00")


# ================================================================= writer
def main():
    for old in sorted(OUT.glob("b310-*")):
        if old.is_dir():
            shutil.rmtree(old)
    built = []
    for i, fn in enumerate(CASES, 1):
        r = fn()
        nn = f"{i:02d}"
        assert fn.__name__ == f"c{nn}", fn.__name__
        key = f"b310-{nn}-{r['slug']}"
        d = OUT / key
        d.mkdir()
        names = set()
        for name, data in r["items"]:
            assert name[:3] == f"{name[:2]}-" and name not in names
            assert name.endswith((".eml", ".ics", ".gcal.json"))
            names.add(name)
            (d / name).write_bytes(data)
        built.append((key, r))

    labels = {}
    for key, r in built:
        lab = r["label"]
        assert lab["interview"] == bool(lab["interviews"])
        labels[key] = {"user": OWNER, "interview": lab["interview"], "interviews": lab["interviews"],
                       "difficulty": lab["difficulty"], "category": lab["category"], "notes": lab["notes"],
                       "source": "synthetic"}
    head = "# Labels for blind310 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")

    n = len(built)
    pos = sum(1 for _, r in built if r["label"]["interview"])
    ivs = [iv for _, r in built for iv in r["label"]["interviews"]]
    by_status, by_kind = {}, {}
    for iv in ivs:
        by_status[iv["status"]] = by_status.get(iv["status"], 0) + 1
        by_kind[iv["kind"]] = by_kind.get(iv["kind"], 0) + 1
    lines = [
        "# blind310: Vientiane logistics job search in Lao, Thai and English (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a logistics coordinator living in Vientiane, Laos "
        "(Asia/Vientiane, UTC+7, no DST).",
        "",
        "This set was written blind: only the eval README (label schema and rules) and three dev files (labels.yaml, "
        "one Google invite .eml, one .gcal.json) were read to check formats; no tool code, tests or other sets were consulted.",
        "",
        "## What it stresses",
        "- Lao-script mails (Lao digits ໐-໙, 'ມື້ອື່ນ ຕອນບ່າຍ ໒ ໂມງ', 'ວັນທີ ໑໖ ຕຸລາ ໒໐໒໖ ເວລາ ໙:໓໐ ໂມງ'), Thai mails "
        "from Bangkok firms with Buddhist-era years (2569 = 2026), and English.",
        "- Local job-board relays (LaoWorks-style, Job108-style) with no-reply senders, a WhatsApp chat pasted into "
        "a self-addressed mail, SuccessFactors, Exchange/Teams ('SE Asia Standard Time'), Zoom, Google Calendar "
        "invites and a Calendar API event.",
        "- Steps: phone screens, English test followed by an interview the same afternoon (only the interview "
        "counts), Teams panel chaired by the operations manager, a final with a Tokyo director given in JST, and a "
        "site-visit interview day at a mine office sent as three invites.",
        "- Reschedule in Lao (mail + updated invite, same UID, SEQUENCE 1), cancellation in English (floating-time "
        ".ics), propose-then-confirm Thai thread, two interviews in one case.",
        "- Hard negatives: IELTS speaking test, visa appointment, trade-fair invite, training course, rejection, "
        "offer with contract signing, scam posing as the Tokyo company, owner as interviewer, unbooked availability "
        "request, one-way video interview.",
        "",
        "## Counts",
        f"- Cases: {n} ({pos} positive, {n - pos} negative)",
        f"- Labelled interviews: {len(ivs)} — by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats used",
        "- `.eml`: text/plain and HTML bodies in base64, quoted-printable, 7bit; RFC 2047 Lao/Thai subjects and names; "
        "threads with In-Reply-To/References",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, "
        "invite.ics)",
        "- Exchange/Teams invitations (multipart/alternative with text/calendar, Windows TZID, X-MICROSOFT-CDO-*)",
        "- ATS / vendor mails with .ics attachments (SuccessFactors, Zoom, visa centre, IELTS, expo)",
        "- standalone `.ics` (floating time) and a Calendar API `.gcal.json` event",
        "",
        "## Time-zone / DST points",
    ]
    for key, r in built:
        if r.get("tz"):
            lines.append(f"- Case {key[5:7]} (`{key}`): {r['tz']}")
    lines += ["- No zone in this set observes DST; the script still asserts the 2026 US (Mar 8 / Nov 1) and EU/UK "
              "(Mar 29 / Oct 25) changes, and case 18 relies on the EU change (Amsterdam CET after 25 Oct).",
              "- Every date's weekday and every UTC offset is asserted with zoneinfo in `make_cases.py`.", ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {n} cases ({pos} positive), {len(ivs)} interviews to {OUT}")


if __name__ == "__main__":
    main()
