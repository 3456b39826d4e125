"""HTML mail body -> plain text that reads like the plain part a mail client would have sent.

beautifulsoup4 parses; the walk over its tree is ours, because ``get_text`` knows no layout: it
either glues every string together or breaks the line at every tag, so a Gmail attribution
``On Mon, X <<a>x@y</a>> wrote:`` became three lines and no longer read as a quote header. Here
inline elements stay inline, block elements, table cells and ``<br>`` end lines, and a
``<blockquote>`` (how Gmail, Apple Mail and Thunderbird quote in HTML) comes out as ``> `` lines,
which the rest of the detector already reads as quoted text. inscriptis lays text out well but
drops the quote marks; html2text writes Markdown (escapes, link syntax) and is GPL.
"""

from __future__ import annotations

import re
from typing import Any

# Elements that end a line, and those that also end a paragraph (a blank line after them).
_LINE = frozenset(
    {"address", "article", "aside", "center", "dd", "details", "div", "dl", "dt", "fieldset"}
    | {"figcaption", "figure", "footer", "form", "header", "li", "main", "nav", "section"}
    | {"summary", "tbody", "thead", "tfoot", "tr", "caption", "td", "th"}
)
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol", "ul", "table"})
_LINE_MARK, _PARAGRAPH_MARK = "\x00", "\x01"
_BREAKS = re.compile("[ \t]*[\x00\x01][\x00\x01 \t]*")
_CELL_LAYOUT = sorted((_LINE | _PARAGRAPH | {"br", "blockquote", "pre"}) - {"td", "th"})
_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript"})
_SPACES = re.compile(r"\s+")
_ALT_WORDS = 6  # an image's alt text this long is content, not a label
_MAX_CHARS = 200_000  # a pathological HTML part costs at most this much parse time


def html_to_text(html: str) -> str:
    """HTML -> readable text: block elements end lines, quotes become ``> `` lines."""
    from bs4 import BeautifulSoup  # imported lazily: most messages never need it

    try:
        soup = BeautifulSoup(html[:_MAX_CHARS], "html.parser")
        out: list[str] = []
        _render(soup, out)
        return _finish(out)
    except RecursionError:  # absurdly deep nesting: fall back to one line per string
        text = BeautifulSoup(html[:_MAX_CHARS], "html.parser").get_text("\n")
    except Exception:  # bs4 copes with almost anything; fall back to stripping tags
        text = re.sub(r"<[^>]+>", "\n", html)
    return _tidy(text)


def _render(node: Any, out: list[str]) -> None:
    from bs4.element import NavigableString, Tag

    for child in node.children:
        if isinstance(child, Tag):
            name = child.name
            if name in _SKIP:
                continue
            if name == "br":
                out.append("\n")
            elif name == "img":
                # an image that carries the message: its alt text is what a reader with images
                # blocked sees ("Interview confirmed. Samira, your video interview ... is on
                # Tuesday"); short alts ("logo", "Facebook") are decoration
                alt = _SPACES.sub(" ", str(child.get("alt") or "")).strip()
                if len(alt.split()) >= _ALT_WORDS:
                    out.append(_PARAGRAPH_MARK + alt + _PARAGRAPH_MARK)
            elif name == "blockquote":
                inner: list[str] = []
                _render(child, inner)
                quoted = _finish(inner)
                lines = "\n".join(f"> {ln}".rstrip() for ln in quoted.split("\n"))
                out.append(_PARAGRAPH_MARK + lines + _PARAGRAPH_MARK)
            elif name == "tr" and (row := _row_line(child)) is not None:
                out.append(_LINE_MARK + row + _LINE_MARK)
            elif name == "pre":
                out.append(_PARAGRAPH_MARK + child.get_text() + _PARAGRAPH_MARK)
            elif name in _LINE or name in _PARAGRAPH:
                mark = _PARAGRAPH_MARK if name in _PARAGRAPH else _LINE_MARK
                out.append(mark)
                _render(child, out)
                out.append(mark)
            else:
                _render(child, out)
        elif type(child) is NavigableString:  # comments, CDATA and doctypes are not text
            out.append(_SPACES.sub(" ", str(child)))


def _row_line(tr: Any) -> str | None:
    """A table row of plain cells as one line, the way its reader sees it: "When: Tue 2pm" for
    a label and its value, "4 | Sneha Patil | 2:30 PM" for a row of a list. ``None`` when a
    cell holds a layout of its own (a nested table, paragraphs): those rows keep their lines.
    """
    cells: list[str] = []
    tds = tr.find_all(["td", "th"], recursive=False)
    # looked up before rendering anything: a layout table nests tables in its cells, and
    # rendering each level twice would cost exponential time in the nesting depth
    if len(tds) < 2 or any(td.find(_CELL_LAYOUT) is not None for td in tds):
        return None
    for td in tds:
        inner: list[str] = []
        _render(td, inner)
        text = _finish(inner)
        if "\n" in text:
            return None
        if text:
            cells.append(text)
    if len(cells) < 2:
        return None
    label = cells[0]
    if len(cells) == 2 and len(label) <= 30 and not re.search(r"\d", label):
        return f"{label} {cells[1]}" if label.endswith(":") else f"{label}: {cells[1]}"
    return " | ".join(cells)


def _finish(parts: list[str]) -> str:
    """Rendered pieces -> text: the block marks become line or paragraph breaks."""
    return _tidy(_BREAKS.sub(_break, "".join(parts)))


def _break(m: re.Match[str]) -> str:
    """Adjacent block ends make one break: a paragraph's if any of them ends a paragraph."""
    return "\n\n" if _PARAGRAPH_MARK in m.group() else "\n"


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t\xa0]+", " ", ln).strip() for ln in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
