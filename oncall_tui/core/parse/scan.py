"""A hand-written block scanner: the section tree of :mod:`.tree` without markdown-it's block pass.

It follows markdown-it-py's own block rules (``commonmark`` preset with
tables, ``html`` off) line for line — the same order of rules, the same
"can this line interrupt a paragraph / list / table / quote" checks, the
same indentation arithmetic (``sCount``, ``tShift``, ``bMarks``, the lazy
lines' ``-1``) and line maps — for the constructs case files are made of:
ATX and setext headings, paragraphs with lazy continuation, bullet and
ordered lists (``.`` and ``)``, nesting, empty items), GFM tables, fenced
and indented code, thematic breaks and block quotes.

Anything else makes :func:`scan` return ``None`` and the caller hands the
whole document to markdown-it: link reference definitions (any ``]:`` in
the text), tabs, NUL characters and nesting deeper than :data:`MAX_LEVEL`.
markdown-it is also the oracle: ``tests/core/test_block_scanner.py``
asserts both give the same tree.

This module imports nothing from :mod:`.tree` (which calls it); the node
classes are passed in.
"""

from __future__ import annotations

import re

from markdown_it.common.utils import MD_TRIM_CHARS

MAX_LEVEL = 40
"""Token nesting level past which the document goes to markdown-it (its limit is 100; see ``tree.NESTING_LIMIT``)."""

_ORDERED = re.compile(r"[0-9]{1,9}([.)])(?= |$)")
_BULLET = re.compile(r"[*+-](?= |$)")
_HEADING = re.compile(r"#{1,6}(?= |$)")
_DELIM_ROW = re.compile(r"[|:-][ |:-]*$")
_HEADER_CELL = re.compile(r"^:?-+:?$")
_SPECIAL_FIRST = frozenset("|:-`~*_+#>0123456789")


class _Decline(Exception):
    pass


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


class _Scanner:
    __slots__ = ("L", "ind", "sh", "bm", "n", "blk", "list_indent", "line", "level", "k", "open_end", "last")

    def __init__(self, lines: list[str], n: int, kinds) -> None:
        self.L = lines
        self.n = n
        self.last = n - 1
        ind = [len(c) - len(c.lstrip(" ")) for c in lines]
        self.ind = ind
        self.sh = list(ind)
        self.bm = [0] * len(lines)
        """Where each line starts for the block being read (after a quote's ``>``): markdown-it's ``bMarks``."""
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

    def skip_empty(self, i: int) -> int:
        n = self.n
        L = self.L
        sh = self.sh
        bm = self.bm
        while i < n and bm[i] + sh[i] >= len(L[i]):
            i += 1
        return i

    def get_lines(self, begin: int, end: int, indent: int) -> str:
        L = self.L
        sh = self.sh
        bm = self.bm
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
        if self.ind[i] - self.blk >= 4:
            return False
        c = self.L[i]
        p = self.bm[i] + self.sh[i]
        if p + 3 > len(c):
            return False
        marker = c[p]
        if marker != "`" and marker != "~":
            return False
        rest = c[p:].lstrip(marker)
        if len(c) - p - len(rest) < 3:
            return False
        return not (marker == "`" and "`" in rest)

    def is_hr(self, i: int) -> bool:
        if self.ind[i] - self.blk >= 4:
            return False
        c = self.L[i]
        p = self.bm[i] + self.sh[i]
        if p >= len(c):
            return False
        marker = c[p]
        if marker != "*" and marker != "-" and marker != "_":
            return False
        body = c[p:]
        if body.lstrip(marker + " "):
            return False
        return body.count(marker) >= 3

    def is_heading(self, i: int) -> bool:
        if self.ind[i] - self.blk >= 4:
            return False
        return _HEADING.match(self.L[i], self.bm[i] + self.sh[i]) is not None

    def marker(self, i: int):
        """(ordered, index after the marker, marker char, value) or None."""
        c = self.L[i]
        p = self.bm[i] + self.sh[i]
        m = _ORDERED.match(c, p)
        if m is not None:
            return True, m.end(), m.group(1), int(c[p:m.end() - 1])
        m = _BULLET.match(c, p)
        if m is not None:
            return False, m.end(), c[p], 0
        return None

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

    def ends_paragraph(self, i: int, end: int) -> bool:
        """markdown-it's paragraph terminators (table, fence, blockquote, hr, list, heading) on line *i*."""
        if "|" in self.L[i] and self.is_table(i, end) is not None:
            return True
        return self._terminates(i, "paragraph")

    # ------------------------------------------------------------------ block rules

    def tokenize(self, line: int, end: int, out: list, top: bool) -> None:
        while line < end:
            line = self.skip_empty(line)
            self.line = line
            if line >= end:
                break
            if self.ind[line] < self.blk:
                break
            if self.level >= MAX_LEVEL:
                raise _Decline
            self.block(line, end, out, top)
            line = self.line
            if line < end and self.empty(line):
                line += 1
                self.line = line

    def block(self, line: int, end: int, out: list, top: bool) -> None:
        """One block at *line*: markdown-it's rules in its order (each needs its own first character)."""
        k = self.k
        ind = self.ind
        blk = self.blk
        if ind[line] - blk >= 4:
            last = nxt = line + 1
            while nxt < end:
                if self.empty(nxt):
                    nxt += 1
                elif ind[nxt] - blk >= 4:
                    nxt += 1
                    last = nxt
                else:
                    break
            self.line = last
            out.append(k.Opaque(line, last, "code_block"))
            return
        c = self.L[line]
        p = self.bm[line] + self.sh[line]
        ch = c[p]
        if "|" in c:
            found = self.is_table(line, end)
            if found is not None:
                out.append(self.table(line, end, *found))
                return
        if ch in _SPECIAL_FIRST:
            if (ch == "`" or ch == "~") and self.is_fence(line):
                self.line = self.fence(line, end)
                out.append(k.Opaque(line, self.line, "fence"))
                return
            if ch == ">":
                self.quote(line, end, out)
                return
            if (ch == "*" or ch == "-" or ch == "_") and self.is_hr(line):
                self.line = line + 1
                out.append(k.Opaque(line, line + 1, "hr"))
                return
            if ch in "*-+0123456789" and self.is_list(line, "root"):
                out.append(self.list_block(line, end))
                return
            if ch == "#" and self.is_heading(line):
                level = len(c) - p - len(c[p:].lstrip("#"))
                body = c[p + level:].rstrip(" ")
                tail = body.rstrip("#")
                if tail and tail[-1] == " ":
                    body = tail
                self.line = line + 1
                self.heading(out, top, level, body.strip(MD_TRIM_CHARS), line, line + 1, False)
                return
        self.paragraph(line, end, out, top)

    def ends_quote(self, i: int, end: int) -> bool:
        """markdown-it's terminators of a quote's lazy lines (and of a table): fence, blockquote, hr, list, heading."""
        return self._terminates(i, "blockquote")

    def _terminates(self, i: int, mode: str) -> bool:
        """Fence, blockquote, hr, heading or (as *mode*, markdown-it's parent type) a list on line *i*."""
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

    def quote_line(self, i: int, pos: int, saved: list) -> bool:
        """Take the ``>`` at *pos* off line *i* (markdown-it's bMarks, sCount, tShift); True when nothing follows."""
        L = self.L
        c = L[i]
        pos += 1
        initial = offset = self.ind[i] + 1
        if pos < len(c) and c[pos] == " ":
            pos += 1
            initial += 1
            offset += 1
        saved.append((i, self.bm[i], self.sh[i], self.ind[i]))
        self.bm[i] = pos
        rest = len(c) - len(c[pos:].lstrip(" ")) if pos < len(c) else pos
        offset += rest - pos
        self.ind[i] = offset - initial
        self.sh[i] = rest - pos
        return rest >= len(c)

    def quote(self, start: int, end: int, out: list) -> None:
        """markdown-it's ``blockquote`` rule (no tabs: those documents are handed back)."""
        L = self.L
        bm = self.bm
        sh = self.sh
        ind = self.ind
        saved: list = []
        last_empty = self.quote_line(start, bm[start] + sh[start], saved)
        old_max = self.n
        nxt = start + 1
        while nxt < end:
            outdented = ind[nxt] < self.blk
            c = L[nxt]
            pos = bm[nxt] + sh[nxt]
            if pos >= len(c):
                break
            if c[pos] == ">" and not outdented:
                last_empty = self.quote_line(nxt, pos, saved)
                nxt += 1
                continue
            if last_empty:
                break
            if self.ends_quote(nxt, end):
                self.n = nxt
                if self.blk != 0:
                    saved.append((nxt, bm[nxt], sh[nxt], ind[nxt]))
                    ind[nxt] -= self.blk
                break
            saved.append((nxt, bm[nxt], sh[nxt], ind[nxt]))
            ind[nxt] = -1
            nxt += 1
        old_blk = self.blk
        self.blk = 0
        children: list = []
        self.level += 1
        self.tokenize(start, nxt, children, False)
        self.level -= 1
        self.n = old_max
        stop = self.line
        for i, b, s, d in saved:
            bm[i] = b
            sh[i] = s
            ind[i] = d
        self.blk = old_blk
        out.append(self.k.Quote(start, stop, children))

    def heading(self, out: list, top: bool, level: int, content: str, start: int, stop: int, setext: bool) -> None:
        if top:
            out.append((level, content, start, stop, setext))
        else:
            out.append(self.k.Opaque(start, stop, "heading_open"))

    def paragraph(self, start: int, end: int, out: list, top: bool) -> None:
        nxt = start + 1
        blk = self.blk
        ind = self.ind
        L = self.L
        sh = self.sh
        bm = self.bm
        level = 0
        while nxt < end:
            if bm[nxt] + sh[nxt] >= len(L[nxt]):
                break
            if ind[nxt] - blk > 3:
                nxt += 1
                continue
            if ind[nxt] >= blk:
                c = L[nxt]
                p = bm[nxt] + sh[nxt]
                marker = c[p]
                if (marker == "-" or marker == "=") and not c[p:].lstrip(marker).strip(" "):
                    level = 1 if marker == "=" else 2
                    break
            if ind[nxt] < 0:
                nxt += 1  # a quote's lazy line (markdown-it's sCount -1)
                continue
            if self.ends_paragraph(nxt, end):
                break
            nxt += 1
        content = self.get_lines(start, nxt, blk).strip(MD_TRIM_CHARS)
        if level:
            self.line = nxt + 1
            self.heading(out, top, level, content, start, nxt + 1, True)
        else:
            self.line = nxt
            out.append(self.k.Para(start, nxt, content))

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

    def list_block(self, start: int, end: int):
        k = self.k
        ordered, after, char, _value = self.marker(start)
        block = k.ListBlock(start, 0, ordered)
        nxt = start
        L = self.L
        ind = self.ind
        sh = self.sh
        bm = self.bm
        self.level += 1
        while nxt < end:
            item_start = start
            c = L[nxt]
            initial = ind[nxt] + after - bm[nxt] - sh[nxt]
            content = len(c) - len(c[after:].lstrip(" ")) if after < len(c) else after
            spaces = content - after
            indent_after = 1 if content >= len(c) else spaces
            if indent_after > 4:
                indent_after = 1
            indent = initial + indent_after
            old_sh = sh[start]
            old_ind = ind[start]
            old_list_indent = self.list_indent
            self.list_indent = self.blk
            self.blk = indent
            sh[start] = content - bm[start]
            ind[start] = initial + spaces
            self.level += 1
            children: list = []
            if content >= len(c) and self.empty(start + 1):
                self.line = min(self.line + 2, end)
            else:
                self.tokenize(start, end, children, False)
            self.level -= 1
            self.blk = self.list_indent
            self.list_indent = old_list_indent
            sh[start] = old_sh
            ind[start] = old_ind
            nxt = start = self.line
            if children and isinstance(children[0], k.Para):
                block.items.append(k.Item(item_start, nxt, children[0], children[1:]))
            else:
                block.items.append(k.Item(item_start, nxt, None, children))
            if nxt >= end:
                break
            if ind[nxt] < self.blk:
                break
            if ind[nxt] - self.blk >= 4:
                break
            if bm[nxt] + sh[nxt] >= len(L[nxt]):
                break  # an empty line after an empty item: no rule and no marker matches it
            ch = L[nxt][bm[nxt] + sh[nxt]]
            if ch == "`" or ch == "~" or ch == "_":
                if self.is_fence(nxt) or self.is_hr(nxt):
                    break
            elif ch == ">":
                break  # a quote ends the list
            elif ch == "-" or ch == "*":
                if self.is_hr(nxt):
                    break
            found = self.marker(nxt)
            if found is None or found[0] != ordered or found[2] != char:
                break
            after = found[1]
        self.level -= 1
        block.end = nxt
        self.line = nxt
        return block


def scan(normal: str, kinds):
    """The root section of *normal* (text with ``\\n`` line ends), or ``None`` when markdown-it must read it.

    *kinds* is :mod:`oncall_tui.core.parse.tree` (its node classes); the
    result is what ``tree.build`` returns: ``(root, lines)``.
    """
    if "\t" in normal or "\x00" in normal or "]:" in normal:
        return None
    lines = normal.split("\n")
    n = len(lines)
    if not lines[-1].strip(" "):
        n -= 1  # markdown-it reads no last line of spaces (or empty) after the last line break
    scanner = _Scanner(lines[:n] + [""], n, kinds)
    scanner.open_end = n == len(lines)
    events: list = []
    try:
        scanner.tokenize(0, n, events, True)
    except _Decline:
        return None
    except (IndexError, RecursionError):
        return None
    Section = kinds.Section
    root = Section(level=0, title="", line=0, end=len(lines))
    current = root
    total = len(lines)
    for event in events:
        if type(event) is tuple:
            level, content, start, _stop, setext = event
            while current.level >= level and current.parent is not None:
                current.end = start
                current = current.parent
            section = Section(level, content.strip(), start, total, setext, parent=current)
            current.children.append(section)
            current = section
        else:
            current.blocks.append(event)
    return root, lines
