#!/usr/bin/env python3
"""Regenerate the blind219 evaluation set (written blind).

Theme: a São Paulo-based UX researcher (Lívia Arantes) applying to Brazilian product
companies and to Lisbon / remote-first European and US firms.  Mail in Brazilian
Portuguese, European Portuguese and English.

Standard library + PyYAML only.  Deterministic: fixed dates, Message-IDs and MIME
boundaries, so every run writes identical bytes.  Every UTC offset is computed with
zoneinfo and every weekday named in the text is asserted.

Usage:  python make_cases.py      (writes case folders + labels.yaml next to this file)
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "b219"

OWNER = "livia.arantes@example.com"
OWNER_NAME = "Lívia Arantes"

SP = ZoneInfo("America/Sao_Paulo")
LIS = ZoneInfo("Europe/Lisbon")
NY = ZoneInfo("America/New_York")
AMS = ZoneInfo("Europe/Amsterdam")
UTC = timezone.utc

WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_PT = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
               "sábado", "domingo"]
WD_ABBR_PT = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
             "setembro", "outubro", "novembro", "dezembro"]
MON_ABBR_PT = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.",
               "nov.", "dez."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


# --------------------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, tz, weekday=None, offset_h=None, s=0):
    """Aware datetime; asserts the English weekday and the UTC offset (hours) if given."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert WEEKDAYS_EN[dt.weekday()] == weekday, (dt, weekday)
    if offset_h is not None:
        assert dt.utcoffset() == timedelta(hours=offset_h), (dt, dt.utcoffset(), offset_h)
    return dt


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def ical_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def same_instant(a, b):
    assert a.astimezone(UTC) == b.astimezone(UTC), (a, b)


def wd_pt(dt):
    return WEEKDAYS_PT[dt.weekday()]


def hm_pt(dt):
    """'15h', '10h30' style."""
    return f"{dt.hour}h" if dt.minute == 0 else f"{dt.hour}h{dt.minute:02d}"


def hm24(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def hm12(dt, space=True, lower=False):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if lower:
        ap = ap.lower()
    return f"{h}:{dt.minute:02d}{' ' if space else ''}{ap}"


# --------------------------------------------------------------------------- ids
def sha(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def gmail_mid(seed):
    raw = hashlib.sha256(seed.encode()).digest()
    tok = base64.b64encode(raw + raw[:9]).decode().replace("/", "_")[:48]
    return f"<CA{tok}@mail.gmail.com>"


def outlook_mid(seed, host="CP8PR80MB6420", region="BRAPR80"):
    tok = hashlib.sha256(seed.encode()).hexdigest().upper()[:36]
    return f"<{host}{tok}@{host}.{region}.PROD.OUTLOOK.COM>"


def gmail_boundary(seed):
    return "000000000000" + sha(seed, 16)


def outlook_boundary(seed):
    return "_000_" + sha(seed, 28).upper() + "prod_"


# --------------------------------------------------------------------------- MIME helpers
def enc_header(name, value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name=name).encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), "utf-8")


def leaf(ctype, text, cte, params='charset="UTF-8"', extra=()):
    data = text.encode("utf-8") if isinstance(text, str) else text
    if cte == "base64":
        body = base64.encodebytes(data).decode()
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode()
    else:
        body = data.decode("utf-8")
    if not body.endswith("\n"):
        body += "\n"
    lines = [f"Content-Type: {ctype}; {params}" if params else f"Content-Type: {ctype}"]
    lines.append(f"Content-Transfer-Encoding: {cte}")
    lines.extend(extra)
    return "\n".join(lines) + "\n\n" + body


def multi(sub, boundary, parts):
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n" + p.rstrip("\n") + "\n\n"
    out += f"--{boundary}--\n"
    return out


def message(headers, body):
    hs = []
    for name, value in headers:
        if value is None:
            continue
        if name in ("Subject", "Thread-Topic"):
            value = enc_header(name, value)
        hs.append(f"{name}: {value}")
    hs.append("MIME-Version: 1.0")
    return ("\n".join(hs) + "\n" + body).encode("utf-8")


def received(via_host, via_ip, dt, mx_id):
    return (f"from {via_host} ({via_host}. [{via_ip}])\n"
            f"        by mx.example.com with ESMTPS id {mx_id}\n"
            f"        for <{OWNER}>;\n"
            f"        {rfc(dt.astimezone(UTC))}")


def text_to_html(text, font="Arial,Helvetica,sans-serif", wrapper="div"):
    """Plain text -> simple HTML; lines starting with '>' become a gmail_quote blockquote."""
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = text_to_html("\n".join(q[1:].lstrip(" ") if q.startswith(">") else q
                                           for q in quote), font, "div")
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                       'border-left:1px solid #ccc;padding-left:1ex">' + inner + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line)
            continue
        flush_quote()
        out.append(html.escape(line) + "<br>" if line else "<br>")
    flush_quote()
    return (f'<{wrapper} dir="ltr" style="font-family:{font}">' + "\n".join(out)
            + f"</{wrapper}>")


def html_doc(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "</head><body>\n" + inner + "\n</body></html>\n")


def alt_text_html(seed, text, html_inner=None, cte_text="quoted-printable",
                  cte_html="quoted-printable", boundary=None):
    b = boundary or gmail_boundary(seed + "alt")
    return multi("alternative", b, [
        leaf("text/plain", text, cte_text),
        leaf("text/html", html_doc(html_inner or text_to_html(text)), cte_html),
    ])


# --------------------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    out, cur = [], ""
    cur_len = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if cur_len + n > 75:
            out.append(cur)
            cur, cur_len = " ", 1
        cur += ch
        cur_len += n
    out.append(cur)
    return "\r\n".join(out)


def ics_text(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ = {
    "America/Sao_Paulo": [
        "BEGIN:VTIMEZONE", "TZID:America/Sao_Paulo", "X-LIC-LOCATION:America/Sao_Paulo",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0300", "TZNAME:-03",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Lisbon": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Lisbon", "X-LIC-LOCATION:Europe/Lisbon",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:WEST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:WET",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    # Windows zone names as Exchange / Outlook writes them
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "E. South America Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:E. South America Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0300",
        "END:STANDARD", "END:VTIMEZONE"],
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True,
             google=False):
    p = f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat}"
    if rsvp:
        p += ";RSVP=TRUE"
    p += f";CN={name or email}"
    if google:
        p += ";X-NUM-GUESTS=0"
    return p + f":mailto:{email}"


def b64(s):
    return base64.encodebytes(s.encode("utf-8") if isinstance(s, str) else s).decode()


# --------------------------------------------------------------------------- Google Calendar mail
def google_pt_when(start, end):
    d = start
    return (f"{wd_pt(d)}, {d.day} de {MONTHS_PT[d.month-1]} de {d.year}"
            f"\u22c5{hm24(start)} até {hm24(end)}")


def google_pt_subject_when(start, end, tzlabel):
    d = start
    return (f"{WD_ABBR_PT[d.weekday()]}, {d.day} de {MON_ABBR_PT[d.month-1]} de {d.year} "
            f"{hm24(start)} - {hm24(end)} ({tzlabel})")


def google_invite_ics(method, uid, seq, start, end, stamp, organizer, attendees, summary,
                      description, meet, status="CONFIRMED", location=""):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}", f"DTSTAMP:{ical_utc(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for a in attendees:
        lines.append(attendee(a[0], a[1], a[2], a[3] if len(a) > 3 else "REQ-PARTICIPANT",
                              google=True))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
                 f"\nParticipar com o Google Meet: https://meet.google.com/{meet}\n\n"
                 "Saiba mais sobre o Meet em: https://support.google.com/a/users/answer/9282720"
                 "\n\nNão edite esta seção.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines += [f"CREATED:{ical_utc(stamp - timedelta(minutes=3))}",
              f"DESCRIPTION:{ics_escape(desc)}",
              f"LAST-MODIFIED:{ical_utc(stamp)}", f"LOCATION:{ics_escape(location)}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}",
              "TRANSP:OPAQUE"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


def google_invite_eml(seed, kind, start, end, sent, organizer, guests, summary, description,
                      meet, uid, seq, tzlabel="BRT", tzlong="Horário Padrão de Brasília",
                      ics_attendees=None, reply_to=None, status="CONFIRMED"):
    """kind: 'Convite' (new), 'Convite atualizado' (update) or 'Evento cancelado' (cancel)."""
    method = "CANCEL" if kind == "Evento cancelado" else "REQUEST"
    subject = f"{kind}: {summary} @ {google_pt_subject_when(start, end, tzlabel)} ({OWNER})"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    guest_lines = []
    for g in guests:
        if g[1] == organizer[1]:
            guest_lines.append(f"{g[0]} - organizador")
        elif g[0]:
            guest_lines.append(g[0])
        guest_lines.append(g[1])
    lines = []
    if kind == "Evento cancelado":
        lines.append("Este evento foi cancelado e removido da sua agenda.")
        lines.append("")
    lines += [summary, google_pt_when(start, end), tzlong, ""]
    if meet and kind != "Evento cancelado":
        lines += ["Participar com o Google Meet", f"https://meet.google.com/{meet}", "",
                  "Participar por telefone", "(BR) +55 11 4560-" + sha(seed + "tel", 4).translate(
                      str.maketrans("abcdef", "123456")),
                  "PIN: " + str(int(sha(seed + "pin", 8), 16) % 1000000000).rjust(9, "0"), ""]
    lines += ["Organizador", organizer[0], organizer[1], "", "Convidados"] + guest_lines
    lines += [f"Ver todas as informações dos convidados https://calendar.google.com/calendar/"
              f"event?action=VIEW&eid={eid}", ""]
    if description:
        lines += [description, ""]
    if kind != "Evento cancelado":
        lines += [f"Responder para {OWNER} e ver mais detalhes https://calendar.google.com/"
                  f"calendar/event?action=VIEW&eid={eid}", ""]
    lines += ["", "~~//~~", "Convite do Google Agenda: https://calendar.google.com/calendar/", "",
              "Você está recebendo este e-mail porque é um convidado do evento.", "",
              "Encaminhar este convite pode permitir que qualquer destinatário envie uma "
              "resposta ao organizador, seja adicionado à lista de convidados, convide outras "
              "pessoas independentemente do próprio status do convite ou modifique a sua "
              "confirmação de presença. Saiba mais https://support.google.com/calendar/answer/"
              "37135#forwarding"]
    text = "\n".join(lines) + "\n"
    ics = google_invite_ics(method, uid, seq, start, end, sent, organizer,
                            ics_attendees if ics_attendees is not None else
                            [(g[0], g[1], g[2]) for g in guests],
                            summary, description, meet if kind != "Evento cancelado" else None,
                            status=status)
    b_mixed, b_alt = gmail_boundary(seed + "mixed"), gmail_boundary(seed + "alt")
    alt = multi("alternative", b_alt, [
        leaf("text/plain", text, "base64", 'charset="UTF-8"; format=flowed; delsp=yes'),
        leaf("text/html", html_doc(text_to_html(text, "Roboto,Helvetica,Arial,sans-serif")),
             "quoted-printable"),
        leaf("text/calendar", ics, "base64", f'charset="UTF-8"; method={method}'),
    ])
    body = multi("mixed", b_mixed, [
        alt,
        leaf("application/ics", ics, "base64", 'name="invite.ics"',
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f41.google.com", "209.85.220.41", sent,
                              sha(seed + "mx", 12))),
        ("Return-Path", f"<{sha(seed+'rp', 22)}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*reply_to) if reply_to else addr(*organizer)),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{sha(seed+'m1',8)}-{sha(seed+'m2',4)}-{sha(seed+'m3',4)}-"
                       f"{sha(seed+'m4',4)}-{sha(seed+'m5',12)}@google.com>"),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Subject", subject),
        ("From", addr(organizer[0], organizer[1])),
        ("To", OWNER),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- Outlook / Exchange
def outlook_vevent(uid, seq, start, end, stamp, tzid, organizer, attendees, summary,
                   description, location, teams_url=None, method="REQUEST", lang="pt-BR"):
    lines = ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE={a[3] if len(a) > 3 else 'REQ-PARTICIPANT'};PARTSTAT={a[2]};"
                     f"RSVP=TRUE;CN={a[0]}:mailto:{a[1]}")
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{ics_escape(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang}:{ics_escape(summary)}",
              f"DTSTART;TZID={tzid}:{ical_local(start)}", f"DTEND;TZID={tzid}:{ical_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ical_utc(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
              f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{ics_escape(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,'
                  '"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_escape(location)}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM", "END:VEVENT"]
    return lines


def outlook_ics(method, tzid, vevent_lines):
    return ics_text(["BEGIN:VCALENDAR", f"METHOD:{method}",
                     "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
                    + VTZ[tzid] + vevent_lines + ["END:VCALENDAR"])


def outlook_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + sha(seed, 16).upper()
            + "00000000000000001000000" + sha(seed + "u", 33).upper())


def teams_block(seed, lang="pt"):
    tid = f"{sha(seed+'t1',8)}-{sha(seed+'t2',4)}-4{sha(seed+'t3',3)}-a{sha(seed+'t4',3)}-{sha(seed+'t5',12)}"
    mid = "19%3ameeting_" + base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:43].replace("/", "x").replace("+", "y")
    url = (f"https://teams.microsoft.com/l/meetup-join/{mid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%7d")
    meeting_id = " ".join(str(int(sha(seed + "id", 12), 16))[:12][i:i + 3] for i in range(0, 12, 3))
    pw = base64.b32encode(hashlib.sha256((seed + "pw").encode()).digest()).decode()[:6]
    if lang == "pt-PT":
        txt = ("_" * 80 + "\nReunião do Microsoft Teams\nParticipe a partir do seu computador, "
               "aplicação móvel ou dispositivo de sala\nClique aqui para participar na reunião"
               f"<{url}>\nID da Reunião: {meeting_id}\nCódigo de Acesso: {pw}\n"
               "Transferir o Teams<https://www.microsoft.com/pt-pt/microsoft-teams/download-app> | "
               "Participar na Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               + "_" * 80)
    else:
        txt = ("_" * 80 + "\nReunião do Microsoft Teams\nIngressar no computador, aplicativo "
               "móvel ou dispositivo de sala\nClique aqui para ingressar na reunião"
               f"<{url}>\nID da Reunião: {meeting_id}\nSenha: {pw}\n"
               "Baixar o Teams<https://www.microsoft.com/pt-br/microsoft-teams/download-app> | "
               "Ingressar na Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               + "_" * 80)
    return url, txt


def outlook_invite_eml(seed, sent, organizer, to_list, subject, when_line, where, body_text,
                       ics, cc_list=(), method="REQUEST", lang="pt-BR", host="CP8PR80MB6420",
                       region="BRAPR80"):
    text = f"{when_line}\n{where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_text}"
    if not text.endswith("\n"):
        text += "\n"
    b = outlook_boundary(seed)
    body = multi("alternative", b, [
        leaf("text/plain", text, "quoted-printable"),
        leaf("text/html", html_doc(text_to_html(text, "Aptos,Calibri,sans-serif")),
             "quoted-printable"),
        leaf("text/calendar", ics, "base64", f'charset="UTF-8"; method={method}'),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(f"{region}01-{host[:3]}-obe.outbound.protection.outlook.com",
                              "40.107.95." + str(int(sha(seed, 2), 16) % 200 + 20), sent,
                              sha(seed + "mx", 12))),
        ("Return-Path", f"<{organizer[1]}>"),
        ("From", addr(*organizer)),
        ("To", ", ".join(addr(*t) for t in to_list)),
        ("CC", ", ".join(addr(*c) for c in cc_list) if cc_list else None),
        ("Subject", subject),
        ("Thread-Topic", subject.split(": ", 1)[-1] if subject.startswith(("Cancelado", "Cancelada")) else subject),
        ("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
        ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", outlook_mid(seed, host, region)),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-publictraffictype", "Email"),
    ]
    return message(headers, body)


# --------------------------------------------------------------------------- plain human mail
def human_eml(seed, sent, frm, to_list, subject, text, cc_list=(), in_reply_to=None,
              references=(), mid=None, client="gmail", reply_to=None, extra_headers=(),
              delivered=True, attachments=()):
    if client == "gmail":
        mid = mid or gmail_mid(seed)
        body = alt_text_html(seed, text)
        rx = received("mail-sor-f69.google.com", "209.85.220.69", sent, sha(seed + "mx", 12))
        xh = []
    elif client == "outlook":
        mid = mid or outlook_mid(seed)
        body = multi("alternative", outlook_boundary(seed), [
            leaf("text/plain", text, "quoted-printable"),
            leaf("text/html", html_doc(text_to_html(text, "Aptos,Calibri,sans-serif")),
                 "quoted-printable")])
        rx = received("GRU01-obe.outbound.protection.outlook.com", "40.107.96.51", sent,
                      sha(seed + "mx", 12))
        xh = [("X-MS-Has-Attach", ""), ("Content-Language", "pt-BR")]
    elif client == "apple":
        mid = mid or f"<{sha(seed,8).upper()}-{sha(seed+'a',4).upper()}-{sha(seed+'b',4).upper()}-{sha(seed+'c',4).upper()}-{sha(seed+'d',12).upper()}@{frm[1].split('@')[1]}>"
        b = "Apple-Mail=_" + sha(seed, 8).upper() + "-" + sha(seed + "x", 4).upper() + "-" + sha(seed + "y", 12).upper()
        body = multi("alternative", b, [
            leaf("text/plain", text, "quoted-printable", "charset=utf-8"),
            leaf("text/html", html_doc(text_to_html(text, "-apple-system,Helvetica")),
                 "quoted-printable", "charset=utf-8")])
        rx = received("smtp.mail.example.net", "17.58.63.10", sent, sha(seed + "mx", 12))
        xh = [("X-Mailer", "iPhone Mail (23A341)")]
    elif client == "plain":
        mid = mid or f"<{sha(seed, 20)}@{frm[1].split('@')[1]}>"
        body = leaf("text/plain", text, "8bit", 'charset="UTF-8"; format=flowed')
        rx = received("smtp." + frm[1].split("@")[1], "198.51.100." + str(int(sha(seed, 2), 16) % 200 + 20), sent, sha(seed + "mx", 12))
        xh = [("User-Agent", "Mozilla Thunderbird")]
    else:
        raise ValueError(client)
    if attachments:
        parts = [body] + list(attachments)
        body = multi("mixed", gmail_boundary(seed + "mix"), parts)
    headers = [
        ("Delivered-To", OWNER if delivered else None),
        ("Received", rx),
        ("Return-Path", f"<{frm[1]}>"),
        ("Message-ID", mid),
        ("In-Reply-To", in_reply_to),
        ("References", " ".join(references) if references else None),
        ("Date", rfc(sent)),
        ("From", addr(*frm)),
        ("Reply-To", addr(*reply_to) if reply_to else None),
        ("To", ", ".join(addr(*t) for t in to_list)),
        ("Cc", ", ".join(addr(*c) for c in cc_list) if cc_list else None),
        ("Subject", subject),
    ] + xh + list(extra_headers)
    return message(headers, body), mid


def quote_block(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def gmail_attrib_pt(dt, name, email):
    return (f"Em {WD_ABBR_PT[dt.weekday()]}, {dt.day} de {MON_ABBR_PT[dt.month-1]} de {dt.year} "
            f"às {hm24(dt)}, {name} <{email}> escreveu:")


def gmail_attrib_en(dt, name, email):
    wd = WEEKDAYS_EN[dt.weekday()][:3]
    return (f"On {wd}, {MONTHS_EN[dt.month-1][:3]} {dt.day}, {dt.year} at {hm12(dt)} "
            f"{name} <{email}> wrote:")


# --------------------------------------------------------------------------- ATS mail (HTML heavy)
def ats_eml(seed, sent, frm, subject, text, reply_to=None, ics=None, ics_name="convite.ics",
            ics_method="REQUEST", return_path=None, extra_headers=(), html_inner=None,
            mid_domain="gupy.io", list_unsub=None, text_cte="quoted-printable",
            html_cte="quoted-printable"):
    alt = alt_text_html(seed, text, html_inner or text_to_html(text, "Helvetica,Arial,sans-serif"),
                        cte_text=text_cte, cte_html=html_cte,
                        boundary="----=_Part_" + str(int(sha(seed, 10), 16))[:7] + "_"
                        + str(int(sha(seed + "b", 10), 16))[:9] + "." + str(int(sha(seed + "c", 10), 16))[:13])
    if ics:
        body = multi("mixed", "----=_Part_" + str(int(sha(seed + "m", 10), 16))[:7] + "_"
                     + str(int(sha(seed + "n", 10), 16))[:9] + "." + str(int(sha(seed + "o", 10), 16))[:13],
                     [alt, leaf("text/calendar", ics, "base64",
                                f'charset=UTF-8; method={ics_method}; name="{ics_name}"',
                                [f'Content-Disposition: attachment; filename="{ics_name}"'])])
    else:
        body = alt
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("a27-" + str(int(sha(seed, 3), 16) % 90 + 10) + ".smtp-out.amazonses.com",
                              "54.240.27." + str(int(sha(seed, 2), 16) % 200 + 20), sent,
                              sha(seed + "mx", 12))),
        ("Return-Path", f"<{return_path or ('bounce-' + sha(seed, 10) + '@' + mid_domain)}>"),
        ("Date", rfc(sent)),
        ("From", addr(*frm)),
        ("Reply-To", addr(*reply_to) if reply_to else None),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Message-ID", f"<0100{sha(seed, 12)}-{sha(seed+'1',8)}-{sha(seed+'2',4)}-"
                       f"{sha(seed+'3',4)}-{sha(seed+'4',12)}-000000@{mid_domain}>"),
        ("Subject", subject),
        ("List-Unsubscribe", list_unsub),
    ] + list(extra_headers)
    return message(headers, body)


# =========================================================================== CASES
CASES = []  # (case_id, files: list[(name, bytes)], label)


def case(num, slug):
    def deco(fn):
        CASES.append((f"{SET}-{num:02d}-{slug}", fn))
        return fn
    return deco


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


OWN = (OWNER_NAME, OWNER)


# --------------------------------------------------------------------------- 01 Gupy RH screen
@case(1, "gupy-entrevista-rh-ics")
def c01():
    co, dom = "Cajueiro Pagamentos", "cajueiropay.example"
    tai = ("Tainá Rocha", f"taina.rocha@{dom}")
    role = "UX Researcher Pleno"
    start = T(2026, 10, 8, 10, 0, SP, "Thursday", -3)
    end = T(2026, 10, 8, 10, 45, SP, "Thursday", -3)
    sent = T(2026, 10, 5, 14, 37, UTC, "Monday", s=12)
    meet = "ruk-hqxe-bmt"
    text = f"""Olá, Lívia!

Que bom ter você no processo seletivo da {co} para a vaga {role} (Remoto).

Sua Entrevista com RH foi agendada. Confira os detalhes:

Data: {wd_pt(start)}, {start:%d/%m/%Y}
Horário: {hm24(start).replace(':', 'h')} às {hm24(end).replace(':', 'h')} (horário de Brasília)
Local: Google Meet - https://meet.google.com/{meet}
Entrevistadora: {tai[0]} - Talent Acquisition

Nesse bate-papo vamos conhecer a sua trajetória, a sua experiência com pesquisa qualitativa e quantitativa e alinhar expectativas sobre a vaga. Não precisa preparar nada, tá?

Precisa remarcar? Fale direto com a {tai[0].split()[0]} pelo e-mail {tai[1]} - este e-mail é automático e não recebe respostas.

O convite está anexado para você salvar na sua agenda.

Boa sorte!
Time de Talent Acquisition | {co}

--
Enviado pela Gupy em nome de {co}.
Você recebeu esta mensagem porque se candidatou a uma vaga em https://carreiras.{dom}/vagas/ux-researcher-pleno
Política de privacidade: https://www.gupy.io/politica-de-privacidade
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gupy//Agendamento de Entrevistas//PT-BR",
                    "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ["America/Sao_Paulo"] + [
        "BEGIN:VEVENT", f"UID:gupy-interview-{sha('c01uid', 20)}@gupy.io",
        f"DTSTAMP:{ical_utc(sent)}", f"DTSTART;TZID=America/Sao_Paulo:{ical_local(start)}",
        f"DTEND;TZID=America/Sao_Paulo:{ical_local(end)}",
        f"SUMMARY:Entrevista com RH - {role} | {co}",
        "DESCRIPTION:" + ics_escape(f"Entrevista com RH para a vaga {role}.\nEntrevistadora: "
                                    f"{tai[0]}\nGoogle Meet: https://meet.google.com/{meet}"),
        f"LOCATION:https://meet.google.com/{meet}",
        f"ORGANIZER;CN={tai[0]}:mailto:{tai[1]}",
        attendee(tai[0], tai[1], "ACCEPTED", "CHAIR", rsvp=False),
        attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    eml = ats_eml("c01", sent, (f"{co} via Gupy", "no-reply@gupy.io"),
                  f"Entrevista agendada: {role} | {co}", text, ics=ics,
                  ics_name="entrevista.ics",
                  list_unsub="<https://notifications.gupy.io/unsubscribe?u=" + sha("c01u", 24) + ">")
    files = [("01-gupy-entrevista-agendada.eml", eml)]
    lab = label([iv(co, role, start, end, "scheduled", [tai[1]], [tai[1]], "phone_screen")],
                "easy", "positive/ats-gupy-ics",
                "Gupy-style confirmation (pt-BR) with .ics (TZID America/Sao_Paulo). The recruiter "
                "conducts the RH screen, so she is interviewer and follow-up recipient; the Gupy "
                "sender is no-reply.")
    return files, lab


# --------------------------------------------------------------------------- 02 Google invite, gestora
@case(2, "google-meet-conversa-com-a-gestora")
def c02():
    co, dom = "Bromélia Saúde", "bromeliasaude.example"
    carol = ("Carolina Mendes", f"carolina.mendes@{dom}")
    ren = ("Renata Okabe", f"renata.okabe@{dom}")
    role = "Pesquisadora UX Sênior"
    start = T(2026, 10, 13, 14, 0, SP, "Tuesday", -3)
    end = T(2026, 10, 13, 15, 0, SP, "Tuesday", -3)
    sent = T(2026, 10, 8, 19, 12, UTC, "Thursday", s=40)
    summary = f"Conversa com a gestora - {role} (Lívia Arantes)"
    desc = (f"Oi Lívia! Conforme combinamos por telefone, segue o convite para a sua conversa "
            f"com a {ren[0]}, gestora de Pesquisa & Insights da {co}. Essa é a etapa com a "
            f"liderança do processo para {role}.\n\nEu não vou participar (é só entre vocês "
            f"duas), mas se precisar de qualquer coisa é só me chamar.\n\nAbraços,\nCarol\n"
            f"Talent Acquisition | {co}")
    guests = [(carol[0], carol[1], "ACCEPTED"), (ren[0], ren[1], "ACCEPTED"),
              ("", OWNER, "NEEDS-ACTION")]
    eml = google_invite_eml("c02", "Convite", start, end, sent, carol, guests, summary, desc,
                            "pbw-tnza-okc", f"{sha('c02uid', 26)}@google.com", 0,
                            ics_attendees=[(carol[0], carol[1], "ACCEPTED"),
                                           (ren[0], ren[1], "ACCEPTED"),
                                           (OWNER, OWNER, "NEEDS-ACTION")])
    files = [("01-convite-conversa-gestora.eml", eml)]
    lab = label([iv(co, role, start, end, "scheduled", [ren[1]], [ren[1]], "hiring_manager")],
                "medium", "positive/google-invite-pt",
                "Google Calendar invite in pt-BR (DTSTART in UTC Z, 17:00Z = 14:00 BRT). The "
                "recruiter organises but says she will not join, so only the hiring manager "
                "(gestora) is interviewer / follow-up recipient.")
    return files, lab


# --------------------------------------------------------------------------- 03 thread "amanhã às 15h"
@case(3, "bate-papo-amanha-15h-thread")
def c03():
    co, dom = "Tucano Logística", "tucanolog.example"
    raf = ("Rafael Nogueira", f"rafael.nogueira@{dom}")
    role = "Pesquisador(a) UX Pleno"
    t1 = T(2026, 9, 21, 22, 10, SP, "Monday", -3, s=3)  # 01:10 UTC on Tuesday!
    assert t1.astimezone(UTC).day == 22
    t2 = T(2026, 9, 21, 22, 31, SP, "Monday", -3, s=48)
    t3 = T(2026, 9, 22, 8, 12, SP, "Tuesday", -3, s=20)
    start = T(2026, 9, 22, 15, 0, SP, "Tuesday", -3)
    end = T(2026, 9, 22, 15, 30, SP, "Tuesday", -3)
    assert (t1 + timedelta(days=1)).date() == start.date()
    sig = f"""--
Rafael Nogueira
Tech Recruiter | {co}
{raf[1]} | (11) 3456-0192"""
    subj = f"Processo seletivo {role} - {co}"
    m1 = f"""Oi Lívia, boa noite!

Desculpa o horário, fechei agora a triagem dos currículos para a vaga de {role} aqui na {co} e gostei muito do seu perfil, principalmente do estudo sobre roteirização com motoristas parceiros.

Gostaria de marcar um primeiro bate-papo com você - é a etapa inicial do nosso processo seletivo, uma ligação rápida de uns 30 minutos pra eu te contar da vaga e entender o seu momento.

Você teria disponibilidade amanhã às 15h? Se não der, me passa dois ou três horários que funcionem pra você essa semana.

Abraço,
{sig}
"""
    e1, mid1 = human_eml("c03a", t1, raf, [OWN], subj, m1)
    m2 = f"""Oi Rafael, tudo bem?

Obrigada pelo contato! Amanhã às 15h funciona para mim sim.
Pode me ligar no (11) 98734-5521.

Até amanhã,
Lívia

{gmail_attrib_pt(t1, raf[0], raf[1])}
{quote_block(m1)}
"""
    e2, mid2 = human_eml("c03b", t2, OWN, [raf], "Re: " + subj, m2, in_reply_to=mid1,
                         references=[mid1])
    m3 = f"""Bom dia, Lívia!

Combinado então: te ligo hoje às 15h (horário de Brasília) nesse número.

Abraço,
{sig}

{gmail_attrib_pt(t2, OWNER_NAME, OWNER)}
{quote_block(m2)}
"""
    e3, _ = human_eml("c03c", t3, raf, [OWN], "Re: " + subj, m3, in_reply_to=mid2,
                      references=[mid1, mid2])
    files = [("01-rafael-primeiro-bate-papo.eml", e1), ("02-livia-confirma.eml", e2),
             ("03-rafael-combinado.eml", e3)]
    lab = label([iv(co, role, start, end, "scheduled", [raf[1]], [raf[1]], "phone_screen")],
                "hard", "positive/relative-date-thread",
                "'amanhã às 15h' in a message dated Mon 21 Sep 22:10 -0300 (already Tuesday in "
                "UTC) means Tue 22 Sep 15:00 BRT; the confirmation says 'hoje às 15h'. 'uns 30 "
                "minutos' gives the end. The recruiter does the call, so he is the interviewer.")
    return files, lab


# --------------------------------------------------------------------------- 04 Greenhouse Lisbon WET
@case(4, "greenhouse-lisbon-after-dst-end")
def c04():
    co, dom = "Azulejo Labs", "azulejolabs.example"
    bea = ("Beatriz Falcão", f"beatriz.falcao@{dom}")
    dua = ("Duarte Pimentel", f"duarte.pimentel@{dom}")
    role = "Senior UX Researcher"
    start = T(2026, 10, 27, 14, 0, LIS, "Tuesday", 0)  # WET: Lisbon clocks went back on Oct 25
    end = T(2026, 10, 27, 15, 0, LIS, "Tuesday", 0)
    sp_start, sp_end = start.astimezone(SP), end.astimezone(SP)
    assert (sp_start.hour, sp_end.hour) == (11, 12)
    before = T(2026, 10, 20, 14, 0, LIS, "Tuesday", 1)
    assert before.astimezone(SP).hour == 10  # a week earlier the gap was 4 h
    sent = T(2026, 10, 21, 10, 22, LIS, "Wednesday", 1, s=5)
    text = f"""Hi Lívia,

Your interview for the {role} role at {co} has been scheduled. Please find the details below.

Research Craft Interview
Tuesday, October 27th 2026
{hm12(start)} - {hm12(end)} WET (Europe/Lisbon)
Interviewer: {dua[0]}, Principal Researcher

Location: Google Meet - https://meet.google.com/vkd-rmqa-zus

A note from {bea[0].split()[0]}:
"Olá Lívia! Duarte will ask you to walk him through one study end to end - how you framed it, chose the method and got the findings into the roadmap. Heads-up on the time: our clocks go back on Sunday the 25th, so 14:00 here will be 11:00 in São Paulo (not 10:00 as it would be this week). If anything comes up, just reply to this email."

A calendar invitation is attached. If you need to reschedule, reply to this email and {bea[0]} will help.

Best,
{co} Recruiting

Powered by Greenhouse
"""
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Greenhouse Software//Greenhouse//EN",
                    "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
                    f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}",
                    f"DTSTAMP:{ical_utc(sent)}", f"UID:{sha('c04uid', 32)}@greenhouse.io",
                    f"ORGANIZER;CN={bea[0]}:mailto:{bea[1]}",
                    attendee(dua[0], dua[1], "ACCEPTED"),
                    attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
                    f"SUMMARY:Lívia Arantes <> {co}: Research Craft Interview",
                    "DESCRIPTION:" + ics_escape(f"{role} - Research Craft Interview with {dua[0]}."
                                                "\nGoogle Meet: https://meet.google.com/vkd-rmqa-zus"),
                    "LOCATION:https://meet.google.com/vkd-rmqa-zus", "SEQUENCE:0",
                    "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    eml = ats_eml("c04", sent, (f"{co}", "no-reply@greenhouse.io"),
                  f"Interview Confirmation: {role} at {co}", text, reply_to=bea, ics=ics,
                  ics_name="interview.ics", mid_domain="greenhouse.io")
    files = [("01-greenhouse-interview-confirmation.eml", eml)]
    lab = label([iv(co, role, start, end, "scheduled", [dua[1]], [dua[1]], "technical")],
                "medium", "positive/ats-greenhouse-lisbon-dst",
                "Greenhouse confirmation sent while Lisbon was on WEST (+01:00) for an interview "
                "after the 25 Oct DST end: 14:00 WET = 14:00Z = 11:00 BRT. Recruiter (Reply-To) "
                "only schedules; the Principal Researcher conducts.")
    return files, lab


# --------------------------------------------------------------------------- 05 Lever NY portfolio loop
@case(5, "lever-portfolio-presentation-loop-nyc")
def c05():
    co, dom = "Fernhill Commons", "fernhill.example"
    dana = ("Dana Whitfield", f"dana.whitfield@{dom}")
    pri = ("Priscilla Oyelaran", f"priscilla.oyelaran@{dom}")
    mar = ("Marcus Feld", f"marcus.feld@{dom}")
    hana = ("Hana Sato", f"hana.sato@{dom}")
    gid = ("Gideon Marsh", f"gideon.marsh@{dom}")
    role = "Senior UX Researcher, Platform"
    d = (2026, 10, 29)
    s1 = (T(*d, 10, 0, NY, "Thursday", -4), T(*d, 11, 0, NY, "Thursday", -4))
    s2 = (T(*d, 11, 0, NY, "Thursday", -4), T(*d, 11, 45, NY, "Thursday", -4))
    s3 = (T(*d, 12, 30, NY, "Thursday", -4), T(*d, 13, 15, NY, "Thursday", -4))
    assert s1[0].astimezone(SP).hour == 11 and s3[1].astimezone(SP).strftime("%H:%M") == "14:15"
    t1 = T(2026, 10, 22, 12, 4, NY, "Thursday", -4, s=51)
    t2 = T(2026, 10, 22, 16, 30, UTC, "Thursday", s=2)
    m1 = f"""Hi Lívia,

Great news - the team would love to move you to the final round for the {role} role! It's a virtual onsite on Thursday the 29th, all on Google Meet, and you'll get the full itinerary from Lever in a bit.

The first session is your portfolio case presentation: 30 minutes presenting one research case of your choice (ideally something where the research changed a product decision), followed by 30 minutes of questions from Priscilla and Marcus. After that you'll chat with Hana, one of our PMs, and after a short break you'll finish with Gideon, our Head of Research.

A couple of practical notes:
- Everything is in Eastern Time. We're still on daylight time that week (clocks change on Nov 1), so 10:00 AM ET is 11:00 AM for you in São Paulo.
- Please share slides from your own screen; no need to send them in advance.

I'm coordinating the day but won't be in any of the sessions - reach out to me with any questions.

Best,
Dana

Dana Whitfield
Recruiting Coordinator | {co}
"""
    e1, _ = human_eml("c05a", t1, dana, [OWN], f"Final round - {role}", m1, client="gmail")
    sess = [("Portfolio case presentation", s1, [pri, mar]),
            ("Research partnership conversation", s2, [hana]),
            ("Conversation with the Head of Research", s3, [gid])]
    lines = [f"Hi Lívia,", "",
             f"Your interviews for {role} at {co} are confirmed. Here is your itinerary:", "",
             f"Thursday, October 29, 2026 (Eastern Daylight Time, GMT-04:00)", ""]
    for title, (a, b), who in sess:
        lines.append(f"{hm12(a)} - {hm12(b)}  {title}")
        lines.append("    with " + " and ".join(f"{w[0]}" for w in who))
    lines += ["", "Video: https://meet.google.com/hzt-qwpe-fro (same link for every session)", "",
              "Calendar invitations for each session are attached.", "",
              f"Questions? Reply to this email or contact {dana[0]} ({dana[1]}).", "",
              f"- The {co} Recruiting Team", "", "Sent via Lever"]
    text = "\n".join(lines) + "\n"
    attachments = []
    for i, (title, (a, b), who) in enumerate(sess, 1):
        ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Lever Hire//EN",
                        "METHOD:REQUEST"] + VTZ["America/New_York"] + [
            "BEGIN:VEVENT", f"UID:lever-{sha('c05uid' + str(i), 24)}@hire.lever.co",
            f"DTSTAMP:{ical_utc(t2)}", f"DTSTART;TZID=America/New_York:{ical_local(a)}",
            f"DTEND;TZID=America/New_York:{ical_local(b)}",
            f"SUMMARY:{ics_escape(f'{title} - Lívia Arantes ({co})')}",
            f"ORGANIZER;CN={dana[0]}:mailto:{dana[1]}"]
            + [attendee(w[0], w[1], "ACCEPTED") for w in who]
            + [attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
               "LOCATION:https://meet.google.com/hzt-qwpe-fro",
               "DESCRIPTION:" + ics_escape(f"{role} - final round, session {i} of 3."),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
        attachments.append(ics)
    alt = alt_text_html("c05b", text)
    b = gmail_boundary("c05bmix")
    body = multi("mixed", b, [alt] + [
        leaf("text/calendar", ics, "base64", f'charset=UTF-8; method=REQUEST; name="session-{i}.ics"',
             [f'Content-Disposition: attachment; filename="session-{i}.ics"'])
        for i, ics in enumerate(attachments, 1)])
    e2 = message([
        ("Delivered-To", OWNER),
        ("Received", received("o1.email.hire.lever.co", "167.89.101.7", t2, sha("c05mx", 12))),
        ("Return-Path", f"<bounces+{sha('c05rp', 8)}@email.hire.lever.co>"),
        ("Date", rfc(t2)),
        ("From", addr(f"{co} via Lever", "no-reply@hire.lever.co")),
        ("Reply-To", addr(*dana)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Message-ID", f"<{sha('c05mid', 22)}@hire.lever.co>"),
        ("Subject", f"Interview confirmed: {role} at {co} - Thursday, October 29"),
    ], body)
    files = [("01-dana-final-round.eml", e1), ("02-lever-itinerary.eml", e2)]
    ivs = [pri[1], mar[1], hana[1], gid[1]]
    lab = label([iv(co, role, s1[0], s3[1], "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/onsite-loop-portfolio",
                "Virtual onsite on one day (portfolio presentation + Q&A, PM chat, break, Head of "
                "Research) sent as three .ics = ONE onsite 10:00-13:15 EDT (-04:00; US DST ends "
                "Nov 1) = 11:00-14:15 BRT. The coordinator explicitly does not join.")
    return files, lab


# --------------------------------------------------------------------------- 06 Teams, Lisbon, Windows TZ
@case(6, "teams-lisboa-gmt-standard-time-label")
def c06():
    co, dom = "Maré Digital", "maredigital.example"
    sof = ("Sofia Couto", f"sofia.couto@{dom}")
    role = "UX Researcher (Product Discovery)"
    start = T(2026, 10, 21, 16, 0, LIS, "Wednesday", 1)  # still WEST
    end = T(2026, 10, 21, 16, 45, LIS, "Wednesday", 1)
    assert start.astimezone(SP).hour == 12
    sent = T(2026, 10, 15, 11, 2, LIS, "Thursday", 1, s=37)
    url, teams = teams_block("c06", "pt-PT")
    when = ("Quando: quarta-feira, 21 de outubro de 2026 16:00-16:45 (UTC+00:00) Dublin, "
            "Edimburgo, Lisboa, Londres.")
    where = "Onde: Reunião do Microsoft Teams"
    body = f"""Olá Lívia,

Conforme falámos ontem, fica aqui o convite para a nossa entrevista para a posição de {role}. Sou a responsável pela equipa de Product Discovery e serei eu a conduzir a conversa: vamos falar do teu percurso, de como trabalhas com as equipas de produto e do que procuras no próximo desafio.

Em Lisboa serão 16h; pelas minhas contas aí em São Paulo serão 12h.

Até quarta!
Sofia Couto
Head of Product Discovery | {co}
Rua da Boavista 72, 1200-066 Lisboa

{teams}
"""
    uid = outlook_uid("c06")
    ve = outlook_vevent(uid, 0, start, end, sent, "GMT Standard Time", sof,
                        [(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                        f"Entrevista {co} - {role}", f"{when}\n{where}\n\n{body}",
                        "Reunião do Microsoft Teams", url, lang="pt-PT")
    ics = outlook_ics("REQUEST", "GMT Standard Time", ve)
    eml = outlook_invite_eml("c06", sent, sof, [OWN], f"Entrevista {co} - {role}", when, where,
                             body, ics, lang="pt-PT", host="DB9PR06MB7712", region="EURPRD06")
    files = [("01-convite-teams-entrevista.eml", eml)]
    lab = label([iv(co, role, start, end, "scheduled", [sof[1]], [sof[1]], "hiring_manager")],
                "hard", "positive/teams-windows-tz-dst-label",
                "Exchange invite with TZID 'GMT Standard Time' and the display label '(UTC+00:00) "
                "... Lisboa' although 21 Oct is still summer time (WEST, +01:00): 16:00 Lisbon = "
                "15:00Z = 12:00 BRT, as the body says. Organizer is the hiring manager herself.")
    return files, lab


# --------------------------------------------------------------------------- 07 Kenoby + WhatsApp reschedule
@case(7, "kenoby-remarcacao-whatsapp")
def c07():
    co, dom = "Jabuticaba Educação", "jabuticaba.example"
    cam = ("Camila Teixeira", f"camila.teixeira@{dom}")
    pau = ("Paula Siqueira", f"paula.siqueira@{dom}")
    role = "UX Researcher Sênior"
    o_start = T(2026, 10, 14, 10, 0, SP, "Wednesday", -3)
    o_end = T(2026, 10, 14, 11, 0, SP, "Wednesday", -3)
    n_start = T(2026, 10, 15, 16, 30, SP, "Thursday", -3)
    n_end = n_start + timedelta(hours=1)
    sent = T(2026, 10, 9, 13, 48, UTC, "Friday", s=30)
    text = f"""Olá, Lívia

Parabéns, você avançou no processo seletivo da {co}!

Etapa: Entrevista com a gestora
Vaga: {role}
Data: {wd_pt(o_start)}, {o_start:%d/%m/%Y}
Horário: das {hm24(o_start)} às {hm24(o_end)} (horário de Brasília)
Local: Google Meet - https://meet.google.com/sfo-jmxa-qdp
Entrevistadora: {pau[0]} - Gerente de Design ({pau[1]})

Dica: tenha em mãos um projeto de pesquisa do qual você se orgulhe, a {pau[0].split()[0]} costuma pedir para você contar um exemplo com detalhes.

Em caso de dúvidas, fale com {cam[0]} ({cam[1]}).

Equipe {co}

Esta é uma mensagem automática enviada pela plataforma Kenoby. Por favor, não responda.
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kenoby//Agenda//PT",
                    "METHOD:REQUEST"] + VTZ["America/Sao_Paulo"] + [
        "BEGIN:VEVENT", f"UID:{sha('c07uid', 32)}@kenoby.com", f"DTSTAMP:{ical_utc(sent)}",
        f"DTSTART;TZID=America/Sao_Paulo:{ical_local(o_start)}",
        f"DTEND;TZID=America/Sao_Paulo:{ical_local(o_end)}",
        f"SUMMARY:Entrevista com a gestora - {role} ({co})",
        f"ORGANIZER;CN={cam[0]}:mailto:{cam[1]}",
        attendee(pau[0], pau[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
        "LOCATION:https://meet.google.com/sfo-jmxa-qdp", "SEQUENCE:0", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    e1 = ats_eml("c07", sent, (co, "notificacoes@kenoby.com"),
                 f"[{co}] Convite para entrevista - {role}", text, ics=ics,
                 ics_name="entrevista.ics", mid_domain="kenoby.com")
    # WhatsApp chat pasted into an e-mail the owner sends to herself from her phone.
    w1 = T(2026, 10, 10, 10, 14, SP, "Saturday", -3)
    w2 = T(2026, 10, 10, 10, 31, SP, "Saturday", -3)
    w3 = T(2026, 10, 10, 10, 33, SP, "Saturday", -3)
    fwd = T(2026, 10, 10, 10, 41, SP, "Saturday", -3, s=9)

    def wa(dt, who, msg):
        return f"[{dt:%d/%m/%Y %H:%M}] {who}: {msg}"
    chat = "\n".join([
        wa(w1, "Camila Jabuticaba RH", "Oi Lívia, bom dia! Aqui é a Camila, da Jabuticaba 😊"),
        wa(w1, "Camila Jabuticaba RH", "A Paula teve um imprevisto na quarta de manhã e não vai "
           "conseguir fazer a entrevista com você. Podemos passar para quinta-feira (15/10) às "
           "16h30? Mesmo link do Meet e mesma duração (1h)"),
        wa(w2, "Lívia", "Oi Camila! Pode sim, quinta às 16h30 fica ótimo pra mim"),
        wa(w3, "Camila Jabuticaba RH", "Maravilha! Já atualizei com a Paula. Se o convite novo "
           "não chegar, considera esse horário, tá? 👍"),
    ])
    m2 = f"""Pra não perder: entrevista Jabuticaba remarcada.

{chat}

Enviado do meu iPhone
"""
    assert n_start.strftime("%d/%m") == "15/10"
    e2, _ = human_eml("c07b", fwd, OWN, [OWN], "Fwd: WhatsApp Camila (Jabuticaba) - remarcação",
                      m2, client="apple")
    files = [("01-kenoby-convite-entrevista.eml", e1), ("02-whatsapp-remarcacao.eml", e2)]
    lab = label([iv(co, role, n_start, n_end, "scheduled", [pau[1]], [pau[1]], "hiring_manager")],
                "hard", "positive/reschedule-whatsapp",
                "Kenoby invite for Wed 14 Oct 10:00; WhatsApp chat pasted into a note-to-self "
                "moves it to Thu 15/10 16:30, 'mesma duração (1h)'. No updated .ics arrives: the "
                "final time comes only from the chat text.")
    return files, lab


# --------------------------------------------------------------------------- 08 cancellation
@case(8, "google-entrevista-tecnica-cancelada")
def c08():
    co, dom = "Pitanga Fintech", "pitanga.example"
    jul = ("Juliana Prates", f"juliana.prates@{dom}")
    thi = ("Thiago Lemos", f"thiago.lemos@{dom}")
    role = "UX Researcher"
    start = T(2026, 10, 6, 15, 0, SP, "Tuesday", -3)
    end = T(2026, 10, 6, 16, 0, SP, "Tuesday", -3)
    t1 = T(2026, 9, 30, 17, 25, UTC, "Wednesday", s=9)
    t2 = T(2026, 10, 5, 11, 2, SP, "Monday", -3, s=44)
    t3 = T(2026, 10, 5, 14, 6, UTC, "Monday", s=31)
    uid = f"{sha('c08uid', 26)}@google.com"
    summary = f"Entrevista técnica - {role} | {co}"
    desc = (f"Oi Lívia, tudo bem? Essa é a entrevista técnica do processo para {role}. Você vai "
            f"conversar com o {thi[0]}, Staff Researcher, sobre métodos de pesquisa e um caso "
            f"prático que ele vai apresentar na hora.\n\nQualquer dúvida, fala comigo.\nJuliana "
            f"Prates - Recrutamento {co}")
    guests = [(jul[0], jul[1], "ACCEPTED"), (thi[0], thi[1], "ACCEPTED"),
              ("", OWNER, "NEEDS-ACTION")]
    ics_att = [(jul[0], jul[1], "ACCEPTED"), (thi[0], thi[1], "ACCEPTED"),
               (OWNER, OWNER, "NEEDS-ACTION")]
    e1 = google_invite_eml("c08a", "Convite", start, end, t1, jul, guests, summary, desc,
                           "gxe-pwrm-kta", uid, 0, ics_attendees=ics_att)
    m2 = f"""Oi Lívia, bom dia!

Infelizmente preciso te trazer uma notícia chata: a vaga de {role} foi congelada por uma revisão de orçamento da área, então vamos precisar cancelar a sua entrevista técnica com o Thiago de amanhã (terça, 06/10, às 15h).

Sinto muito mesmo, sei que você se preparou. Seu perfil ficou no nosso banco de talentos e, se a vaga for reaberta, eu mesma te procuro.

Vou cancelar o convite na agenda em seguida.

Um abraço,
Juliana Prates
Recrutamento | {co}
"""
    assert (t2 + timedelta(days=1)).date() == start.date()
    e2, _ = human_eml("c08b", t2, jul, [OWN], f"Sua entrevista técnica na {co}", m2,
                      cc_list=[thi])
    e3 = google_invite_eml("c08c", "Evento cancelado", start, end, t3, jul, guests, summary, "",
                           None, uid, 1, ics_attendees=ics_att, status="CANCELLED")
    deleted = {"kind": "calendar#event", "etag": "\"3521974" + str(int(sha("c08etag", 8), 16))[:9] + "\"",
               "id": uid.split("@")[0], "status": "cancelled"}
    files = [("01-convite-entrevista-tecnica.eml", e1), ("02-juliana-vaga-congelada.eml", e2),
             ("03-evento-cancelado.eml", e3),
             ("04-evento-removido.gcal.json",
              (json.dumps(deleted, indent=2, ensure_ascii=False) + "\n").encode())]
    lab = label([iv(co, role, start, end, "cancelled", [thi[1]], [thi[1]], "technical")],
                "medium", "positive/cancellation",
                "Google invite, recruiter e-mail 'vamos precisar cancelar', METHOD:CANCEL and a "
                "deleted Calendar API event: one interview, status cancelled at its last time "
                "(Tue 6 Oct 15:00 BRT). Interviewer = the Staff Researcher.")
    return files, lab


# --------------------------------------------------------------------------- 09 two interviews (Gupy)
@case(9, "gupy-duas-etapas-rh-e-tecnica")
def c09():
    co, dom = "Ipê Mobilidade", "ipemob.example"
    lar = ("Larissa Fontes", f"larissa.fontes@{dom}")
    igo = ("Igor Bastos", f"igor.bastos@{dom}")
    role = "UX Researcher Sênior - Mobilidade Urbana"
    a_s = T(2026, 10, 19, 11, 0, SP, "Monday", -3)
    a_e = T(2026, 10, 19, 11, 30, SP, "Monday", -3)
    b_s = T(2026, 10, 23, 14, 0, SP, "Friday", -3)
    b_e = T(2026, 10, 23, 15, 30, SP, "Friday", -3)
    t1 = T(2026, 10, 14, 18, 3, UTC, "Wednesday", s=27)
    t2 = T(2026, 10, 20, 12, 51, UTC, "Tuesday", s=8)
    m1 = f"""Olá, Lívia!

Sua entrevista foi agendada 🎉

Vaga: {role}
Etapa: Entrevista com RH
Quando: {wd_pt(a_s)}, {a_s:%d/%m/%Y}, das {hm_pt(a_s)} às {hm_pt(a_e)} (horário de Brasília)
Como: videochamada pelo Google Meet - https://meet.google.com/yrw-kcde-nau
Com quem: {lar[0]}, Analista de Atração de Talentos

É um bate-papo de 30 minutos para a gente se conhecer melhor. Se tiver qualquer imprevisto, escreva para {lar[1]}.

Até lá!
Time de Gente | {co}

Mensagem enviada automaticamente pela Gupy. Não responda a este e-mail.
"""
    e1 = ats_eml("c09a", t1, (f"{co} via Gupy", "no-reply@gupy.io"),
                 f"Entrevista com RH agendada - {co}", m1)
    m2 = f"""Olá, Lívia!

Parabéns! Você avançou para a próxima etapa do processo seletivo para {role}.

Etapa: Entrevista Técnica
Quando: {wd_pt(b_s)}, {b_s:%d/%m/%Y}, das {hm_pt(b_s)} às {hm_pt(b_e)} (horário de Brasília)
Como: Google Meet - https://meet.google.com/qpa-xwnt-vrs
Com quem: {igo[0]}, Lead de Pesquisa

Nessa conversa o Igor vai propor um estudo de caso sobre a jornada de quem usa bicicletas e patinetes compartilhados. Você terá 20 minutos para estruturar um plano de pesquisa e depois vão discutir juntos as escolhas de método.

O convite está em anexo.

Time de Gente | {co}

Mensagem enviada automaticamente pela Gupy. Não responda a este e-mail.
"""
    uid = f"gupy-interview-{sha('c09uid', 20)}@gupy.io"
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0",
                    "PRODID:-//Gupy//Agendamento de Entrevistas//PT-BR", "CALSCALE:GREGORIAN",
                    "METHOD:REQUEST"] + VTZ["America/Sao_Paulo"] + [
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ical_utc(t2)}",
        f"DTSTART;TZID=America/Sao_Paulo:{ical_local(b_s)}",
        f"DTEND;TZID=America/Sao_Paulo:{ical_local(b_e)}",
        f"SUMMARY:Entrevista Técnica - {role} | {co}",
        "LOCATION:https://meet.google.com/qpa-xwnt-vrs",
        f"ORGANIZER;CN={igo[0]}:mailto:{igo[1]}",
        attendee(igo[0], igo[1], "ACCEPTED", "CHAIR", rsvp=False),
        attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    e2 = ats_eml("c09b", t2, (f"{co} via Gupy", "no-reply@gupy.io"),
                 f"Você avançou de etapa! Entrevista Técnica - {co}", m2, ics=ics,
                 ics_name="entrevista-tecnica.ics")
    ev = {
        "kind": "calendar#event", "etag": "\"3522871" + str(int(sha("c09etag", 8), 16))[:9] + "\"",
        "id": "_" + sha("c09id", 26), "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + sha("c09eid", 40),
        "created": "2026-10-20T13:02:41.000Z", "updated": "2026-10-20T13:02:41.812Z",
        "summary": f"Entrevista Técnica - {role} | {co}",
        "location": "https://meet.google.com/qpa-xwnt-vrs",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": igo[1], "displayName": igo[0]},
        "start": {"dateTime": iso(b_s), "timeZone": "America/Sao_Paulo"},
        "end": {"dateTime": iso(b_e), "timeZone": "America/Sao_Paulo"},
        "iCalUID": uid, "sequence": 0,
        "attendees": [{"email": igo[1], "displayName": igo[0], "organizer": True,
                       "responseStatus": "accepted"},
                      {"email": OWNER, "displayName": OWNER_NAME, "self": True,
                       "responseStatus": "accepted"}],
        "guestsCanInviteOthers": False, "privateCopy": True,
        "reminders": {"useDefault": True}, "eventType": "default"}
    files = [("01-gupy-entrevista-rh.eml", e1), ("02-gupy-entrevista-tecnica.eml", e2),
             ("03-entrevista-tecnica.gcal.json",
              (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())]
    lab = label([
        iv(co, role, a_s, a_e, "scheduled", [lar[1]], [lar[1]], "phone_screen"),
        iv(co, role, b_s, b_e, "scheduled", [igo[1]], [igo[1]], "technical")],
        "medium", "positive/two-interviews",
        "Two stages at the same company: RH screen Mon 19 Oct (recruiter conducts, address in "
        "text) and technical case interview Fri 23 Oct announced by Gupy mail + .ics + the "
        "imported Calendar API event (one interview, not two).")
    return files, lab


# --------------------------------------------------------------------------- 10 gcal json, NY after US DST end
@case(10, "gcal-json-nyc-after-us-dst")
def c10():
    co, dom = "Lanternfish Health", "lanternfish.example"
    kel = ("Kelsey Brandt", f"kelsey.brandt@{dom}")
    oma = ("Omar Haddad", f"omar.haddad@{dom}")
    role = "UX Researcher, Care Navigation"
    start = T(2026, 11, 3, 9, 0, NY, "Tuesday", -5)
    end = T(2026, 11, 3, 9, 45, NY, "Tuesday", -5)
    s_sp, e_sp = start.astimezone(SP), end.astimezone(SP)
    assert s_sp.hour == 11
    assert T(2026, 10, 27, 9, 0, NY, "Tuesday", -4).astimezone(SP).hour == 10
    t1 = T(2026, 10, 27, 15, 20, NY, "Tuesday", -4, s=33)
    m1 = f"""Hi Lívia,

Thanks so much for your time on the recruiter screen last week - Omar Haddad, our Director of Research (and the hiring manager for the {role} role), would love to meet you.

I just sent a calendar invite for Tuesday, November 3 at 9:00-9:45am ET. One heads-up since you're in São Paulo: US clocks fall back this Sunday (Nov 1), so 9:00am ET on the 3rd will be 11:00am your time - an hour later than our call last week.

It's a conversation about your research background and how you'd approach care navigation research with our clinical partners. Let me know if the time doesn't work!

Best,
Kelsey

--
Kelsey Brandt (she/her)
Senior Recruiter, {co}
"""
    e1, _ = human_eml("c10a", t1, kel, [OWN], f"Next step: conversation with Omar ({co})", m1)
    ev = {
        "kind": "calendar#event", "etag": "\"3523490" + str(int(sha("c10etag", 8), 16))[:9] + "\"",
        "id": sha("c10id", 26), "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + sha("c10eid", 44),
        "created": "2026-10-27T19:18:02.000Z", "updated": "2026-10-27T19:24:47.391Z",
        "summary": f"Lívia Arantes <> Omar Haddad ({role})",
        "description": (f"Hiring manager interview with {oma[0]} (Director of Research) for the "
                        f"{role} role.\n9:00-9:45am ET / 11:00-11:45am São Paulo (after the US "
                        "time change on Nov 1).\n\nCoordinated by Kelsey Brandt."),
        "creator": {"email": kel[1], "displayName": kel[0]},
        "organizer": {"email": kel[1], "displayName": kel[0]},
        "start": {"dateTime": iso(s_sp), "timeZone": "America/New_York"},
        "end": {"dateTime": iso(e_sp), "timeZone": "America/New_York"},
        "iCalUID": sha("c10id", 26) + "@google.com", "sequence": 0,
        "attendees": [
            {"email": kel[1], "displayName": kel[0], "organizer": True,
             "responseStatus": "accepted", "optional": True},
            {"email": oma[1], "displayName": oma[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True,
             "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/wcu-nbhr-zet",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/wcu-nbhr-zet",
                             "label": "meet.google.com/wcu-nbhr-zet"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "wcu-nbhr-zet"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    files = [("01-kelsey-next-step.eml", e1),
             ("02-omar-interview.gcal.json",
              (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())]
    lab = label([iv(co, role, start, end, "scheduled", [oma[1]], [oma[1]], "hiring_manager")],
                "medium", "positive/gcal-json-us-dst",
                "Recruiter mail + Calendar API event (dateTime in the owner's -03:00, timeZone "
                "America/New_York). 9:00 EST on 3 Nov (US DST ended 1 Nov) = 11:00 BRT. The "
                "recruiter is an optional organizer who only coordinates.")
    return files, lab


# --------------------------------------------------------------------------- 11 onsite SP office, 3 Outlook .ics
@case(11, "presencial-paulista-tres-convites-outlook")
def c11():
    co, dom = "Sabiá Seguros", "sabiaseguros.example"
    pat = ("Patrícia Lins", f"patricia.lins@{dom}")
    hen = ("Henrique Tavares", f"henrique.tavares@{dom}")
    mri = ("Mariana Quintela", f"mariana.quintela@{dom}")
    vit = ("Vitor Amaral", f"vitor.amaral@{dom}")
    cla = ("Cláudia Reis", f"claudia.reis@{dom}")
    role = "Pesquisadora UX Sênior"
    d = (2026, 11, 4)
    s1 = (T(*d, 9, 30, SP, "Wednesday", -3), T(*d, 10, 30, SP, "Wednesday", -3))
    s2 = (T(*d, 10, 45, SP, "Wednesday", -3), T(*d, 11, 45, SP, "Wednesday", -3))
    s3 = (T(*d, 13, 30, SP, "Wednesday", -3), T(*d, 14, 15, SP, "Wednesday", -3))
    t1 = T(2026, 10, 28, 16, 40, SP, "Wednesday", -3, s=12)
    loc = "Sabiá Seguros - Av. Paulista, 1842, 14º andar - Bela Vista, São Paulo"
    m1 = f"""Oi Lívia, tudo bem?

Que bom que deu certo! Seguem os detalhes do seu dia de entrevistas presenciais para a vaga de {role}, na {wd_pt(s1[0])}, 4 de novembro, no nosso escritório da Av. Paulista (14º andar - é só se identificar na recepção com documento com foto).

09h30 às 10h30 - Estudo de caso de pesquisa, com {hen[0]} (Research Manager) e {mri[0]} (Pesquisadora Sênior)
10h45 às 11h45 - Conversa com Design e Produto, com {vit[0]} (Head de Produto)
11h45 às 13h30 - Almoço livre (tem várias opções na Alameda Santos, posso te indicar algumas)
13h30 às 14h15 - Conversa final com {cla[0]} (Diretora de Experiência do Cliente)

Vou te mandar um convite separado para cada conversa. Eu fico responsável pela agenda e vou te receber na chegada, mas não participo das entrevistas.

Qualquer coisa, me chama aqui ou no (11) 97221-3380.

Abraços,
Patrícia Lins
Talent Acquisition | {co}
"""
    e1, _ = human_eml("c11a", t1, pat, [OWN], f"Seu dia de entrevistas na {co} - 04/11", m1,
                      client="outlook")
    files = [("01-patricia-agenda-do-dia.eml", e1)]
    sessions = [("Estudo de caso de pesquisa", s1, [hen, mri]),
                ("Conversa com Design e Produto", s2, [vit]),
                ("Conversa final - Diretoria de Experiência do Cliente", s3, [cla])]
    for i, (title, (a, b), who) in enumerate(sessions, 2):
        stamp = t1 + timedelta(minutes=3 + i)
        desc = (f"Quando: {wd_pt(a)}, {a.day} de {MONTHS_PT[a.month-1]} de {a.year} "
                f"{hm24(a)}-{hm24(b)} (UTC-03:00) Brasília.\nOnde: {loc}\n\n"
                f"Entrevista presencial - {role}. Participantes: "
                + ", ".join(w[0] for w in who) + ".")
        ve = outlook_vevent(outlook_uid(f"c11-{i}"), 0, a, b, stamp,
                            "E. South America Standard Time", pat,
                            [(w[0], w[1], "ACCEPTED") for w in who]
                            + [(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                            f"Entrevista {co}: {title} (Lívia Arantes)", desc, loc)
        ics = outlook_ics("REQUEST", "E. South America Standard Time", ve)
        slug = ["estudo-de-caso", "design-e-produto", "conversa-final"][i - 2]
        files.append((f"0{i}-{slug}.ics", ics.encode("utf-8")))
    ivs = [hen[1], mri[1], vit[1], cla[1]]
    lab = label([iv(co, role, s1[0], s3[1], "scheduled", ivs, ivs, "onsite")],
                "medium", "positive/onsite-loop-ics",
                "In-person loop on one day sent as three standalone Outlook .ics (Windows TZID 'E. "
                "South America Standard Time') with a lunch break: ONE onsite 09:30-14:15 BRT with "
                "all four interviewers; the coordinator does not interview.")
    return files, lab


# --------------------------------------------------------------------------- 12 founder final chat, CET
@case(12, "founder-final-chat-amsterdam-cet")
def c12():
    co, dom = "Tidewell", "tidewell.example"
    jor = ("Joris van Dam", f"joris@{dom}")
    role = "Founding UX Researcher"
    opt_a = T(2026, 11, 4, 15, 0, AMS, "Wednesday", 1)
    start = T(2026, 11, 5, 14, 0, AMS, "Thursday", 1)
    end = T(2026, 11, 5, 14, 30, AMS, "Thursday", 1)
    assert start.astimezone(SP).hour == 10
    t1 = T(2026, 10, 30, 16, 40, AMS, "Friday", 1, s=18)
    t2 = T(2026, 10, 30, 13, 55, SP, "Friday", -3, s=2)
    t3 = T(2026, 10, 31, 9, 12, AMS, "Saturday", 1, s=45)
    subj = f"{co} - last conversation"
    m1 = f"""Hi Lívia,

Thanks for the great session with the team on Tuesday. Everyone came out of it energised.

The last step in our process is a 30-minute conversation with me - since the {role} would work directly with me for the first year, I'd like us to talk about how you'd set up research from scratch here and what you need from me. After that we'd put together an offer if it's a fit on both sides.

Would either of these work for you?
- Wednesday 4 Nov, 15:00 CET
- Thursday 5 Nov, 14:00 CET

Cheers,
Joris

Joris van Dam
Co-founder & CEO, {co}
Keizersgracht 241, Amsterdam
"""
    e1, mid1 = human_eml("c12a", t1, jor, [OWN], subj, m1, client="apple")
    m2 = f"""Hi Joris,

Thank you, I really enjoyed meeting the team too!

Thursday 5 Nov at 14:00 CET works great - that's 10:00 here in São Paulo.

Best,
Lívia

{gmail_attrib_en(t1, jor[0], jor[1])}
{quote_block(m1)}
"""
    e2, mid2 = human_eml("c12b", t2, OWN, [jor], "Re: " + subj, m2, in_reply_to=mid1,
                         references=[mid1])
    m3 = f"""Perfect - Thursday 14:00 CET / 10:00 BRT it is, 30 minutes. I'll send a Meet link the day before.

Have a good weekend,
Joris

> On 30 Oct 2026, at 17:55, Lívia Arantes <{OWNER}> wrote:
>
> Thursday 5 Nov at 14:00 CET works great - that's 10:00 here in São Paulo.
"""
    e3, _ = human_eml("c12c", t3, jor, [OWN], "Re: " + subj, m3, in_reply_to=mid2,
                      references=[mid1, mid2], client="apple")
    files = [("01-joris-last-conversation.eml", e1), ("02-livia-thursday.eml", e2),
             ("03-joris-confirmed.eml", e3)]
    lab = label([iv(co, role, start, end, "scheduled", [jor[1]], [jor[1]], "hiring_manager")],
                "medium", "positive/thread-founder-cet",
                "Founder/CEO final conversation proposed with two options; the owner picks the "
                "second; confirmed 'Thursday 14:00 CET / 10:00 BRT, 30 minutes'. Amsterdam is on "
                "CET (+01:00) after 25 Oct. Kind hiring_manager because the role reports to the "
                "CEO (could also be read as 'other').")
    return files, lab


# --------------------------------------------------------------------------- 13 pt-PT café virtual Lisboa
@case(13, "cafe-virtual-lisboa-etapa-final-pt-pt")
def c13():
    co, dom = "Cortiça Studio", "corticastudio.example"
    mar = ("Marta Sequeira", f"marta.sequeira@{dom}")
    ine = ("Inês Valadares", f"ines.valadares@{dom}")
    role = "UX Researcher"
    start = T(2026, 10, 29, 17, 0, LIS, "Thursday", 0)
    end = T(2026, 10, 29, 17, 45, LIS, "Thursday", 0)
    assert start.astimezone(SP).hour == 14
    t1 = T(2026, 10, 22, 10, 5, LIS, "Thursday", 1, s=51)
    t2 = T(2026, 10, 22, 9, 20, SP, "Thursday", -3, s=7)
    t3 = T(2026, 10, 22, 14, 2, LIS, "Thursday", 1, s=30)
    subj = f"{co} | Café virtual com a Inês"
    sig = f"""Marta Sequeira
People & Talent | {co}
Rua do Poço dos Negros 41, Lisboa"""
    m1 = f"""Olá Lívia, bom dia!

Obrigada pela disponibilidade ao longo do processo. A última etapa para a posição de {role} é um café virtual de 45 minutos com a Inês Valadares, Head of Design, que será a tua chefia direta. É uma conversa mais descontraída, mas faz parte da avaliação: a Inês quer perceber como trabalhas com designers e como comunicas resultados.

Propomos quinta-feira, dia 29, às 17h (hora de Lisboa), por Google Meet. Dá-te jeito?

Coloquei a Inês em cópia.

Com os melhores cumprimentos,
{sig}
"""
    e1, mid1 = human_eml("c13a", t1, mar, [OWN], subj, m1, cc_list=[ine], client="outlook")
    m2 = f"""Olá Marta, bom dia!

Dá certo sim, obrigada! Só para confirmar o fuso: vocês mudam a hora no domingo (25), então 17h em Lisboa serão 14h aqui no horário de Brasília, certo?

Abraços,
Lívia

{gmail_attrib_pt(t1, mar[0], mar[1])}
{quote_block(m1)}
"""
    e2, mid2 = human_eml("c13b", t2, OWN, [mar], "Re: " + subj, m2, cc_list=[ine],
                         in_reply_to=mid1, references=[mid1])
    m3 = f"""Olá Lívia,

Exatamente: quinta-feira, 29 de outubro, 17h00 em Lisboa / 14h00 em São Paulo. A Inês envia-te o link do Meet no próprio dia.

Até breve!
{sig}

De: Lívia Arantes <{OWNER}>
Enviada: quinta-feira, 22 de outubro de 2026 13:20
Para: Marta Sequeira <{mar[1]}>
Cc: Inês Valadares <{ine[1]}>
Assunto: RE: {subj}

Dá certo sim, obrigada! Só para confirmar o fuso: vocês mudam a hora no domingo (25), então 17h em Lisboa serão 14h aqui no horário de Brasília, certo?
"""
    e3, _ = human_eml("c13c", t3, mar, [OWN], "RE: " + subj, m3, cc_list=[ine],
                      in_reply_to=mid2, references=[mid1, mid2], client="outlook")
    files = [("01-marta-cafe-virtual.eml", e1), ("02-livia-confirma-fuso.eml", e2),
             ("03-marta-confirmado.eml", e3)]
    lab = label([iv(co, role, start, end, "scheduled", [ine[1]], [ine[1]], "hiring_manager")],
                "medium", "positive/coffee-chat-pt-pt-dst",
                "European-Portuguese thread: a 'café virtual' that is explicitly the last, "
                "evaluated step with the future manager. Proposed while Lisbon is on WEST, held "
                "after the 25 Oct change: 17:00 WET (+00:00) = 14:00 BRT, 45 min.")
    return files, lab


# =========================================================================== NEGATIVES
@case(14, "neg-sessoes-usabilidade-que-ela-conduz")
def c14():
    cli = "Mandacaru Seguros"
    joa = ("Joana Ribeiro", "joana.ribeiro.sp@mailbox.example")
    edu = ("Eduardo Pires", "edu.pires84@mailbox.example")
    s1 = T(2026, 10, 22, 10, 0, SP, "Thursday", -3)
    s2 = T(2026, 10, 23, 16, 0, SP, "Friday", -3)
    t1 = T(2026, 10, 19, 20, 11, UTC, "Monday", s=2)
    t2 = T(2026, 10, 20, 13, 44, SP, "Tuesday", -3, s=19)
    text = f"""Olá Lívia Arantes,

Um novo evento foi agendado.

Tipo de evento:
Entrevista de pesquisa - seguro auto (60 min)

Convidado:
{joa[0]}

E-mail do convidado:
{joa[1]}

Data/hora do evento:
{hm24(s1)} - {hm24(s1 + timedelta(hours=1))}, {wd_pt(s1)}, {s1.day} de {MONTHS_PT[s1.month-1]} de {s1.year} (Horário de Brasília)

Local:
Este é um evento do Google Meet. https://meet.google.com/bhq-ufsk-pwe

Perguntas:
Você concorda que a sessão seja gravada apenas para fins de pesquisa?
Sim
Qual seguradora você usa hoje?
Nenhuma, estou cotando

Ver evento no Calendly: https://calendly.com/events/{sha('c14ev', 36)}

Enviado a partir do Calendly
"""
    e1 = ats_eml("c14a", t1, ("Calendly", "notifications@calendly.com"),
                 f"Novo evento: {joa[0]} - {hm24(s1)} qui., 22 out. 2026 - Entrevista de pesquisa - seguro auto (60 min)",
                 text, mid_domain="calendly.com")
    # Participant accepts the owner's own invite (METHOD:REPLY back to the organizer = owner)
    uid = f"{sha('c14uid', 26)}@google.com"
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                    "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT",
                    f"DTSTART:{ical_utc(s2)}", f"DTEND:{ical_utc(s2 + timedelta(hours=1))}",
                    f"DTSTAMP:{ical_utc(t2)}", f"ORGANIZER;CN={OWNER_NAME}:mailto:{OWNER}",
                    f"UID:{uid}",
                    attendee(edu[0], edu[1], "ACCEPTED", rsvp=False, google=True),
                    f"SUMMARY:Teste de usabilidade - app {cli} - P04 (moderação: Lívia)",
                    "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT",
                    "END:VCALENDAR"])
    text2 = (f"{edu[0]} aceitou este convite.\n\nTeste de usabilidade - app {cli} - P04 "
             f"(moderação: Lívia)\n{google_pt_when(s2, s2 + timedelta(hours=1))}\n"
             "Horário Padrão de Brasília\n\nOrganizador\nLívia Arantes\n" + OWNER +
             "\n\nConvite do Google Agenda: https://calendar.google.com/calendar/\n")
    b_alt = gmail_boundary("c14balt")
    body = multi("alternative", b_alt, [
        leaf("text/plain", text2, "quoted-printable"),
        leaf("text/html", html_doc(text_to_html(text2)), "quoted-printable"),
        leaf("text/calendar", ics, "base64", 'charset="UTF-8"; method=REPLY')])
    e2 = message([
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f41.google.com", "209.85.220.41", t2, sha("c14mx", 12))),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{sha('c14m', 8)}-{sha('c14n', 4)}-{sha('c14o', 4)}-{sha('c14p', 4)}-{sha('c14q', 12)}@google.com>"),
        ("Date", rfc(t2)),
        ("Subject", f"Aceito: Teste de usabilidade - app {cli} - P04 (moderação: Lívia) @ "
                    f"{google_pt_subject_when(s2, s2 + timedelta(hours=1), 'BRT')} ({OWNER})"),
        ("From", addr(edu[0], edu[1])),
        ("To", OWNER),
    ], body)
    files = [("01-calendly-novo-evento-pesquisa.eml", e1), ("02-participante-aceitou.eml", e2)]
    lab = label([], "hard", "negative/user-is-interviewer",
                "The owner is the researcher/moderator: Calendly host notification for a research "
                "'entrevista' she runs and a participant accepting her own usability-test invite "
                "(she is ORGANIZER). Not a job interview for her.")
    return files, lab


@case(15, "neg-podcast-entrevista-gravacao")
def c15():
    die = ("Diego Amorim", "diego@pesquisanareal.example")
    start = T(2026, 10, 22, 19, 0, SP, "Thursday", -3)
    end = T(2026, 10, 22, 20, 0, SP, "Thursday", -3)
    t1 = T(2026, 10, 13, 21, 30, SP, "Tuesday", -3, s=40)
    t2 = T(2026, 10, 14, 14, 2, UTC, "Wednesday", s=17)
    m1 = f"""Oi Lívia!

Aqui é o Diego, do Pesquisa na Real - o podcast sobre pesquisa e UX que eu e a Bia fazemos há uns três anos. Vi sua palestra sobre pesquisa com motoristas de aplicativo e adoraríamos te entrevistar para o episódio #58, sobre pesquisa em contextos de baixa conectividade.

A gravação é remota (Riverside), leva uns 60 minutos e depois a gente edita. Pensamos em quinta-feira, 22/10, às 19h. Topa?

Valeu!
Diego Amorim
Pesquisa na Real - podcast
"""
    e1, _ = human_eml("c15a", t1, die, [OWN], "Convite: entrevista no podcast Pesquisa na Real", m1)
    summary = "Gravação - entrevista Pesquisa na Real #58 (Lívia Arantes)"
    desc = ("Gravação do episódio #58 do podcast Pesquisa na Real.\nEstúdio Riverside: "
            "https://riverside.fm/studio/pesquisa-na-real\nUse fone de ouvido, por favor!")
    guests = [(die[0], die[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")]
    e2 = google_invite_eml("c15b", "Convite", start, end, t2, die, guests, summary, desc, None,
                           f"{sha('c15uid', 26)}@google.com", 0,
                           ics_attendees=[(die[0], die[1], "ACCEPTED"),
                                          (OWNER, OWNER, "NEEDS-ACTION")])
    files = [("01-diego-convite-podcast.eml", e1), ("02-convite-gravacao.eml", e2)]
    lab = label([], "medium", "negative/podcast",
                "Podcast 'entrevista' with a Google Calendar invite: press/podcast interviews are "
                "not job interviews.")
    return files, lab


@case(16, "neg-inss-pericia-medica")
def c16():
    start = T(2026, 11, 10, 8, 40, SP, "Tuesday", -3)
    t1 = T(2026, 10, 26, 17, 3, UTC, "Monday", s=55)
    text = f"""Meu INSS

Prezado(a) segurado(a) LÍVIA ARANTES,

Seu agendamento foi realizado com sucesso.

Serviço: Perícia Médica - Auxílio por Incapacidade Temporária
Protocolo: 1{str(int(sha('c16p', 10), 16))[:9]}
Data: {start:%d/%m/%Y} ({wd_pt(start)})
Horário: {hm24(start)}
Local: Agência da Previdência Social São Paulo - Vila Mariana
Endereço: Rua Domingos de Morais, 1100 - Vila Mariana - São Paulo/SP

Compareça com 30 minutos de antecedência, levando documento oficial com foto, carteira de trabalho e todos os atestados, laudos e exames médicos que comprovem a incapacidade.

Durante a perícia, o perito médico fará uma entrevista sobre seu histórico de saúde e o exame clínico.

Para remarcar ou cancelar, acesse o Meu INSS ou ligue 135.

Esta é uma mensagem automática. Não responda.
"""
    e1 = ats_eml("c16a", t1, ("Meu INSS", "naoresponda@meuinss.example"),
                 "Meu INSS - Agendamento realizado: Perícia Médica", text,
                 mid_domain="meuinss.example", text_cte="base64", html_cte="base64")
    ev = {"kind": "calendar#event",
          "etag": "\"3523601" + str(int(sha("c16etag", 8), 16))[:9] + "\"",
          "id": sha("c16id", 26), "status": "confirmed",
          "htmlLink": "https://www.google.com/calendar/event?eid=" + sha("c16eid", 40),
          "created": "2026-10-26T17:10:12.000Z", "updated": "2026-10-26T17:10:12.455Z",
          "summary": "Perícia INSS - levar laudos + CTPS",
          "description": "Chegar 8h10. Levar laudo do ortopedista, ressonância e atestados.",
          "location": "APS Vila Mariana - Rua Domingos de Morais, 1100",
          "creator": {"email": OWNER, "self": True},
          "organizer": {"email": OWNER, "self": True},
          "start": {"dateTime": iso(start), "timeZone": "America/Sao_Paulo"},
          "end": {"dateTime": iso(start + timedelta(hours=1)), "timeZone": "America/Sao_Paulo"},
          "iCalUID": sha("c16id", 26) + "@google.com", "sequence": 0,
          "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 120}]},
          "eventType": "default"}
    files = [("01-meu-inss-agendamento.eml", e1),
             ("02-pericia.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())]
    lab = label([], "medium", "negative/medical-appointment",
                "INSS medical examination (perícia) booking that mentions an 'entrevista' with "
                "the doctor, plus the owner's own calendar reminder. Not a hiring process.")
    return files, lab


@case(17, "neg-banco-entrevista-credito-teams")
def c17():
    co, dom = "Banco Araucária", "bancoaraucaria.example"
    fab = ("Fábio Menezes", f"fabio.menezes@{dom}")
    start = T(2026, 11, 9, 10, 0, SP, "Monday", -3)
    end = T(2026, 11, 9, 10, 30, SP, "Monday", -3)
    sent = T(2026, 11, 3, 15, 12, SP, "Tuesday", -3, s=4)
    url, teams = teams_block("c17", "pt-BR")
    when = ("Quando: segunda-feira, 9 de novembro de 2026 10:00-10:30 (UTC-03:00) Brasília.")
    where = "Onde: Reunião do Microsoft Teams"
    body = f"""Prezada Lívia,

Conforme conversamos, agendei a entrevista de crédito referente à sua proposta de capital de giro para MEI (Lívia Arantes Pesquisa e Consultoria). Nessa conversa vou entender o fluxo de caixa da sua empresa, seus principais clientes e a finalidade dos recursos, para seguir com a análise da linha de crédito.

Por gentileza, tenha em mãos: extratos dos últimos 6 meses, DAS-MEI pagos em 2026 e a última declaração anual (DASN-SIMEI).

Atenciosamente,
Fábio Menezes
Gerente de Relacionamento PJ | {co}
Agência Pinheiros

{teams}
"""
    ve = outlook_vevent(outlook_uid("c17"), 0, start, end, sent,
                        "E. South America Standard Time", fab,
                        [(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                        "Entrevista de crédito - Capital de giro MEI (Lívia Arantes)",
                        f"{when}\n{where}\n\n{body}", "Reunião do Microsoft Teams", url)
    ics = outlook_ics("REQUEST", "E. South America Standard Time", ve)
    eml = outlook_invite_eml("c17", sent, fab, [OWN],
                             "Entrevista de crédito - Capital de giro MEI (Lívia Arantes)",
                             when, where, body, ics)
    files = [("01-convite-entrevista-credito.eml", eml)]
    lab = label([], "hard", "negative/bank-interview",
                "Bank manager's Teams invite titled 'Entrevista de crédito' for a credit line: a "
                "non-job interview.")
    return files, lab


@case(18, "neg-meetup-researchops-sp")
def c18():
    org = ("Camila Horta", "camila.horta@reops-sp.example")
    start = T(2026, 10, 27, 19, 0, SP, "Tuesday", -3)
    end = T(2026, 10, 27, 21, 30, SP, "Tuesday", -3)
    t1 = T(2026, 10, 16, 12, 41, UTC, "Friday", s=9)
    t2 = T(2026, 10, 26, 18, 0, SP, "Monday", -3, s=3)
    text = f"""Olá, Lívia!

Sua inscrição está confirmada.

Meetup ResearchOps SP #14 - Entrevistas em profundidade: recrutamento, roteiro e síntese
{wd_pt(start).capitalize()}, {start:%d/%m/%Y}, das {hm24(start)} às {hm24(end)}
Local: Cubo Coworking - Rua Fradique Coutinho, 1650, Pinheiros, São Paulo

Programação:
19h00 - Credenciamento e networking
19h30 - "Recrutando participantes para entrevistas em B2B" com Renan Souza
20h10 - Painel: "Do outro lado da mesa - o que recrutadores olham num portfólio de pesquisa"
21h00 - Encerramento

Ingresso: Gratuito - Pedido nº {str(int(sha('c18p', 10), 16))[:8]}
Titular: Lívia Arantes

Adicionamos o evento à sua agenda (arquivo .ics em anexo).

Sympla - Sua plataforma de eventos
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sympla//Eventos//PT-BR",
                    "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{sha('c18uid', 24)}@sympla.com.br",
                    f"DTSTAMP:{ical_utc(t1)}", f"DTSTART:{ical_utc(start)}",
                    f"DTEND:{ical_utc(end)}",
                    "SUMMARY:Meetup ResearchOps SP #14 - Entrevistas em profundidade",
                    "LOCATION:" + ics_escape("Cubo Coworking - Rua Fradique Coutinho, 1650, São Paulo"),
                    "ORGANIZER;CN=ResearchOps SP:mailto:contato@reops-sp.example",
                    "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    e1 = ats_eml("c18a", t1, ("Sympla", "naoresponda@sympla.com.br"),
                 "Inscrição confirmada: Meetup ResearchOps SP #14", text, ics=ics,
                 ics_name="evento.ics", ics_method="PUBLISH", mid_domain="sympla.com.br")
    m2 = f"""Oi, pessoal!

Lembrete: amanhã às 19h tem Meetup ResearchOps SP #14 no Cubo. Vamos falar de entrevistas em profundidade e, no painel, três recrutadoras vão contar como avaliam portfólios de pesquisa - tragam perguntas!

Quem não puder ir, vamos transmitir no YouTube.

Até amanhã,
Camila Horta
Organização ResearchOps SP
"""
    e2, _ = human_eml("c18b", t2, org, [("Participantes ResearchOps SP", "meetup@reops-sp.example")],
                      "Amanhã: Meetup ResearchOps SP #14", m2,
                      extra_headers=[("List-Id", "<meetup.reops-sp.example>"),
                                     ("Precedence", "list")])
    files = [("01-sympla-inscricao-confirmada.eml", e1), ("02-lembrete-organizacao.eml", e2)]
    lab = label([], "medium", "negative/meetup",
                "Community meetup about research interviews and portfolio reviews by recruiters, "
                "with a ticket .ics and a reminder 'amanhã às 19h'. No hiring process.")
    return files, lab


@case(19, "neg-gupy-escolha-horario-sem-agendamento")
def c19():
    co, dom = "Aroeira Agro", "aroeiraagro.example"
    t1 = T(2026, 10, 20, 19, 15, UTC, "Tuesday", s=29)
    d1 = T(2026, 10, 22, 10, 0, SP, "Thursday", -3)
    d2 = T(2026, 10, 23, 14, 0, SP, "Friday", -3)
    text = f"""Olá, Lívia!

Você foi selecionada para a etapa de Entrevista com a gestão da vaga Pesquisadora UX Pleno na {co}.

Agora é com você: escolha o melhor horário para a sua entrevista no link abaixo. Os horários disponíveis vão de {wd_pt(d1)} ({d1:%d/%m}) a {wd_pt(d2)} ({d2:%d/%m}), entre 9h e 17h (horário de Brasília).

Escolher horário: https://aroeiraagro.gupy.example/agendamento/{sha('c19tok', 32)}

Atenção: o link expira em 48 horas. Depois de escolher, você receberá um e-mail de confirmação com o convite.

Boa sorte!
Time de Gente e Gestão | {co}

Mensagem automática enviada pela Gupy. Não responda.
"""
    e1 = ats_eml("c19", t1, (f"{co} via Gupy", "no-reply@gupy.io"),
                 f"Agende sua entrevista - {co}", text)
    files = [("01-gupy-escolha-seu-horario.eml", e1)]
    lab = label([], "hard", "negative/availability-request",
                "Gupy self-scheduling request with a range of days and a link; no slot is ever "
                "booked or confirmed in the mailbox.")
    return files, lab


@case(20, "neg-greenhouse-rejeicao-apos-entrevista")
def c20():
    co, dom = "Figo Systems", "figosystems.example"
    rui = ("Rui Magalhães", f"rui.magalhaes@{dom}")
    t1 = T(2026, 10, 26, 11, 40, LIS, "Monday", 0, s=12)
    text = f"""Hi Lívia,

Thank you for interviewing with us on Tuesday, 20 October for the UX Researcher role, and for the time you put into the research case discussion. The team really enjoyed talking with you.

After careful consideration, we've decided to move forward with other candidates whose experience more closely matches what we need right now, especially in B2B developer tooling.

We'd be glad to keep your profile for future openings, and we'd love to interview you again when a role on the consumer side opens up.

Best wishes,
Rui Magalhães
Talent Partner, {co}
"""
    e1 = ats_eml("c20", t1, (co, "no-reply@greenhouse.io"),
                 f"Your application to {co}", text, reply_to=rui, mid_domain="greenhouse.io")
    assert T(2026, 10, 20, 12, 0, LIS, "Tuesday")
    files = [("01-greenhouse-update.eml", e1)]
    lab = label([], "medium", "negative/rejection",
                "Rejection that mentions a past interview date and 'interview you again'; no "
                "interview is scheduled or cancelled in the mailbox.")
    return files, lab


@case(21, "neg-mentoria-simulacao-entrevista-portfolio")
def c21():
    ren = ("Renan Farias", "renan.farias@mentoriaux.example")
    start = T(2026, 10, 24, 10, 0, SP, "Saturday", -3)
    end = T(2026, 10, 24, 11, 0, SP, "Saturday", -3)
    t1 = T(2026, 10, 19, 23, 5, UTC, "Monday", s=48)
    summary = "Mentoria: simulação de entrevista - apresentação de portfólio (Lívia)"
    desc = ("Oi Lívia! Como combinamos, vamos fazer uma simulação de entrevista: você apresenta "
            "o case do app de logística como se fosse a etapa de portfólio de uma empresa, eu "
            "faço o papel de banca e no final te dou feedback.\nSessão 3 de 4 do pacote de "
            "mentoria de carreira (já pago).\n\nRenan")
    guests = [(ren[0], ren[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")]
    e1 = google_invite_eml("c21", "Convite", start, end, t1, ren, guests, summary, desc,
                           "mfe-ywqa-zxo", f"{sha('c21uid', 26)}@google.com", 0,
                           ics_attendees=[(ren[0], ren[1], "ACCEPTED"),
                                          (OWNER, OWNER, "NEEDS-ACTION")])
    files = [("01-convite-mentoria-simulacao.eml", e1)]
    lab = label([], "hard", "negative/mock-interview",
                "Paid mentoring session role-playing a portfolio interview (Google invite). "
                "Mock/coaching sessions are not interviews.")
    return files, lab


@case(22, "neg-entrevista-em-video-gravada")
def c22():
    co = "Quaresmeira Tech"
    t1 = T(2026, 10, 26, 13, 9, UTC, "Monday", s=41)
    dl = T(2026, 10, 30, 23, 59, SP, "Friday", -3)
    text = f"""Olá, Lívia!

Você avançou para a etapa Entrevista em vídeo da vaga UX Researcher Sênior na {co}.

Nessa etapa você vai gravar respostas em vídeo para 3 perguntas. Não há entrevistador ao vivo: você terá 1 minuto para ler cada pergunta e até 3 minutos para gravar a resposta.

Prazo: até {wd_pt(dl)}, {dl:%d/%m/%Y}, às {hm24(dl).replace(':', 'h')} (horário de Brasília)
Acesse: https://quaresmeiratech.gupy.example/candidates/video-interview/{sha('c22tok', 28)}

Dicas: escolha um lugar silencioso e bem iluminado e teste sua câmera antes de começar.

Boa sorte!
Time de Talentos | {co}

Mensagem automática enviada pela Gupy. Não responda.
"""
    e1 = ats_eml("c22", t1, (f"{co} via Gupy", "no-reply@gupy.io"),
                 f"Próxima etapa: Entrevista em vídeo - {co}", text)
    files = [("01-gupy-entrevista-em-video.eml", e1)]
    lab = label([], "medium", "negative/one-way-video",
                "Asynchronous recorded video 'entrevista' with a deadline and no live "
                "interviewer: a one-way video assessment, not an interview.")
    return files, lab


# =========================================================================== main
def sanity():
    # weekday / DST facts the mail text relies on
    assert WEEKDAYS_EN[datetime(2026, 10, 25).weekday()] == "Sunday"  # EU clocks go back
    assert WEEKDAYS_EN[datetime(2026, 11, 1).weekday()] == "Sunday"   # US clocks go back
    assert T(2026, 10, 24, 12, 0, LIS).utcoffset() == timedelta(hours=1)
    assert T(2026, 10, 26, 12, 0, LIS).utcoffset() == timedelta(hours=0)
    assert T(2026, 10, 31, 12, 0, NY).utcoffset() == timedelta(hours=-4)
    assert T(2026, 11, 2, 12, 0, NY).utcoffset() == timedelta(hours=-5)
    assert T(2026, 10, 26, 12, 0, AMS).utcoffset() == timedelta(hours=1)
    assert T(2026, 1, 15, 12, 0, SP).utcoffset() == T(2026, 7, 15, 12, 0, SP).utcoffset()


def main():
    sanity()
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith(SET + "-"):
            shutil.rmtree(p)
    labels = {}
    for cid, fn in CASES:
        files, lab = fn()
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        names = [n for n, _ in files]
        assert names == sorted(names), cid
        for n, data in files:
            with open(os.path.join(d, n), "wb") as f:
                f.write(data)
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100)
    pos = sum(1 for l in labels.values() if l["interview"])
    n_iv = sum(len(l["interviews"]) for l in labels.values())
    n_c = sum(1 for l in labels.values() for i in l["interviews"] if i["status"] == "cancelled")
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, "
          f"{n_iv} interviews ({n_iv - n_c} scheduled, {n_c} cancelled)")


if __name__ == "__main__":
    main()
