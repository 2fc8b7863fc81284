#!/usr/bin/env python3
"""Regenerates data/local-names.tsv: the names of the countries, regions and topics
of data/countries.tsv, data/regions.tsv and data/topics.tsv in the languages Vigil
speaks.

    python3 data/tools/make_local_names.py [--locale-dir PATH] [--out PATH]

Country names come from Debian's iso-codes translations (iso_3166-1.mo, LGPL-2.1+),
the same source as the English names. iso-codes has no Kosovo (XK is not in
ISO 3166-1) and no UN M49 regions, and the topics are Vigil's own, so those few
names are kept here, by hand.
Serbian in Latin script is derived letter for letter from the Cyrillic, as the
interface's translation is (resources/translations/make_sr_latn.py).
"""

import argparse
import csv
import gettext
import json
import pathlib
import sys

DATA_DIR = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(DATA_DIR.parent / "resources" / "translations"))
from make_sr_latn import latin  # noqa: E402

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LANGUAGES = [("sr", "sr"), ("sq", "sq")]  # (column, gettext language); sr_Latn follows sr

BY_HAND_COUNTRIES = {
    # Kosovo, in the indefinite form iso-codes uses for Albanian names (Serbi, Shqipëri).
    "XK": {"sr": "Косово", "sq": "Kosovë"},
    # The short names countries.tsv uses in English, where iso-codes translates
    # only the long or the inverted one ("Кореја, Република").
    "KR": {"sr": "Јужна Кореја"},
    "KP": {"sr": "Северна Кореја"},
    "IR": {"sr": "Иран", "sq": "Iran"},
    "CD": {"sr": "Демократска Република Конго", "sq": "Republika Demokratike e Kongos"},
    "FM": {"sr": "Микронезија", "sq": "Mikronezi"},
    "PS": {"sr": "Палестина", "sq": "Palestinë"},
    "RU": {"sr": "Русија", "sq": "Rusi"},
    "SH": {"sr": "Света Јелена", "sq": "Shën Helena"},
    "VA": {"sr": "Ватикан", "sq": "Vatikan"},
    "VG": {"sr": "Британска Девичанска острва", "sq": "Ishujt e Virgjër Britanikë"},
    "VI": {"sr": "Америчка Девичанска острва", "sq": "Ishujt e Virgjër Amerikanë"},
    "BN": {"sr": "Брунеј"},
    "FK": {"sr": "Фолкландска острва", "sq": "Ishujt Falkland"},
    "LA": {"sr": "Лаос", "sq": "Laos"},
    "SY": {"sr": "Сирија", "sq": "Siri"},
}

# UN M49 regions, in the terms of the languages' own atlases.
REGIONS = {
    "001": ("Свет", "Bota"),
    "002": ("Африка", "Afrika"),
    "019": ("Америка", "Amerikat"),
    "142": ("Азија", "Azia"),
    "150": ("Европа", "Evropa"),
    "009": ("Океанија", "Oqeania"),
    "015": ("Северна Африка", "Afrika Veriore"),
    "202": ("Подсахарска Африка", "Afrika Subsahariane"),
    "014": ("Источна Африка", "Afrika Lindore"),
    "017": ("Централна Африка", "Afrika Qendrore"),
    "018": ("Јужна Африка", "Afrika Jugore"),
    "011": ("Западна Африка", "Afrika Perëndimore"),
    "419": ("Латинска Америка и Кариби", "Amerika Latine dhe Karaibet"),
    "029": ("Кариби", "Karaibet"),
    "013": ("Централна Америка", "Amerika Qendrore"),
    "005": ("Јужна Америка", "Amerika e Jugut"),
    "021": ("Северна Америка", "Amerika Veriore"),
    "143": ("Централна Азија", "Azia Qendrore"),
    "030": ("Источна Азија", "Azia Lindore"),
    "035": ("Југоисточна Азија", "Azia Juglindore"),
    "034": ("Јужна Азија", "Azia Jugore"),
    "145": ("Западна Азија", "Azia Perëndimore"),
    "151": ("Источна Европа", "Evropa Lindore"),
    "154": ("Северна Европа", "Evropa Veriore"),
    "830": ("Каналска острва", "Ishujt e Kanalit"),
    "039": ("Јужна Европа", "Evropa Jugore"),
    "155": ("Западна Европа", "Evropa Perëndimore"),
    "053": ("Аустралија и Нови Зеланд", "Australia dhe Zelanda e Re"),
    "054": ("Меланезија", "Melanezi"),
    "057": ("Микронезија", "Mikronezi"),
    "061": ("Полинезија", "Polinezi"),
}


# The topics, in the usual terms of the field in each language.
TOPICS = {
    "sexual-exploitation": ("Сексуална експлоатација", "Shfrytëzimi seksual"),
    "forced-labour": ("Принудни рад", "Puna e detyruar"),
    "forced-begging": ("Принудно просјачење", "Lypja e detyruar"),
    "child-labour": ("Дечји рад", "Puna e fëmijëve"),
    "forced-marriage": ("Принудни брак", "Martesa e detyruar"),
    "organ-trade": ("Трговина органима", "Trafikimi i organeve"),
    "debt-bondage": ("Дужничко ропство", "Skllavëria për borxh"),
    "domestic-servitude": ("Кућно ропство", "Shërbimi i detyruar shtëpiak"),
    "forced-criminality": ("Принудно вршење кривичних дела и онлајн преваре",
                           "Kriminaliteti i detyruar dhe mashtrimi në internet"),
    "corruption": ("Корупција и саучесништво службених лица", "Korrupsioni dhe bashkëfajësia zyrtare"),
    "victim-protection": ("Заштита жртава", "Mbrojtja e viktimave"),
    "prosecution": ("Кривично гоњење и судови", "Ndjekja penale dhe gjykatat"),
}


def read_codes(name):
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return [row[0] for row in csv.reader(f, delimiter="\t") if row and not row[0].startswith("#")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale-dir", default="/usr/share/locale")
    parser.add_argument("--iso-json", default=ISO_JSON)
    parser.add_argument("--out", default=str(DATA_DIR / "local-names.tsv"))
    args = parser.parse_args()

    iso = {e["alpha_2"]: e for e in json.load(open(args.iso_json, encoding="utf-8"))["3166-1"]}
    catalogs = {column: gettext.translation("iso_3166-1", localedir=args.locale_dir, languages=[lang])
                for column, lang in LANGUAGES}

    def country(code, column):
        if column in BY_HAND_COUNTRIES.get(code, {}):
            return BY_HAND_COUNTRIES[code][column]
        entry = iso.get(code)
        if entry is None:
            sys.exit(f"{code} is neither in iso-codes nor in BY_HAND_COUNTRIES")
        # The common name first ("Bolivia", not "Bolivia, Plurinational State of").
        for key in ("common_name", "name"):
            english = entry.get(key)
            if english:
                translated = catalogs[column].gettext(english)
                if translated != english or key == "name":
                    return translated
        return entry["name"]

    rows = []
    for code in read_codes("regions.tsv"):
        if code not in REGIONS:
            sys.exit(f"region {code} has no names in REGIONS")
        sr, sq = REGIONS[code]
        rows.append((code, sr, latin(sr), sq))
    for code in read_codes("countries.tsv"):
        sr, sq = country(code, "sr"), country(code, "sq")
        rows.append((code, sr, latin(sr), sq))

    for topic in read_codes("topics.tsv"):
        if topic not in TOPICS:
            sys.exit(f"topic {topic} has no names in TOPICS")
        sr, sq = TOPICS[topic]
        rows.append((topic, sr, latin(sr), sq))

    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write("# Generated by data/tools/make_local_names.py from iso-codes; do not edit by hand.\n")
        f.write("#code\tsr\tsr_Latn\tsq\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} names to {args.out}")


if __name__ == "__main__":
    main()
