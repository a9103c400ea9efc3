"""The block scanner's lists: markdown-it's ``list`` rule (:meth:`_Runs.list_block`) and its fast paths for the
commonest shape of a case file, a run of list items of one line each (or of one line and then blocks inside
the item, such as a nested list).

Split from :mod:`.scan` for size (the rules and the state are documented there and in :mod:`.scan_lines`).
"""

from __future__ import annotations

from typing import Any, cast

from markdown_it.common.utils import MD_TRIM_CHARS

from oncall_tui.core.parse.scan_lines import _SPECIAL_FIRST, MAX_LEVEL, _Lines, opener


class _Runs(_Lines):
    """Lists and their fast paths, mixed into :class:`~.scan._Scanner` (whose ``tokenize`` reads items' blocks)."""

    __slots__ = ()

    def tokenize(self, line: int, end: int, out: list, top: bool) -> None:  # mypyc: declared here, defined in _Scanner
        raise NotImplementedError

    def item_run(self, i: int, end: int, marker: tuple | None, items: list) -> tuple[int, tuple | None]:
        """Read list items from line *i* (an item of this list, *marker* its :meth:`marker`) while each starts
        with one line of text; returns ``(line, marker)``: the first line not read and its marker when it is the
        next item of this list for the general path to read, or ``(line, None)`` when the list ends at *line*.

        It stands for markdown-it's ``list`` rule reading one item (its content indent, then ``tokenize`` of a
        ``paragraph`` that stops at the next line) and deciding whether the list goes on, as
        :meth:`list_block` and :meth:`one_line_item` do.  An item is read here
        only when its first line is text (no rule of markdown-it's opens at its content: not a fence, quote,
        rule, heading or list marker, no ``|`` that could make a table) with 1–4 spaces after the marker (so no
        code block), and the line after it is one of:

        * the end, or an empty line; after empty lines the next line must be indented less than the content
          (else the item goes on with more blocks: a loose item);
        * a line indented less than the content that ends the paragraph (so no lazy continuation and no setext
          underline): a fence, quote, rule, heading, or a list marker less than 4 columns past the list's;
        * a line inside the item that ends the paragraph (:meth:`interrupts`): the item's other blocks are then
          read by ``tokenize`` (:meth:`item_blocks`), as in the general path.

        Anything else hands the item back to the general path, unchanged.
        """
        if self.level + 1 >= MAX_LEVEL:
            return i, marker  # the general path declines there
        ordered, after, char, _value = cast(tuple, marker)
        L = self.L
        bm = self.bm
        sh = self.sh
        ind = self.ind
        k = self.k
        Para = k.Para
        Item = k.Item
        outer = self.blk  # the list's own indent (markdown-it's blkIndent outside the items)
        n = self.n
        q = bm[i] + sh[i]  # where the marker stands
        c = L[i]
        if "|" in c:
            return i, marker
        while True:  # line i is an item of this list with no "|"; marker is None when it is a bullet found here
            size = len(c)
            if after + 1 < size and c[after + 1] != " ":
                content = after + 1  # the usual one space after the marker (a marker is followed by a space)
            else:
                content = size - len(c[after:].lstrip(" ")) if after < size else size
                if content >= size or content - after > 4:
                    break  # an empty item, or code after the marker
            if c[content] in _SPECIAL_FIRST and opener(c, content) is not None:
                break
            indent = ind[i] + content - q  # the item's content column (its blkIndent)
            j = nxt = i + 1
            found: Any = None  # mypyc: None, True or opener()'s tuple (else inferred bool | None)
            children: list = []
            if j < end:
                row = L[j]
                q = bm[j] + sh[j]
                if q < len(row):  # the paragraph's first turn: the line must end it, and the item
                    d = ind[j]
                    if d < 0 or "|" in row:
                        break
                    ch = row[q]
                    if d >= indent:  # a line inside the item: it must end the paragraph, the item's blocks follow
                        if not self.interrupts(row, q, d - indent):
                            break
                        nxt = self.item_blocks(j, end, indent, outer, children)
                    elif ch == char and not ordered and row[q + 1:q + 2] == " " and row[-1] != ch and row[-1] != " ":
                        found = True  # opener's answer for the usual next bullet of this list (no rule)
                    elif ch in _SPECIAL_FIRST:
                        found = opener(row, q)
                        if found is None:
                            break  # a lazy continuation line
                    else:
                        break  # a lazy continuation line
                    if (found is True or type(found) is tuple) and d - outer >= 4:
                        break  # a marker too far in to interrupt the paragraph: a lazy continuation line
                else:
                    nxt = j + 1  # one_line_item's walk over empty lines, and what may follow them
                    if nxt < end:
                        while nxt < n and bm[nxt] + sh[nxt] >= len(L[nxt]):
                            nxt += 1
                        if nxt < end and ind[nxt] >= indent:
                            break  # the item goes on after the empty line
            s = content - bm[i]
            items.append(Item(i, nxt, Para(i, j, c[bm[i] + (indent if indent < s else s):].strip(MD_TRIM_CHARS)), children))
            # does the list go on at nxt?  (list_block's tests, with the list's indent)
            if nxt >= end:
                return nxt, None
            d = ind[nxt]
            if d < outer or d - outer >= 4:
                return nxt, None
            c = L[nxt]
            if nxt != j:
                q = bm[nxt] + sh[nxt]
                if q >= len(c):
                    return nxt, None
                found = opener(c, q)
            i = nxt
            if found is True:
                marker = None
                after = q + 1
            elif type(found) is tuple and found[0] == ordered and found[2] == char:
                marker = found
                after = found[1]
                if nxt != j and "|" in c:
                    break
            else:
                return nxt, None  # a fence, rule, heading or quote, or no item of this list
        return i, marker if marker is not None else (False, after, char, 0)  # item i for the general path

    def interrupts(self, row: str, q: int, past: int) -> bool:
        """The line *row*, indented *past* columns past an item's content, ends the item's first paragraph
        (markdown-it's ``paragraph`` rule, first turn, with the item's blkIndent): not a lazy or code-indented
        continuation, not a setext underline, a table or a list that may not interrupt a paragraph."""
        ch = row[q]
        if past > 3 or ch not in _SPECIAL_FIRST:
            return False
        if (ch == "-" or ch == "=") and not row[q:].lstrip(ch).strip(" "):
            return False  # a setext underline: the item's first block is a heading
        found = opener(row, q)
        if type(found) is tuple:  # is_list(line, "paragraph") on a line inside the item
            return not (found[0] and found[3] != 1) and bool(row[found[1]:].strip(" "))
        return found is not None

    def item_blocks(self, line: int, end: int, indent: int, outer: int, children: list) -> int:
        """``tokenize`` of an item's blocks from *line* (after its first paragraph) into *children*, with the
        item's state (markdown-it's blkIndent and listIndent, one more level); returns where it stopped."""
        old_list_indent = self.list_indent
        self.blk = indent
        self.list_indent = outer
        self.level += 1
        self.tokenize(line, end, children, False)
        self.level -= 1
        self.blk = outer
        self.list_indent = old_list_indent
        return self.line

    def one_line_item(self, start: int, end: int, c: str, content: int, out: list) -> bool:
        """An item whose first line is a paragraph of its own: what ``tokenize(start, end, out, False)`` gives.

        Most items are one line of text followed by the next item; this asks exactly the questions
        ``tokenize``, ``block`` and ``paragraph`` ask on that path, in their order, and returns False
        (having changed nothing) at the first answer that leaves it, for ``tokenize`` to read the item.
        """
        blk = self.blk
        ind = self.ind
        if ind[start] != blk or self.level >= MAX_LEVEL or "|" in c:
            return False  # (code block or a table; the level error)
        if c[content] in _SPECIAL_FIRST and opener(c, content) is not None:
            return False  # another rule's first character
        L = self.L
        bm = self.bm
        sh = self.sh
        nxt = start + 1
        if nxt < end:
            row = L[nxt]
            p = bm[nxt] + sh[nxt]
            if p < len(row):  # not empty: the paragraph's loop, first turn; it must stop here
                if ind[nxt] - blk > 3 or ind[nxt] < 0 or "|" in row:
                    return False
                marker = row[p]
                if marker not in _SPECIAL_FIRST or (marker == "-" or marker == "=") and ind[nxt] >= blk:
                    return False  # a continuation line, or the paragraph's setext test applies
                if not self._terminates(nxt, "paragraph"):
                    return False
        s = sh[start]
        out.append(self.k.Para(start, nxt, L[start][bm[start] + (blk if blk < s else s):].strip(MD_TRIM_CHARS)))
        line = nxt  # tokenize's loop goes on from here
        if line < end and bm[line] + sh[line] >= len(L[line]):
            line += 1
        if line < end:
            n = self.n
            while line < n and bm[line] + sh[line] >= len(L[line]):
                line += 1
            if line < end and ind[line] >= blk:
                self.tokenize(line, end, out, False)
                return True
        self.line = line
        return True

    def list_block(self, start: int, end: int, found: tuple | None):
        """The list whose first item's marker (:meth:`marker`) on line *start* is *found*."""
        k = self.k
        ordered, after, char, _value = cast(tuple, found)
        block = k.ListBlock(start, 0, ordered)
        nxt = start
        L = self.L
        ind = self.ind
        sh = self.sh
        bm = self.bm
        self.level += 1
        while nxt < end:
            nxt, found = self.item_run(nxt, end, found, block.items)
            if found is None:
                break
            start = self.line = nxt  # (where the general path stands at an item's start: an empty item reads it)
            after = found[1]
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
            if content >= len(c):
                if self.empty(start + 1):
                    self.line = min(self.line + 2, end)
                else:
                    self.tokenize(start, end, children, False)
            elif not self.one_line_item(start, end, c, content, children):
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
        self.level -= 1
        block.end = nxt
        self.line = nxt
        return block
