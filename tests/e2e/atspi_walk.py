#!/usr/bin/env python3
"""What a screen reader sees of Vigil, through AT-SPI (see accessibility.sh).

Finds the running application in the AT-SPI desktop, waits until its window
and its reading pane (Qt WebEngine, which starts on its own time) are there,
walks the tree and checks that:

  a) the hotline bar's text, with the number it was given, is readable;
  b) the rows of the article list ("Articles") have names;
  c) the reading pane exposes the article as a web document holding its
     title and the start of its first paragraph.

Exits 0 when all hold, 1 with what was found otherwise, 2 when the
application never appeared.

  atspi_walk.py --pid PID --hotline NUMBER --title TITLE --paragraph TEXT
"""
import argparse
import re
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

OBJECT_REPLACEMENT = "\ufffc"  # stands for a child object in AT-SPI text
MAX_NODES = 20000  # a runaway tree must not hang the test
PARAGRAPH_PREFIX = 80  # characters of the first paragraph that must be there


def norm(text):
    """Whitespace-insensitive form of a text, as a reader hears it."""
    text = (text or "").replace(OBJECT_REPLACEMENT, " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def squeeze(text):
    return re.sub(r"\s+", "", norm(text))


def safe(call, default=None):
    """An object can go away between two calls; that is not a failure."""
    try:
        return call()
    except GLib.Error:  # from D-Bus
        return default


def has(node, interface):
    return interface in (safe(node.get_interfaces, []) or [])


def role_name(node):
    return safe(node.get_role_name, "?") or "?"


def texts(node):
    """Everything a reader can get as words from one object."""
    out = []
    for getter in (node.get_name, node.get_description):
        value = safe(getter)
        if value:
            out.append(value)
    # An accessible object is its own Text, Table... when it has the interface.
    if has(node, "Text"):
        count = safe(lambda: Atspi.Text.get_character_count(node), 0) or 0
        if count > 0:
            value = safe(lambda: Atspi.Text.get_text(node, 0, count))
            if value:
                out.append(value)
    return out


def children(node):
    count = safe(node.get_child_count, 0) or 0
    for i in range(count):
        child = safe(lambda: node.get_child_at_index(i))
        if child is not None:
            yield child


def walk(root, limit=MAX_NODES):
    """Depth-first, in reading order, with the depth of each object."""
    stack = [(root, 0)]
    seen = 0
    while stack and seen < limit:
        node, depth = stack.pop()
        seen += 1
        yield node, depth
        stack.extend(reversed([(c, depth + 1) for c in children(node)]))


def gone(pid):
    """Whether the process has ended (a zombie has)."""
    try:
        with open("/proc/%d/stat" % pid) as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return True


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    names = []
    for app in children(desktop):
        name = safe(app.get_name, "") or ""
        names.append(name)
        if pid and safe(app.get_process_id) == pid:
            return app, names
        if not pid and name.lower() == "vigil":
            return app, names
    return None, names


def dump(root, limit=400):
    lines = []
    for node, depth in walk(root, limit):
        words = " | ".join(norm(t)[:100] for t in texts(node))
        lines.append("%s[%s] %s" % ("  " * depth, role_name(node), words))
    return "\n".join(lines)


class Checks:
    def __init__(self, args):
        self.args = args
        self.found = {}
        self.problems = {}

    def run(self, app):
        self.found.clear()
        self.problems.clear()
        hotline_nodes, tables, documents = [], [], []
        menus, buttons = set(), set()
        for node, _ in walk(app):
            role = safe(node.get_role)
            words = texts(node)
            name = norm(safe(node.get_name, "") or "").lower()
            if role in (Atspi.Role.MENU, Atspi.Role.MENU_ITEM):
                menus.add(name)
            if role in (Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON):
                buttons.add(name)
            if any(norm(self.args.hotline) in norm(w) for w in words):
                hotline_nodes.append((role_name(node), words))
            if role == Atspi.Role.TABLE and (safe(node.get_name, "") or "") == "Articles":
                tables.append(node)
            if role in (Atspi.Role.DOCUMENT_WEB, Atspi.Role.DOCUMENT_FRAME):
                documents.append(node)
        self.check_hotline(hotline_nodes)
        self.check_table(tables)
        self.check_document(documents)
        self.check_commands(menus, buttons)
        return not self.problems

    # The menu bar and the toolbar, by the names a screen reader speaks.
    def check_commands(self, menus, buttons):
        missing = [m for m in ("file", "edit", "view", "go", "help") if m not in menus]
        missing += [b for b in ("quick exit", "back", "forward", "all hotlines") if b not in buttons]
        if missing:
            self.problems["d"] = "not found by name among menus and buttons: %s (menus: %s; buttons: %s)" % (
                ", ".join(missing), ", ".join(sorted(menus))[:300], ", ".join(sorted(buttons))[:300])
        else:
            self.found["d"] = "menus File, Edit, View, Go, Help; buttons Quick exit, Back, Forward, All hotlines"

    def check_hotline(self, nodes):
        if nodes:
            role, words = nodes[0]
            self.found["a"] = "[%s] %s" % (role, norm(" | ".join(words))[:200])
        else:
            self.problems["a"] = "no object's name, description or text holds the hotline %r" % self.args.hotline

    def check_table(self, tables):
        if not tables:
            self.problems["b"] = "no table named \"Articles\""
            return
        table = tables[0]
        if not has(table, "Table"):
            self.problems["b"] = "the \"Articles\" table has no Table interface"
            return
        rows = safe(lambda: Atspi.Table.get_n_rows(table), 0) or 0
        columns = safe(lambda: Atspi.Table.get_n_columns(table), 0) or 0
        if rows <= 0 or columns <= 0:
            self.problems["b"] = "the \"Articles\" table has %d rows and %d columns" % (rows, columns)
            return
        names, empty = [], []
        for row in range(rows):
            cells = []
            for column in range(columns):
                cell = safe(lambda: Atspi.Table.get_accessible_at(table, row, column))
                cells.append(norm(safe(cell.get_name, "") if cell is not None else ""))
            if not any(cells):
                empty.append(row)
            names.append(" | ".join(cells))
        if empty:
            self.problems["b"] = "rows %s of the %d in \"Articles\" have no cell with a name" % (empty, rows)
        else:
            self.found["b"] = "%d rows, the first: %s" % (rows, names[0][:200])

    def check_document(self, documents):
        if not documents:
            self.problems["c"] = "no object of role \"document web\" or \"document frame\": the reading pane shows nothing"
            return
        title = norm(self.args.title)
        paragraph = norm(self.args.paragraph)[:PARAGRAPH_PREFIX].strip()
        summaries = []
        for document in documents:
            # Below the document: its own name is the page's title, not its content.
            words = [w for node, depth in walk(document) if depth > 0 for w in texts(node)]
            whole = norm(" ".join(words))
            has_title = title in whole or squeeze(title) in squeeze(whole)
            has_paragraph = paragraph in whole or squeeze(paragraph) in squeeze(whole)
            if has_title and has_paragraph:
                self.found["c"] = "[%s] %r with %d characters of text, title and first paragraph among them" % (
                    role_name(document), norm(safe(document.get_name, "")), len(whole))
                return
            summaries.append("[%s] %r: %d characters of text%s%s: %r" % (
                role_name(document), norm(safe(document.get_name, "")), len(whole),
                "" if has_title else ", no title",
                "" if has_paragraph else ", no first paragraph", whole[:300]))
        self.problems["c"] = "no web document holds the title %r and the paragraph starting %r; found %s" % (
            title, paragraph, "; ".join(summaries))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pid", type=int, default=0, help="the application's process id")
    parser.add_argument("--hotline", required=True)
    parser.add_argument("--title", required=True)
    parser.add_argument("--paragraph", required=True)
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()

    deadline = time.monotonic() + args.timeout
    app, names = None, []
    while app is None and time.monotonic() < deadline:
        app, names = find_app(args.pid)
        if app is None:
            if args.pid and gone(args.pid):
                print("atspi: the application (pid %d) ended before it appeared in the AT-SPI desktop"
                      % args.pid, file=sys.stderr)
                return 2
            time.sleep(0.25)
    if app is None:
        print("atspi: no application %s in the AT-SPI desktop after %g s; there are %s"
              % ("with pid %d" % args.pid if args.pid else "named vigil", args.timeout, names), file=sys.stderr)
        return 2
    # The tree changes while the window fills in: ask the application, not a cache.
    safe(lambda: app.set_cache_mask(Atspi.Cache.NONE))
    print("atspi: found the application %r (pid %s)" % (safe(app.get_name, ""), safe(app.get_process_id)))

    checks = Checks(args)
    while True:
        safe(app.clear_cache)
        if checks.run(app):
            break
        if time.monotonic() >= deadline:
            break
        if args.pid and gone(args.pid):
            checks.problems["-"] = "the application (pid %d) ended during the checks" % args.pid
            break
        time.sleep(0.5)

    for key in sorted(set(checks.found) | set(checks.problems)):
        if key in checks.found:
            print("atspi: %s) ok: %s" % (key, checks.found[key]))
        else:
            print("atspi: %s) FAILED: %s" % (key, checks.problems[key]), file=sys.stderr)
    if checks.problems:
        print("atspi: what the application shows (first 400 objects):\n" + dump(app), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
