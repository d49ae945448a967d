#!/usr/bin/env python3
"""A large invented SSDA903 return, several years of it, for `Tests/bench-ssda903.sh`.

    python3 Tests/synth-ssda903.py CHILDREN YEARS OUTDIR

Writes one folder a year (OUTDIR/2016-17/ ...), each the year's Header, Episodes, AD1 and
PlacedAdoption tables as CSV and a Reviews table to skip; the last year is the XML form
instead. Each year's Episodes hold every episode open at some time in the year, DEC and
REC blank when it ceased after the year's end, as the return has them. Journeys: most
children never have a plan for adoption; the others are adopted (some by their own foster
carers, some after fostering for adoption), placed and not yet adopted, or have the
decision reversed. Prints what the importer must find: how many children have a plan for
adoption, and how many of those began their period of care in an episode that ended
before the first year (the importer must refuse exactly those, as starting before the
earliest file). Identifiers are invented; no names, and days of birth are random.
"""
import datetime as dt
import os
import random
import sys

children, years, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(903)
last_year_start = 2024
first_year_start = last_year_start - years + 1
first_day = dt.date(first_year_start, 4, 1)
day = dt.timedelta(days=1)


def uk(d):
    return d.strftime("%d/%m/%Y") if d else ""


def journey(i):
    """A list of episodes [start, rne, ls, place, end, rec], and the adoption facts."""
    start = dt.date(first_year_start - 2, 4, 1) + random.randrange((years + 1) * 365) * day
    kind = random.choices(["none", "adopted", "carers", "ffa", "placed", "reversed"], [60, 20, 6, 4, 5, 5])[0]
    episodes, facts = [], {}
    if kind == "none":
        end = start + random.randrange(30, 900) * day
        episodes.append([start, "S", "V2", "U6", end, random.choice(["E13", "E4A", "E8"])])
        return kind, episodes, facts
    d = start
    order = d + random.randrange(120, 300) * day
    decision = d + random.randrange(60, (order - d).days) * day
    episodes.append([d, "S", "C2", "U6", None, "X1"])
    d2 = d + random.randrange(10, 60) * day
    if kind == "ffa":
        episodes[-1][4] = d2
        episodes.append([d2, "P", "C2", "U5", None, "X1"])
    elif kind == "carers":
        episodes[-1][4] = d2
        episodes.append([d2, "P", "C2", "U6", None, "X1"])
    episodes[-1][4] = order
    episodes.append([order, "L", "E1", episodes[-1][3], None, "X1"])
    facts["decision"] = decision
    if kind == "reversed":
        facts["ceased"] = order + random.randrange(30, 200) * day
        facts["reason"] = random.choice(["RD1", "RD3", "RD4"])
        end = facts["ceased"] + random.randrange(10, 300) * day
        episodes[-1][4], episodes[-1][5] = end, "E41"
        return kind, episodes, facts
    match = order + random.randrange(20, 250) * day
    if kind == "ffa" and random.random() < 0.5:
        match = order - random.randrange(1, 20) * day
        facts["decision"] = min(decision, match - 5 * day)
    placed = max(match, order) + random.randrange(5, 40) * day
    same = kind in ("carers", "ffa")
    episodes[-1][4] = placed
    episodes.append([placed, "T" if same else "P", "E1", "A5" if same else "A6", None, None])
    if kind == "placed":
        return kind, episodes, facts
    adopted = placed + random.randrange(90, 400) * day
    episodes[-1][4], episodes[-1][5] = adopted, random.choice(["E11", "E12"])
    facts.update(match=match, carers=1 if same else 0, adopted=adopted, ceased=adopted, reason=episodes[-1][5])
    return kind, episodes, facts


journeys = [("S%07d" % (i + 1), *journey(i)) for i in range(children)]
# What the files show of each child, to say what the importer must find: a child is about
# adoption when a file has its decision, its AD1 or an episode placing it for adoption; it
# is refused when its first episode (RNE S) ended before the first year and so is in no file.
about_adoption, written_starts = set(), set()

for year in range(first_year_start, last_year_start + 1):
    start, end = dt.date(year, 4, 1), dt.date(year + 1, 3, 31)
    label = "%d-%02d" % (year, (year + 1) % 100)
    folder = os.path.join(out, label)
    os.makedirs(folder, exist_ok=True)
    header, episodes, ad1, placed = [], [], [], []
    for child, kind, eps, facts in journeys:
        open_eps = [e for e in eps if e[0] <= end and (e[4] is None or e[4] >= start)]
        if not open_eps:
            continue
        header.append([child, random.choice("12"), uk(dt.date(2010, 1, 1) + random.randrange(4000) * day), "WBRI", "", "", ""])
        for e in open_eps:
            if e[3] in ("A5", "A6"):
                about_adoption.add(child)
            if e[1] == "S":
                written_starts.add(child)
            ceased = e[4] if e[4] and e[4] <= end else None
            episodes.append([child, uk(e[0]), e[1], e[2], "N1", e[3], "PR1", uk(ceased), e[5] if ceased else "", "", "", "", ""])
        if "adopted" in facts and start <= facts["adopted"] <= end:
            about_adoption.add(child)
            ad1.append([child, "", uk(facts["match"] - 20 * day), uk(facts["match"]), str(facts["carers"]), "2", "MF", "L0"])
        if "decision" in facts and facts["decision"] <= end and not (facts.get("ceased") and facts["ceased"] < start):
            ceased = facts.get("ceased") if facts.get("ceased") and facts["ceased"] <= end else None
            about_adoption.add(child)
            placed.append([child, "", uk(facts["decision"]), uk(ceased), facts["reason"] if ceased else ""])
    tables = {
        "header": (["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"], header),
        "episodes": (["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"], episodes),
        "ad1": (["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"], ad1),
        "placed-adoption": (["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"], placed),
        "reviews": (["CHILD", "DOB", "REVIEW", "REVIEW_CODE"], [[r[0], "", uk(end), "PN1"] for r in header[:50]]),
    }
    if year < last_year_start:
        for name, (columns, rows) in tables.items():
            with open(os.path.join(folder, name + ".csv"), "w", newline="") as f:
                f.write(",".join(columns) + "\r\n")
                for row in rows:
                    f.write(",".join(row) + "\r\n")
        continue
    # The last year as the XML return: HEADER with the AD1 fields and AD_PLACED, EPISODE beside.
    by_child = {}
    for row in episodes:
        by_child.setdefault(row[0], {"episodes": [], "ad1": None, "placed": []})["episodes"].append(row)
    for row in ad1:
        by_child.setdefault(row[0], {"episodes": [], "ad1": None, "placed": []})["ad1"] = row
    for row in placed:
        by_child.setdefault(row[0], {"episodes": [], "ad1": None, "placed": []})["placed"].append(row)
    with open(os.path.join(folder, "return.xml"), "w") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<EXPSSDA903>\n')
        for child, parts in by_child.items():
            f.write("<CHILD><HEADER><CHILDID>%s</CHILDID><SEX>1</SEX><DOB>01/01/2015</DOB>" % child)
            if parts["ad1"]:
                a = parts["ad1"]
                f.write("<DATE_INT>%s</DATE_INT><DATE_MATCH>%s</DATE_MATCH><FOSTER_CARE>%s</FOSTER_CARE>" % (a[2], a[3], a[4]))
            for p in parts["placed"]:
                f.write("<AD_PLACED><DATE_PLACED>%s</DATE_PLACED><DATE_PLACED_CEASED>%s</DATE_PLACED_CEASED><REASON_PLACED_CEASED>%s</REASON_PLACED_CEASED></AD_PLACED>" % (p[2], p[3], p[4]))
            f.write("</HEADER>")
            for e in parts["episodes"]:
                f.write("<EPISODE><DECOM>%s</DECOM><RNE>%s</RNE><LS>%s</LS><CIN>N1</CIN><PL>%s</PL><DEC>%s</DEC><REC>%s</REC></EPISODE>" % (e[1], e[2], e[3], e[5], e[7], e[8]))
            f.write("</CHILD>\n")
        f.write("</EXPSSDA903>\n")

refused = about_adoption - written_starts
print("expected: %d with a plan for adoption in the files, %d derived, %d refused as starting before the earliest file" % (len(about_adoption), len(about_adoption - refused), len(refused)))
