#!/usr/bin/env python3
"""Fails when a catalogue is behind the sources: lupdate runs over app/ and qml/ into temporary
copies of translations/*.ts (the real files are not touched), and every message there must be
finished, neither obsolete nor vanished, with the plural forms its language has (Korean one,
English and Spanish two) and the same placeholders as its source.

usage: check-translations.py LUPDATE SOURCE_DIR"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"en": 2, "ko": 1, "es": 2}
PLACEHOLDER = re.compile(r"%(?:n|\d+)")


def problems_in(ts_path, language):
    problems = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{ts_path.name}: {name}: {source!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "obsolete", "vanished", "missing"):
                problems.append(f"{where} is {kind}")
                continue
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            if message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[language]:
                problems.append(f"{where} has {len(forms)} plural forms, not "
                                f"{PLURAL_FORMS[language]}")
            for form in forms:
                if not form.strip():
                    problems.append(f"{where} has an empty translation")
                elif set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(source)):
                    problems.append(f"{where}: {form!r} has other placeholders")
    return problems


def main():
    lupdate, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
    originals = sorted((source_dir / "translations").glob("cliffhanger_*.ts"))
    languages = {p.stem.split("_")[1] for p in originals}
    if not {"en", "ko", "es"} <= languages:
        print(f"missing catalogues: {sorted({'en', 'ko', 'es'} - languages)}")
        return 1
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for original in originals:
            copy = pathlib.Path(tmp) / original.name
            shutil.copy(original, copy)
            language = original.stem.split("_")[1]
            extra = ["-pluralonly"] if language == "en" else []
            run = subprocess.run([lupdate, *extra, "app", "qml", "-ts", str(copy)],
                                 cwd=source_dir, capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stdout, run.stderr)
                return 1
            problems += problems_in(copy, language)
    for problem in problems:
        print(problem)
    print(f"{len(originals)} catalogues, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
