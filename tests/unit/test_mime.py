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


def _msg(head: bytes, body: bytes = b"hi\r\n") -> bytes:
    return head + b"\r\n" + body


def test_comment_beside_an_angle_address_is_not_part_of_the_name() -> None:
    raw = _msg(
        b"From: Amara Osei (via Lever) <no-reply@hire.lever.example>\r\n"
        b'Cc: "Lee, Sam (Recruiter)" <sam@x.example>, Room 4 (8) <room4@x.example>\r\n'
        b"Reply-To: amara@x.example (Amara Osei)\r\n"
    )
    msg = parse_message(SourceItem("m", "rfc822", raw))
    assert msg.sender is not None and msg.sender.name == "Amara Osei"
    # a quoted name keeps its parentheses and comma; an old-style trailing comment is the name
    assert [p.name for p in msg.cc] == ["Lee, Sam (Recruiter)", "Room 4"]
    assert [(p.name, p.email) for p in msg.reply_to] == [("Amara Osei", "amara@x.example")]


def test_encoded_name_holding_a_comma_stays_one_address() -> None:
    raw = _msg(b"To: =?utf-8?q?Dupont=2C_Jo=C3=ABl?= <joel@x.example>, b@x.example\r\n")
    msg = parse_message(SourceItem("m", "rfc822", raw))
    # one address, and the directory's "Last, First" read in order
    assert [(p.name, p.email) for p in msg.to] == [
        ("Joël Dupont", "joel@x.example"),
        ("", "b@x.example"),
    ]


def test_raw_utf8_headers_and_unknown_charset_words_are_read() -> None:
    raw = _msg(
        "From: Jöhn Doe <jdoe@mächine.example>\r\n".encode()
        + b"Subject: =?NONE?B?VEVTVA==?= and =?utf-8?q?caf=C3=A9?=\r\n"
    )
    msg = parse_message(SourceItem("m", "rfc822", raw))
    assert msg.sender is not None and msg.sender.name == "Jöhn Doe"
    assert msg.sender.email == "jdoe@mächine.example"
    assert msg.subject == "TEST and café"


def test_folded_boundary_and_encoded_attachment_name() -> None:
    raw = (
        b'Content-Type: multipart/mixed; boundary="foo\r\n bar"\r\n\r\n'
        b"--foo bar\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nR\xe9union\r\n"
        b"--foo bar\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;"
        b' filename="=?utf-8?b?Q1YgSm/Dq2wucGRm?="\r\n\r\nJVBERg==\r\n--foo bar--\r\n'
    )
    msg = parse_message(SourceItem("m", "rfc822", raw))
    assert msg.text == "Réunion"
    assert msg.attachment_names == ("CV Joël.pdf",)


def test_unparseable_address_header_keeps_bare_addresses_and_says_so() -> None:
    deep = b"To: " + b"g:" * 5000 + b"test@test.example;\r\n"
    msg = parse_message(SourceItem("m", "rfc822", _msg(deep)))
    assert [p.email for p in msg.to] == ["test@test.example"]
    assert any("header To not parsed" in p for p in msg.problems)
