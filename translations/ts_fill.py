#!/usr/bin/env python3
"""Hands a .ts file's unfinished strings to a translator and takes the translations back.

  ts_fill.py export mcpauth_de.ts todo.tsv      one line per unfinished message:
                                                id <TAB> context <TAB> source [<TAB> plural]
  ts_fill.py import mcpauth_de.ts todo.tsv done.tsv
                                                done.tsv: id <TAB> translation; plural forms joined
                                                by " ||| "; newlines written as \\n

Import refuses a translation whose placeholders (%1, %2, %n, ...) differ from the source's or whose
plural form count is wrong, and lists them; the rest are written. Run translations/lupdate.sh after
an import to normalise the file's layout.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")


def esc(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unesc(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def unfinished(root):
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                yield name, msg, tr


def export(ts, out):
    root = ET.parse(ts).getroot()
    with open(out, "w", encoding="utf-8") as f:
        for i, (ctx, msg, tr) in enumerate(unfinished(root)):
            fields = [str(i), ctx, esc(msg.findtext("source") or "")]
            if msg.get("numerus") == "yes":
                fields.append("plural:%d" % len(tr.findall("numerusform")))
            comment = msg.findtext("comment")
            if comment:
                fields.append("comment:" + esc(comment))
            f.write("\t".join(fields) + "\n")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def do_import(ts, todo, done):
    tree = ET.parse(ts)
    root = tree.getroot()
    wanted = {}
    with open(todo, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            wanted[parts[0]] = (parts[1], unesc(parts[2]))
    answers = {}
    with open(done, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            key, _, text = line.partition("\t")
            answers[key.strip()] = unesc(text)
    by_key = {}
    for ctx, msg, tr in unfinished(root):
        by_key[(ctx, msg.findtext("source"))] = (msg, tr)
    written, problems = 0, []
    for key, text in answers.items():
        if key not in wanted:
            problems.append("%s: no such id in %s" % (key, todo))
            continue
        ctx, source = wanted[key]
        found = by_key.get((ctx, source))
        if found is None:
            continue
        msg, tr = found
        if msg.get("numerus") == "yes":
            forms = [s.strip() for s in text.split("|||")]
            want = len(tr.findall("numerusform"))
            if len(forms) != want:
                problems.append("%s: %d plural forms, %d wanted: %s" % (key, len(forms), want, text))
                continue
            bad = [fm for fm in forms if placeholders(fm) != placeholders(source)
                   and placeholders(fm) != [p for p in placeholders(source) if p != "%n"]]
            if bad:
                problems.append("%s: placeholders differ from %r: %s" % (key, source, text))
                continue
            for node, fm in zip(tr.findall("numerusform"), forms):
                node.text = fm
        else:
            if placeholders(text) != placeholders(source):
                problems.append("%s: placeholders differ from %r: %s" % (key, source, text))
                continue
            if not text.strip() and source.strip():
                problems.append("%s: empty" % key)
                continue
            tr.text = text
        del tr.attrib["type"]
        written += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print("%s: %d written, %d refused" % (ts, written, len(problems)))
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "import":
        sys.exit(do_import(sys.argv[2], sys.argv[3], sys.argv[4]))
    else:
        print(__doc__)
        sys.exit(2)
