#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every translatable source string has a finished translation in each .ts file.

Runs lupdate over the sources into a scratch catalogue (the shipped files are never touched),
then compares it with every shipped catalogue. It fails, naming the string and its file:line, when

  - a source string has no entry, an unfinished entry or an empty translation;
  - a translation drops or adds a placeholder (%1 ... %99, %n) or loses the accelerator (&);
  - a catalogue holds entries that no source produces any more (obsolete or vanished),
    unless --allow-obsolete is given.

  check_translations.py --lupdate LUPDATE --sources LIST [--include DIR ...]
                        [--work-dir DIR] [--stamp FILE] [--allow-obsolete] TS...
  check_translations.py --report TS...     list the unfinished entries of catalogues

The build runs it as the tw_check_translations target (translations/CMakeLists.txt);
docs/translations.md explains how to fix what it reports.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n)")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def text_of(element):
    return "" if element is None or element.text is None else element.text


def read_catalogue(path):
    """Returns {(context, source, comment): message element}, the language and the root."""
    root = ET.parse(path).getroot()
    entries = {}
    for context in root.iter("context"):
        name = text_of(context.find("name"))
        for message in context.iter("message"):
            key = (name, text_of(message.find("source")), text_of(message.find("comment")))
            entries[key] = message
    return entries, root.get("language", "?")


def translations_of(message):
    translation = message.find("translation")
    if translation is None:
        return None, []
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return translation, [text_of(f) for f in forms]
    return translation, [text_of(translation)]


def where(message, base):
    """file:line of a message; lupdate writes the file relative to the catalogue."""
    location = message.find("location")
    if location is None:
        return "translations"
    path = os.path.normpath(os.path.join(base, location.get("filename")))
    return "%s:%s" % (path, location.get("line", "0"))


def problems_with(message, shipped, numerus):
    """Why `shipped` is not a usable translation of `message` (None when it is)."""
    translation, forms = translations_of(shipped)
    if translation is None:
        return "has no translation"
    kind = translation.get("type")
    if kind in ("unfinished", "obsolete", "vanished"):
        return "is %s" % kind
    if not forms or any(not f.strip() for f in forms):
        return "has an empty translation"
    source = text_of(message.find("source"))
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    for form in forms:
        got = sorted(set(PLACEHOLDER.findall(form)))
        if got != wanted and not (numerus and set(got) | {"%n"} == set(wanted)):
            return "has placeholders %s instead of %s: %r" % (got, wanted, form)
        if ACCELERATOR.search(source) and not ACCELERATOR.search(form):
            return "lost its accelerator (&): %r" % form
        if len(ACCELERATOR.findall(form)) > 1:
            return "has more than one accelerator (&): %r" % form
    return None


def run_lupdate(args, scratch):
    command = [args.lupdate, "-silent", "-locations", "absolute"]
    for directory in args.include or []:
        command += ["-I", directory]
    command += ["@" + args.sources, "-ts", scratch]
    result = subprocess.run(command, capture_output=True, text=True)
    # lupdate reports a tr() whose context it cannot tell as "lacks Q_OBJECT macro"; such a
    # string is filed under another context than the one it is looked up in at run time.
    noise = [line for line in (result.stdout + result.stderr).splitlines()
             if "lacks Q_OBJECT" in line or "cannot be called without context" in line
             or "Cannot invoke tr()" in line]
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit("check_translations: lupdate failed")
    return noise


def check(args):
    os.makedirs(args.work_dir or tempfile.gettempdir(), exist_ok=True)
    scratch = os.path.join(args.work_dir or tempfile.mkdtemp(), "sources.ts")
    if os.path.exists(scratch):
        os.remove(scratch)
    errors = ["%s: error: %s" % (line.split(": ", 1)[0], line.split(": ", 1)[-1]) for line in run_lupdate(args, scratch)]
    wanted, _ = read_catalogue(scratch)
    for ts in args.ts:
        shipped, language = read_catalogue(ts)
        name = os.path.basename(ts)
        for key, message in wanted.items():
            numerus = message.get("numerus") == "yes"
            entry = shipped.get(key)
            why = "has no entry" if entry is None else problems_with(message, entry, numerus)
            if why:
                errors.append('%s: error: [%s] "%s" (context %s) %s in %s'
                              % (where(message, os.path.dirname(scratch)), language, key[1], key[0], why, name))
        if not args.allow_obsolete:
            for key, entry in shipped.items():
                if key not in wanted:
                    errors.append('%s: error: [%s] "%s" (context %s) is in %s but no source has it any more'
                                  % (ts, language, key[1], key[0], name))
    if errors:
        for line in errors:
            print(line, file=sys.stderr)
        print("check_translations: %d problem(s). Run 'cmake --build <build> --target update_translations', "
              "translate the new entries and see docs/translations.md." % len(errors), file=sys.stderr)
        return 1
    if args.stamp:
        with open(args.stamp, "w", encoding="utf-8") as stamp:
            stamp.write("%d strings translated in %s\n" % (len(wanted), ", ".join(os.path.basename(t) for t in args.ts)))
    return 0


def report(paths):
    unfinished = 0
    for ts in paths:
        entries, language = read_catalogue(ts)
        for (context, source, _), message in entries.items():
            translation, forms = translations_of(message)
            if translation is None or translation.get("type") or not all(f.strip() for f in forms):
                unfinished += 1
                print('%s [%s] %s: "%s"' % (os.path.basename(ts), language, context, source))
    print("%d unfinished entries" % unfinished, file=sys.stderr)
    return 1 if unfinished else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate")
    parser.add_argument("--sources", help="file listing the sources, one per line")
    parser.add_argument("--include", nargs="*", help="include folders, so lupdate sees the headers")
    parser.add_argument("--work-dir")
    parser.add_argument("--stamp")
    parser.add_argument("--allow-obsolete", action="store_true")
    parser.add_argument("--report", action="store_true", help="only list unfinished entries")
    parser.add_argument("ts", nargs="+")
    args = parser.parse_args()
    if args.report:
        return report(args.ts)
    if not args.lupdate or not args.sources:
        parser.error("--lupdate and --sources are needed")
    return check(args)


if __name__ == "__main__":
    sys.exit(main())
