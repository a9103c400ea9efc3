"""The block scanner's line tests (what a line can start: a fence, a heading, a list item, a table…) and leaf blocks.

The state is markdown-it's (``sCount``, ``tShift``, ``bMarks``); :class:`~.scan._Scanner` builds the blocks
on these answers.  Split from :mod:`.scan` for size; the rules are documented there.
"""

from __future__ import annotations

import re

from markdown_it.common.utils import MD_TRIM_CHARS

MAX_LEVEL = 40
"""Token nesting level past which the document goes to markdown-it (its limit is 100; see ``tree.NESTING_LIMIT``)."""

_ORDERED = re.compile(r"[0-9]{1,9}([.)])(?= |$)")
_BULLET = re.compile(r"[*+-](?= |$)")
"""What :meth:`_Lines.marker` tests by hand (a line holds no line break); the oracle of its test."""
_HEADING = re.compile(r"#{1,6}(?= |$)")
_DELIM_ROW = re.compile(r"[|:-][ |:-]*$")
_HEADER_CELL = re.compile(r"^:?-+:?$")
_SPECIAL_FIRST = frozenset("|:-`~*_+#>0123456789")


class _Decline(Exception):
    pass


# ---------------------------------------------------------------------- what a line opens (indentation aside)


def fence_at(c: str, p: int) -> bool:
    """markdown-it's ``fence`` rule sees an opening fence at column *p* of *c* (its indentation test aside)."""
    if p + 3 > len(c):
        return False
    marker = c[p]
    if marker != "`" and marker != "~":
        return False
    rest = c[p:].lstrip(marker)
    if len(c) - p - len(rest) < 3:
        return False
    return not (marker == "`" and "`" in rest)


def hr_at(c: str, p: int) -> bool:
    """markdown-it's ``hr`` rule sees a thematic break at column *p* of *c* (its indentation test aside)."""
    if p >= len(c):
        return False
    marker = c[p]
    if marker != "*" and marker != "-" and marker != "_":
        return False
    if c[-1] != marker and c[-1] != " ":
        return False  # (the quick answer for most lines: a rule ends with its marker or a space)
    body = c[p:]
    if body.lstrip(marker + " "):
        return False
    return body.count(marker) >= 3


def marker_at(c: str, p: int):
    """The list marker at column *p* of *c*: (ordered, index after the marker, marker char, value) or None."""
    ch = c[p] if p < len(c) else ""
    if ch == "-" or ch == "*" or ch == "+":  # _BULLET without the regex: the marker, then a space or the end
        if p + 1 == len(c) or c[p + 1] == " ":
            return False, p + 1, ch, 0
    elif ch and ch in "0123456789":
        m = _ORDERED.match(c, p)
        if m is not None:
            return True, m.end(), m.group(1), int(c[p:m.end() - 1])
    return None


def opener(c: str, p: int):
    """What markdown-it's block rules open at column *p* (``< len(c)``) of line *c*, indentation tests aside.

    ``None`` for a line of text (a paragraph, or its continuation), else ``"fence"``, ``"quote"``, ``"hr"``,
    ``"heading"`` or, for a list item, :func:`marker_at`'s tuple; asked in the rules' order (a ``- - -`` is a
    rule, not an item).  Tables are not answered here: they depend on the next line.
    """
    ch = c[p]
    if ch not in _SPECIAL_FIRST:
        return None
    if ch == "*" or ch == "-" or ch == "_":  # (the commonest: ``**Owner:**`` and bullets, answered without calls)
        two = c[p + 1:p + 3]
        if two and two[0] != " " and (two[0] != ch or two[1:] not in (ch, " ", "")):
            return None  # "**Owner", "-x": not a rule (only markers and spaces) nor a bullet (a space after)
        last = c[-1]
        if (last == ch or last == " ") and hr_at(c, p):  # a rule ends with its marker or a space
            return "hr"
        if ch != "_" and (p + 1 == len(c) or c[p + 1] == " "):
            return False, p + 1, ch, 0  # marker_at's bullet
        return None
    if ch == "#":
        return "heading" if _HEADING.match(c, p) is not None else None
    if ch == "`" or ch == "~":
        return "fence" if fence_at(c, p) else None
    if ch == ">":
        return "quote"
    return marker_at(c, p)  # None for ":", "|" and a "+" or digit that starts no marker


def _escaped_split(text: str) -> list[str]:
    """markdown-it's ``escapedSplit``: split on ``|`` unless escaped (the escaping backslash is dropped)."""
    if "\\" not in text:
        return text.split("|")
    result: list[str] = []
    current = ""
    last = 0
    escaped = False
    for pos, ch in enumerate(text):
        if ch == "|":
            if not escaped:
                result.append(current + text[last:pos])
                current = ""
                last = pos + 1
            else:
                current += text[last:pos - 1]
                last = pos
        escaped = ch == "\\"
    result.append(current + text[last:])
    return result


class _Lines:
    """The scanner's state, its questions about single lines (markdown-it's line tests) and the leaf blocks
    (fences and tables: nothing nests in them)."""

    __slots__ = ("L", "ind", "sh", "bm", "n", "blk", "list_indent", "line", "level", "k", "open_end", "last", "marks")

    def __init__(self, lines: list[str], n: int, kinds) -> None:
        self.L = lines
        self.n = n
        self.last = n - 1
        ind = [0 if c[:1] != " " else len(c) - len(c.lstrip(" ")) for c in lines]
        self.ind = ind
        self.sh = list(ind)
        self.bm = [0] * len(lines)
        """Where each line starts for the block being read (after a quote's ``>``): markdown-it's ``bMarks``."""
        self.marks: list = [None] * len(lines)
        """Per line, the last :meth:`marker` asked: ``(start, answer)`` (a line is asked up to three times)."""
        self.blk = 0
        self.list_indent = -1
        self.line = 0
        self.level = 0
        self.k = kinds
        self.open_end = False
        """The text's last line (line ``n - 1`` as made; a quote lowers ``n`` for a while) has no line break after
        it (markdown-it's fence rule stops at its end)."""

    # ------------------------------------------------------------------ helpers

    def empty(self, i: int) -> bool:
        return self.bm[i] + self.sh[i] >= len(self.L[i])

    def get_lines(self, begin: int, end: int, indent: int) -> str:
        """markdown-it's ``getLines``: the lines less *indent* columns (at most their own) past their ``bMarks``."""
        L = self.L
        sh = self.sh
        bm = self.bm
        if indent == 0 and not any(bm[begin:end]):
            return "\n".join(L[begin:end])  # (a paragraph outside lists and quotes: the lines as they are)
        parts = []
        for i in range(begin, end):
            s = sh[i]
            parts.append(L[i][bm[i] + (indent if indent < s else s):])
        return "\n".join(parts)

    # ------------------------------------------------------------------ silent checks (terminators)

    def is_table(self, start: int, end: int) -> tuple[list[str], int] | None:
        if start + 2 > end:
            return None
        nxt = start + 1
        ind = self.ind
        if ind[nxt] < self.blk or ind[nxt] - self.blk >= 4:
            return None
        row = self.L[nxt]
        p = self.bm[nxt] + self.sh[nxt]
        if p >= len(row) or p + 1 >= len(row):
            return None
        first, second = row[p], row[p + 1]
        if first not in "|-:" or second not in "|-: ":
            return None
        if first == "-" and second == " ":
            return None
        if not _DELIM_ROW.match(row, p):
            return None
        columns = row[p:].split("|")
        aligns = 0
        last = len(columns) - 1
        for i, col in enumerate(columns):
            t = col.strip(MD_TRIM_CHARS)
            if not t:
                if i == 0 or i == last:
                    continue
                return None
            if not _HEADER_CELL.search(t):
                return None
            aligns += 1
        head = self.L[start][self.bm[start] + self.sh[start]:].strip(MD_TRIM_CHARS)
        if "|" not in head:
            return None
        if ind[start] - self.blk >= 4:
            return None
        cols = _escaped_split(head)
        if cols and cols[0] == "":
            cols.pop(0)
        if cols and cols[-1] == "":
            cols.pop()
        if not cols or len(cols) != aligns:
            return None
        return cols, aligns

    def is_fence(self, i: int) -> bool:
        return self.ind[i] - self.blk < 4 and fence_at(self.L[i], self.bm[i] + self.sh[i])

    def is_hr(self, i: int) -> bool:
        return self.ind[i] - self.blk < 4 and hr_at(self.L[i], self.bm[i] + self.sh[i])

    def is_heading(self, i: int) -> bool:
        if self.ind[i] - self.blk >= 4:
            return False
        return _HEADING.match(self.L[i], self.bm[i] + self.sh[i]) is not None

    def marker(self, i: int):
        """(ordered, index after the marker, marker char, value) or None: a function of the line and where it starts."""
        p = self.bm[i] + self.sh[i]
        known = self.marks[i]
        if known is not None and known[0] == p:
            return known[1]
        found = marker_at(self.L[i], p)
        self.marks[i] = (p, found)
        return found

    def is_list(self, i: int, parent: str) -> bool:
        ind = self.ind
        if ind[i] - self.blk >= 4:
            return False
        if self.list_indent >= 0 and ind[i] - self.list_indent >= 4 and ind[i] < self.blk:
            return False
        found = self.marker(i)
        if found is None:
            return False
        if parent == "paragraph" and ind[i] >= self.blk:
            ordered, after, _char, value = found
            if ordered and value != 1:
                return False
            if not self.L[i][after:].strip(" "):
                return False
        return True

    def is_quote(self, i: int) -> bool:
        if self.ind[i] - self.blk >= 4:
            return False
        c = self.L[i]
        p = self.bm[i] + self.sh[i]
        return p < len(c) and c[p] == ">"

    # ------------------------------------------------------------------ block rules

    def ends_quote(self, i: int, end: int) -> bool:
        """markdown-it's terminators of a quote's lazy lines (and of a table): fence, blockquote, hr, list, heading."""
        return self._terminates(i, "blockquote")

    def _terminates(self, i: int, mode: str) -> bool:
        """Fence, blockquote, hr, heading or (as *mode*, markdown-it's parent type) a list on line *i*.

        With a table (asked first), markdown-it's paragraph terminators: :meth:`~.scan._Scanner.paragraph`
        asks them inline."""
        ch = self.L[i][self.bm[i] + self.sh[i]]
        if ch not in _SPECIAL_FIRST:
            return False
        if ch == "`" or ch == "~":
            return self.is_fence(i)
        if ch == ">":
            return self.is_quote(i)
        if (ch == "*" or ch == "-" or ch == "_") and self.is_hr(i):
            return True
        if ch == "#":
            return self.is_heading(i)
        return self.is_list(i, mode)

    # ------------------------------------------------------------------ leaf blocks

    def fence(self, start: int, end: int) -> int:
        c = self.L[start]
        p = self.bm[start] + self.sh[start]
        marker = c[p]
        length = len(c) - p - len(c[p:].lstrip(marker))
        L = self.L
        sh = self.sh
        ind = self.ind
        blk = self.blk
        nxt = start
        while True:
            nxt += 1
            if nxt >= end:
                return nxt
            row = L[nxt]
            pos = self.bm[nxt] + sh[nxt]
            if pos < len(row) and ind[nxt] < blk:
                return nxt
            if pos >= len(row) and nxt == self.last and self.open_end:
                return nxt  # markdown-it reads past the source's end here (an IndexError it takes as the end)
            if pos >= len(row) or row[pos] != marker:
                continue
            if ind[nxt] - blk >= 4:
                continue
            rest = row[pos:].lstrip(marker)
            if len(row) - pos - len(rest) < length:
                continue
            if rest.strip(" "):
                continue
            return nxt + 1

    def table(self, start: int, end: int, columns: list[str], count: int):
        k = self.k
        header = [col.strip(MD_TRIM_CHARS).strip() for col in columns]
        rows = []
        L = self.L
        sh = self.sh
        nxt = start + 2
        autocompleted = 0
        while nxt < end:
            if self.ind[nxt] < self.blk:
                break
            if self.is_fence(nxt):
                break
            if self.is_quote(nxt):
                break
            if self.is_hr(nxt) or self.is_list(nxt, "table") or self.is_heading(nxt):
                break
            text = L[nxt][self.bm[nxt] + sh[nxt]:].strip(MD_TRIM_CHARS)
            if not text:
                break
            if self.ind[nxt] - self.blk >= 4:
                break
            cols = _escaped_split(text)
            if cols and cols[0] == "":
                cols.pop(0)
            if cols and cols[-1] == "":
                cols.pop()
            autocompleted += count - len(cols)
            if autocompleted > 0x10000:
                break
            cells = [cols[i].strip(MD_TRIM_CHARS).strip() if i < len(cols) else "" for i in range(count)]
            rows.append(k.Row(nxt, cells))
            nxt += 1
        self.line = nxt
        return k.Table(start, nxt, header, rows)
