#!/usr/bin/env python3
"""The seed library's citations, exported by vigil-library and read back by the
tools students and reference managers use: bibtexparser for BibTeX (as JabRef
and many scripts read it) and bibutils' bib2xml and ris2xml (the converters
behind many reference managers' imports).

Usage: export_tools.py VIGIL_LIBRARY_TOOL LIBRARY_FILE
Needs python3-bibtexparser and bibutils (packaging/install-deps.sh).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

SEED_ENTRIES = 32

try:
    import bibtexparser
except ImportError:
    # Debian's python3-bibtexparser is for the system's interpreter; another
    # python3 first on PATH (a virtual environment) may not see it.
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    sys.exit("export_tools: no python3 can import bibtexparser (package python3-bibtexparser)")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def export(tool, library, fmt, out):
    run = subprocess.run([tool, "export", "--format", fmt, "--library", library, "-o", out],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"export --format {fmt} exited {run.returncode}: {run.stderr.strip()}")
    with open(out, encoding="utf-8") as f:
        return f.read()


def mods_records(converter, path):
    """The MODS records bibutils makes of a file (UTF-8 in and out)."""
    run = subprocess.run([converter, "-i", "utf8", "-o", "utf8", path], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{converter} exited {run.returncode}: {run.stderr.strip()}")
    return re.findall(r"<mods\b[^>]*>.*?</mods>", run.stdout, re.S)


def main():
    tool, library = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as work:
        bib_path = os.path.join(work, "seed.bib")
        ris_path = os.path.join(work, "seed.ris")
        json_path = os.path.join(work, "seed.json")
        bib = export(tool, library, "bibtex", bib_path)
        export(tool, library, "ris", ris_path)
        items = json.loads(export(tool, library, "csl-json", json_path))

        # bibtexparser with its default settings, as people call it: an entry
        # of a type it does not know would be dropped without a word.
        entries = bibtexparser.loads(bib).entries
        check(len(entries) == SEED_ENTRIES, f"bibtexparser read {len(entries)} entries, not {SEED_ENTRIES}")
        keys = [e["ID"] for e in entries]
        check(len(set(keys)) == len(keys), f"keys repeat: {sorted(k for k in keys if keys.count(k) > 1)}")
        # Every title, and the year wherever the article gives a date.
        issued = {i["id"]: i.get("issued", {}).get("date-parts", [[None]])[0][0] for i in items}
        for e in entries:
            check(e.get("title", "").strip("{} ") != "", f"{e['ID']}: no title")
            year = issued.get(e["ID"])
            check(e.get("year") == (str(year) if year else None), f"{e['ID']}: year {e.get('year')}, not {year}")
        check(sum(1 for y in issued.values() if y) >= SEED_ENTRIES - 1, "dates were lost")
        titles = {e["title"].strip("{}") for e in entries}
        check("The route to hell" in titles, "the Scotsman's article is missing")
        check(any("»" in t for t in titles), "a non-ASCII title lost its characters")

        # The same library exported twice: the same file, byte for byte.
        check(export(tool, library, "bibtex", os.path.join(work, "again.bib")) == bib,
              "a second export gives other keys or another order")

        # CSL-JSON: the same works, the ids the BibTeX keys.
        check(len(items) == SEED_ENTRIES, f"CSL-JSON holds {len(items)} items")
        check(sorted(i["id"] for i in items) == sorted(keys), "CSL-JSON ids are not the BibTeX keys")

        bib_records = mods_records("bib2xml", bib_path)
        check(len(bib_records) == SEED_ENTRIES, f"bib2xml made {len(bib_records)} MODS records")
        ris_records = mods_records("ris2xml", ris_path)
        check(len(ris_records) == SEED_ENTRIES, f"ris2xml made {len(ris_records)} MODS records")
        dated_years = sorted(str(y) for y in issued.values() if y)
        for name, records in (("bib2xml", bib_records), ("ris2xml", ris_records)):
            untitled = [r[:80] for r in records if "<title>" not in r]
            check(not untitled, f"{name}: records without a title: {untitled}")
            # The year of every dated work, where MODS keeps it. (ris2xml joins an
            # access date, RIS's Y2, to a date given as a year alone: "2018-2020/05/06/";
            # the year it reads first is still the work's.)
            years = sorted(m.group(1) for r in records
                           for m in [re.search(r"<dateIssued>(\d{4})", r)] if m)
            check(years == dated_years, f"{name}: years {years}, not {dated_years}")
        route = [r for r in ris_records if "The route to hell" in r]
        check(len(route) == 1 and "<namePart type=\"family\">Waugh</namePart>" in route[0],
              "ris2xml does not read Louisa Waugh as the author of The route to hell")

    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    if not failures:
        print(f"ok: {SEED_ENTRIES} entries in BibTeX, RIS and CSL-JSON, read by bibtexparser, bib2xml and ris2xml")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
