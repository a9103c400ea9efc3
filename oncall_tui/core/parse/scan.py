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

from markdown_it.common.utils import MD_TRIM_CHARS

from oncall_tui.core.parse.scan_lines import MAX_LEVEL, _SPECIAL_FIRST, _Decline, opener
from oncall_tui.core.parse.scan_runs import _Runs


class _Scanner(_Runs):
    """Blocks and sections from the lines (:class:`~.scan_lines._Lines` holds the state and the line tests,
    :class:`~.scan_runs._Runs` the lists and their fast paths)."""

    __slots__ = ()

    def tokenize(self, line: int, end: int, out: list, top: bool) -> None:
        L = self.L
        bm = self.bm
        sh = self.sh
        while line < end:
            n = self.n
            while line < n and bm[line] + sh[line] >= len(L[line]):  # skip_empty, inline (the hottest loop)
                line += 1
            self.line = line
            if line >= end:
                break
            if self.ind[line] < self.blk:
                break
            if self.level >= MAX_LEVEL:
                raise _Decline
            self.block(line, end, out, top)
            line = self.line
            if line < end and bm[line] + sh[line] >= len(L[line]):
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
            table = self.is_table(line, end)  # mypyc: not `found` (typed by its first assignment)
            if table is not None:
                out.append(self.table(line, end, *table))
                return
        if ch in _SPECIAL_FIRST:  # (indented less than 4 past the block: the rules' indentation tests pass)
            found = opener(c, p)
            if found is None:
                pass
            elif type(found) is tuple:
                list_indent = self.list_indent  # is_list(line, "root") with the marker found
                if not (list_indent >= 0 and ind[line] - list_indent >= 4 and ind[line] < blk):
                    out.append(self.list_block(line, end, found))
                    return
            elif found == "heading":
                level = len(c) - p - len(c[p:].lstrip("#"))
                body = c[p + level:].rstrip(" ")
                tail = body.rstrip("#")
                if tail and tail[-1] == " ":
                    body = tail
                self.line = line + 1
                self.heading(out, top, level, body.strip(MD_TRIM_CHARS), line, line + 1, False)
                return
            elif found == "fence":
                self.line = self.fence(line, end)
                out.append(k.Opaque(line, self.line, "fence"))
                return
            elif found == "quote":
                self.quote(line, end, out)
                return
            else:  # a rule
                self.line = line + 1
                out.append(k.Opaque(line, line + 1, "hr"))
                return
        self.paragraph(line, end, out, top)

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
            c = L[nxt]
            p = bm[nxt] + sh[nxt]
            if p >= len(c):
                break
            if ind[nxt] - blk > 3:
                nxt += 1
                continue
            marker = c[p]
            if ind[nxt] >= blk and (marker == "-" or marker == "=") and not c[p:].lstrip(marker).strip(" "):
                level = 1 if marker == "=" else 2
                break
            if ind[nxt] < 0:
                nxt += 1  # a quote's lazy line (markdown-it's sCount -1)
                continue
            # ends_paragraph, inline: a table, or a line whose first character can start a terminator
            if "|" in c and self.is_table(nxt, end) is not None:
                break
            if marker in _SPECIAL_FIRST:
                found = opener(c, p)  # (_terminates(nxt, "paragraph"), the indentation tests passed above)
                if found is not None and (type(found) is not tuple or self.is_list(nxt, "paragraph")):
                    break
            nxt += 1
        content = self.get_lines(start, nxt, blk).strip(MD_TRIM_CHARS)
        if level:
            self.line = nxt + 1
            self.heading(out, top, level, content, start, nxt + 1, True)
        else:
            self.line = nxt
            out.append(self.k.Para(start, nxt, content))


def scan(normal: str, kinds):
    """The root section of *normal* (text with ``\\n`` line ends), or ``None`` when markdown-it must read it.

    *kinds* is :mod:`oncall_tui.core.parse.tree` (its node classes); the
    result is what ``tree.build`` returns: ``(root, lines)``.
    """
    if "\t" in normal or "\x00" in normal or "]" in normal and "]:" in normal:
        return None  # (a one-character test first: a search for "]:" costs ~30 times one for "]")
    lines = normal.split("\n")
    n = len(lines)
    if not lines[-1].strip(" "):
        n -= 1  # markdown-it reads no last line of spaces (or empty) after the last line break
    # the scanner's lines end with one empty line (read, never changed): the split's own when it ends so
    scanner = _Scanner(lines if n == len(lines) - 1 and not lines[-1] else lines[:n] + [""], n, kinds)
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
            section = Section(level, content.strip(), start, total, setext, [], [], current)  # blocks, children, parent
            current.children.append(section)
            current = section
        else:
            current.blocks.append(event)
    return root, lines
