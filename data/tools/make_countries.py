#!/usr/bin/env python3
"""Regenerates data/countries.tsv from Debian's iso-codes and the tables below.

    python3 data/tools/make_countries.py [--iso-json PATH] [--out PATH]

iso-codes (LGPL-2.1+) gives the list of ISO 3166-1 entries and their names; the
M49 assignments, the preferred short names and the aliases are kept here, by hand,
because no installed package carries them.
"""

import argparse
import json
import pathlib
import sys

DATA_DIR = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# UN M49: the smallest region (intermediate region where one exists, else
# sub-region) holding each country or area.
M49 = {
    # Northern Africa
    "015": "DZ EG LY MA SD TN EH",
    # Sub-Saharan Africa
    "014": "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW",
    "017": "AO CM CF TD CG CD GQ GA ST",
    "018": "BW SZ LS NA ZA",
    "011": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    # Latin America and the Caribbean
    "029": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "013": "BZ CR SV GT HN MX NI PA",
    "005": "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
    "021": "BM CA GL PM US",
    # Asia
    "143": "KZ KG TJ TM UZ",
    # M49 does not list Taiwan; it is placed with its neighbours.
    "030": "CN HK MO KP JP MN KR TW",
    "035": "BN KH ID LA MY MM PH SG TH TL VN",
    "034": "AF BD BT IN IR MV NP PK LK",
    "145": "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    # Europe
    "151": "BY BG CZ HU PL MD RO RU SK UA",
    "154": "AX DK EE FO FI IS IE IM LV LT NO SJ SE GB",
    "830": "GG JE",
    # M49 does not list Kosovo; it sits between its Southern European neighbours.
    "039": "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK",
    "155": "AT BE FR DE LI LU MC NL CH",
    # Oceania
    "053": "AU CX CC HM NZ NF",
    "054": "FJ NC PG SB VU",
    "057": "GU KI MH FM NR MP PW UM",
    "061": "AS CK PF NU PN WS TK TO TV WF",
}
NO_REGION = {"AQ"}  # Antarctica belongs to no M49 region.

# Kosovo is not in ISO 3166-1; XK is the user-assigned code the EU and others use.
EXTRA = [
    {"alpha_2": "XK", "name": "Kosovo", "official_name": "Republic of Kosovo"},
]

# Short English names where iso-codes has no common_name or a less usual one.
NAMES = {
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "MF": "Saint Martin",
    "PS": "Palestine",
    "RU": "Russia",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
}

# None drops iso-codes' official name, a string replaces it.
OFFICIAL = {
    "CD": "Democratic Republic of the Congo",
    "ER": "State of Eritrea",
    "KR": "Republic of Korea",
    "LA": "Lao People's Democratic Republic",
    "PS": "State of Palestine",
    "RU": "Russian Federation",
    "SY": "Syrian Arab Republic",
    "TW": None,  # iso-codes repeats "Taiwan, Province of China", not an official name
    "VA": "Vatican City State",
}

# Other names a web page may use. iso-codes' own name is added automatically when
# it differs from the chosen short name; the official name has its own column.
ALIASES = {
    "AE": ["UAE"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina", "BiH"],
    "BQ": ["Caribbean Netherlands"],
    "BS": ["The Bahamas"],
    "CC": ["Cocos Islands", "Keeling Islands"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d\u2019Ivoire"],
    "CN": ["PRC"],
    "CV": ["Cape Verde"],
    "CZ": ["Czech Republic"],
    "FK": ["Malvinas", "Islas Malvinas"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "GM": ["The Gambia"],
    "IR": ["Islamic Republic of Iran"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "KP": ["DPRK"],
    "KR": ["Korea, Republic of", "Republic of Korea"],
    "LA": ["Lao PDR"],
    "LC": ["St Lucia", "St. Lucia"],
    "ME": ["Republic of Montenegro"],
    "MK": ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia",
           "Republic of Macedonia"],
    "MM": ["Burma"],
    "MO": ["Macau"],
    "NL": ["Holland", "The Netherlands"],
    "PN": ["Pitcairn Islands"],
    "PS": ["Palestinian Territories", "Occupied Palestinian Territory"],
    "RS": ["Republic of Serbia"],
    "RU": ["Russian Federation"],
    "ST": ["São Tomé and Príncipe"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Turkey"],
    # Not "Republic of China": it sits whole-word inside "People's Republic of China".
    "TW": ["Chinese Taipei"],
    "US": ["USA", "U.S.", "United States of America"],
    "VA": ["Holy See"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "VI": ["US Virgin Islands", "United States Virgin Islands"],
    "XK": ["Kosova", "Kosovë"],
}


def build_rows(entries, region_codes):
    region_of = {}
    for region, codes in M49.items():
        if region not in region_codes:
            sys.exit(f"M49 table uses region {region} missing from regions.tsv")
        for code in codes.split():
            if code in region_of:
                sys.exit(f"{code} assigned to both {region_of[code]} and {region}")
            region_of[code] = region

    rows = []
    for e in entries:
        code = e["alpha_2"]
        iso_name = e["name"]
        name = NAMES.get(code) or e.get("common_name") or iso_name
        official = OFFICIAL.get(code, e.get("official_name", ""))
        official = official or ""
        if code in NO_REGION:
            region = ""
        elif code in region_of:
            region = region_of[code]
        else:
            sys.exit(f"{code} ({name}) has no M49 region")

        aliases = []
        for alias in ALIASES.get(code, []) + [iso_name]:
            if alias != name and alias not in aliases:
                aliases.append(alias)
        for field in [name, official] + aliases:
            if "\t" in field or "|" in field:
                sys.exit(f"{code}: separator inside {field!r}")
        rows.append((code, name, official, region, "|".join(aliases)))

    unused = (set(region_of) | set(NAMES) | set(OFFICIAL) | set(ALIASES)) - {r[0] for r in rows}
    if unused:
        sys.exit(f"tables name codes iso-codes does not have: {sorted(unused)}")
    return sorted(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso-json", default=DEFAULT_ISO_JSON)
    parser.add_argument("--out", default=str(DATA_DIR / "countries.tsv"))
    args = parser.parse_args()

    with open(args.iso_json, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"] + EXTRA
    with open(DATA_DIR / "regions.tsv", encoding="utf-8") as f:
        region_codes = {line.split("\t")[0] for line in f if not line.startswith("#")}

    rows = build_rows(entries, region_codes)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("#code\tname\tofficial_name\tregion_code\taliases\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} countries to {args.out}")


if __name__ == "__main__":
    main()
