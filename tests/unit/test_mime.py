from _detdata import item

from detector.mime import parse_message
from detector.model import SourceItem


def test_plain_headers_and_address_case() -> None:
    msg = parse_message(item("mailbox/01-screen.eml"))
    assert msg.subject == "Acme Widgets - Staff Data Engineer phone screen"
    assert msg.sender is not None and msg.sender.email == "rita@acmewidgets.example"
    assert msg.delivered_to == ("cand@example.org",)
    assert "phone screen" in msg.text and msg.message_id == "<screen-1@acmewidgets.example>"


def test_base64_calendar_part_with_windows_tzid() -> None:
    msg = parse_message(item("outlook-invite.eml"))
    assert len(msg.invites) == 1
    ev = msg.invites[0]
    assert ev.start is not None and ev.start.isoformat() == "2026-03-24T10:00:00-04:00"


def test_html_only_becomes_text_with_lines() -> None:
    msg = parse_message(item("mailbox/03-alert.eml"))
    assert "Your job alert" in msg.text and "\n" in msg.text and "<p>" not in msg.text


def test_rfc2047_subject_and_bad_calendar_part_reported() -> None:
    raw = (
        b"From: =?utf-8?q?J=C3=BCrgen?= <J@EXAMPLE.COM>\r\n"
        b"Subject: =?utf-8?b?SW50ZXJ2aWV3IMOc?=\r\n"
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n"
        b"\r\nhi\r\n"
        b"--x\r\nContent-Type: text/calendar\r\n\r\nBEGIN:VCALENDAR\r\nBROKEN\r\n--x--\r\n"
    )
    msg = parse_message(SourceItem("m", "rfc822", raw))
    assert msg.subject == "Interview Ü"
    assert (
        msg.sender is not None
        and msg.sender.email == "j@example.com"
        and msg.sender.name == "Jürgen"
    )
    assert msg.problems and msg.text == "hi"
