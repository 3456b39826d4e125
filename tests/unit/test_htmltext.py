"""HTML bodies read like the plain part a mail client would have written."""

from __future__ import annotations

from detector.extract import new_text
from detector.htmltext import html_to_text


def test_inline_elements_stay_on_their_line() -> None:
    html = (
        '<div class="gmail_attr">On Mon, 6 Jul 2026 at 14:03, Ana Lima &lt;<a href="mailto:a@x.'
        'example">a@x.example</a>&gt; wrote:<br></div>'
    )
    assert html_to_text(html) == "On Mon, 6 Jul 2026 at 14:03, Ana Lima <a@x.example> wrote:"


def test_blockquote_becomes_quoted_lines_that_new_text_drops() -> None:
    html = (
        "<p>Can we start at <b>16h30</b> instead?</p>"
        '<div class="gmail_quote">Em seg., 6 de jul. de 2026 às 14:03, Ana escreveu:<br></div>'
        "<blockquote><p>Confirmed: Thursday 16h.</p><blockquote><p>Any time works.</p>"
        "</blockquote></blockquote>"
    )
    text = html_to_text(html)
    assert "> Confirmed: Thursday 16h." in text.splitlines()
    assert "> > Any time works." in text.splitlines()
    assert "Thursday 16h" not in new_text(text)
    assert "Can we start at 16h30 instead?" in new_text(text)


def test_a_table_row_is_one_line_and_paragraphs_break() -> None:
    html = (
        "<p>Your schedule:</p><table><tr><td>9:30 - 10:15 AM</td><td>Coding</td></tr>"
        "<tr><td>10:15 - 11:00 AM</td><td>Design</td></tr></table><p>See you!</p>"
    )
    assert html_to_text(html) == (
        "Your schedule:\n\n9:30 - 10:15 AM | Coding\n10:15 - 11:00 AM | Design\n\nSee you!"
    )


def test_a_label_and_its_value_read_as_a_field() -> None:
    html = "<table><tr><th>Interviewer(s)</th><td>Luis Carrasco (luis@x.example)</td></tr></table>"
    assert html_to_text(html) == "Interviewer(s): Luis Carrasco (luis@x.example)"


def test_a_layout_table_keeps_its_cells_on_their_own_lines() -> None:
    html = (
        "<table><tr><td><p>Hi Dana,</p><p>Your interview is confirmed.</p></td>"
        "<td>Logo</td></tr></table>"
    )
    assert html_to_text(html) == "Hi Dana,\n\nYour interview is confirmed.\n\nLogo"


def test_scripts_comments_and_source_newlines_are_not_text() -> None:
    html = "<style>p{}</style><p>Tuesday\n   at   2pm<!-- note --></p><script>x=1</script>"
    assert html_to_text(html) == "Tuesday at 2pm"


def test_absurd_nesting_still_gives_text() -> None:
    html = "<div>" * 3000 + "deep text" + "</div>" * 3000
    assert "deep text" in html_to_text(html)


def test_deeply_nested_layout_tables_render_in_linear_time() -> None:
    import time

    html = "<table><tr><td>x</td><td>" * 40 + "deep" + "</td></tr></table>" * 40
    began = time.perf_counter()
    assert "deep" in html_to_text(html)
    assert time.perf_counter() - began < 2.0  # exponential re-rendering took minutes
