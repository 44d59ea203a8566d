#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helps keep translations/pgpilot_*.ts complete (the .ts files are the only place translations live).

  ts-tool.py export LANG [--all] > todo.tsv   source texts still unfinished (or all) as TSV:
                                             source <TAB> translation (empty) [<TAB> comment]
  ts-tool.py import LANG todo.tsv            puts the TSV's translations into pgpilot_LANG.ts
  ts-tool.py flatten LANG|FILE.ts OUT.ts      every message once in one context "any" (build step)
  ts-tool.py check [LANG|FILE.ts...]         exit 1 if a message is unfinished, empty, or its
                                             placeholders (%1, %n, ...) differ from the source

In the TSV a newline is written \\n, a tab \\t, a backslash \\\\; a plural message (%n) has its
forms separated by " ||| " (German and French: singular ||| plural). Messages are matched by
source text (and disambiguation comment), so one line fills that text in every context.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLURAL_SEP = " ||| "


def ts_path(lang):
    # A language code, or the path of a .ts file (the tests check lupdate'd copies).
    if lang.endswith(".ts"):
        return Path(lang)
    return HERE / f"pgpilot_{lang}.ts"


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unesc(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def messages(root):
    for ctx in root.findall("context"):
        for m in ctx.findall("message"):
            yield ctx.findtext("name"), m


def key(m):
    return (m.findtext("source") or "", m.findtext("comment") or "")


def translations_of(m):
    t = m.find("translation")
    if t is None:
        return []
    forms = t.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [t.text or ""]


def placeholders(s):
    return sorted(set(re.findall(r"%(?:n|L?\d+)", s)))


def load(lang):
    tree = ET.parse(ts_path(lang))
    return tree, tree.getroot()


def save(tree, lang):
    # Keep lupdate's layout closely enough that lupdate's next run is a small diff.
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    body = re.sub(r"<(translation|numerusform|source|comment|name)( [^>]*)? />", r"<\1\2></\1>", body)
    ts_path(lang).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                             encoding="utf-8")


def cmd_export(lang, all_):
    _, root = load(lang)
    seen = set()
    for _, m in messages(root):
        t = m.find("translation")
        unfinished = t is None or t.get("type") == "unfinished" or not any(translations_of(m))
        if (unfinished or all_) and key(m) not in seen:
            seen.add(key(m))
            src, comment = key(m)
            tr = PLURAL_SEP.join(translations_of(m)) if not unfinished else ""
            print("\t".join([esc(src), esc(tr)] + ([esc(comment)] if comment else [])))


def cmd_import(lang, tsv):
    tree, root = load(lang)
    table = {}
    for n, line in enumerate(Path(tsv).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not parts[1].strip():
            sys.exit(f"{tsv}:{n}: expected 'source<TAB>translation', got {line[:60]!r}")
        table[(unesc(parts[0]), unesc(parts[2]) if len(parts) > 2 else "")] = unesc(parts[1])
    filled = 0
    for _, m in messages(root):
        if key(m) not in table:
            continue
        text = table[key(m)]
        t = m.find("translation")
        if t is None:
            t = ET.SubElement(m, "translation")
        t.attrib.pop("type", None)
        for child in list(t):
            t.remove(child)
        if m.get("numerus") == "yes":
            t.text = None
            for form in text.split(PLURAL_SEP):
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = text
        filled += 1
    save(tree, lang)
    print(f"{ts_path(lang).name}: {filled} message(s) filled from {len(table)} line(s)")


def cmd_check(langs):
    bad = 0
    for lang in langs:
        _, root = load(lang)
        name = ts_path(lang).name
        total = 0
        for ctx, m in messages(root):
            total += 1
            src = key(m)[0]
            t = m.find("translation")
            forms = translations_of(m)
            where = f"{name} [{ctx}] {src[:70]!r}"
            if t is None or t.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms) or not forms:
                print(f"{where}: unfinished")
                bad += 1
                continue
            if m.get("numerus") == "yes" and len(forms) != 2:
                print(f"{where}: needs 2 plural forms, has {len(forms)}")
                bad += 1
            for form in forms:
                want = placeholders(src)
                got = placeholders(form)
                if m.get("numerus") == "yes":
                    # A singular form may spell out "one" instead of %n.
                    want = [p for p in want if p != "%n"]
                    got = [p for p in got if p != "%n"]
                if want != got:
                    print(f"{where}: placeholders {got} differ from the source's {want}")
                    bad += 1
        print(f"{name}: {total} message(s) checked")
    if bad:
        print(f"{bad} problem(s). Catch up: see translations/README.md")
    return 1 if bad else 0


def cmd_flatten(lang, out):
    """One context ("any") holding every finished message once: the run-time fallback for texts
    whose context at run time differs from the one lupdate recorded (see core/translations.cpp)."""
    _, root = load(lang)
    flat = ET.Element("TS", root.attrib)
    ctx = ET.SubElement(flat, "context")
    ET.SubElement(ctx, "name").text = "any"
    seen = set()
    for _, m in messages(root):
        t = m.find("translation")
        if t is None or t.get("type") in ("unfinished", "vanished", "obsolete") or key(m) in seen:
            continue
        seen.add(key(m))
        ctx.append(m)
    tree = ET.ElementTree(flat)
    ET.indent(tree, space="    ")
    Path(out).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                         + ET.tostring(flat, encoding="unicode") + "\n", encoding="utf-8")


def main(argv):
    if len(argv) >= 2 and argv[0] == "export":
        return cmd_export(argv[1], "--all" in argv)
    if len(argv) == 3 and argv[0] == "import":
        return cmd_import(argv[1], argv[2])
    if len(argv) == 3 and argv[0] == "flatten":
        return cmd_flatten(argv[1], argv[2])
    if argv and argv[0] == "check":
        return cmd_check(argv[1:] or ["de", "fr"])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]) or 0)
