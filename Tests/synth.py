#!/usr/bin/env python3
"""Synthetic data at scale for benchmarks (not a test): SERVICES services' worth of panels
(fostering, adoption, long-term matching each), YEARS reporting years ending 2024/25, with
meetings, agenda items with whole decision chains, adopters, children and households, as
the CSV files 'panel import all DIR' reads. Fixed seed; every name invented.
    python3 Tests/synth.py DIR [SERVICES] [YEARS]
"""
import csv
import datetime as dt
import os
import random
import sys

out, services, years = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 150, int(sys.argv[3]) if len(sys.argv) > 3 else 10
os.makedirs(out, exist_ok=True)
rng = random.Random(7)
first_year = 2025 - years
D = dt.timedelta


def writer(name, header):
    f = open(os.path.join(out, name + ".csv"), "w", newline="", encoding="utf-8")
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(header)
    return f, w


def iso(day):
    return day.isoformat() if day else ""


pf, panels = writer("panels", ["id", "name", "kind", "start_time", "venue", "independent_chair"])
mf, meetings = writer("meetings", ["id", "panel", "date", "start_time", "venue", "status", "cancel_reason"])
itf, items = writer("items", ["id", "meeting_id", "type", "case_ref", "draft_report_on", "papers_sent_on", "draft_minutes_on", "final_minutes_on",
                               "adm_received_on", "recommendation", "adm_decision", "adm_decided_on", "oral_notified_on", "written_notified_on"])
af, adopters = writer("adopters", ["id", "enquiry_on", "initial_visit_on", "roi_on", "roi_decided_on", "roi_outcome", "stage1_start_on", "stage1_end_on",
                                   "stage2_start_on", "stage2_end_on", "panel_on", "adm_decided_on", "approved_on", "withdrawn_on", "withdrawal_reason"])
cf, children = writer("children", ["id", "entered_care_on", "shobpa_on", "placement_order_on", "matched_on", "placed_on", "adoption_order_on", "foster_carer_adoption", "moved_in_with_carers_on"])
hf, carers = writer("carers", ["id", "enquiry_on", "information_visit_on", "application_on", "approved_on", "household_type", "left_on", "leaving_route", "leaving_reason", "reviews_on"])
mix = {
    "fostering": (["skills-to-foster-assessment", "first-review", "periodic-review", "periodic-review", "change-of-terms", "regulation-25-extension",
                   "regulation-25-extension", "resignation", "review-after-concern", "exemption"], 6, "continue-approval"),
    "adoption": (["adopter-approval", "adoption-match", "adopter-review", "disruption-report"], 4, "approve"),
    "long-term-matching": (["long-term-match"], 2, "match"),
}
# A recommendation each type takes (Data/item-types.ini).
recommends = {"skills-to-foster-assessment": "approve", "first-review": "continue-approval", "periodic-review": "continue-approval",
              "change-of-terms": "change-terms", "regulation-25-extension": "approve", "resignation": "noted", "review-after-concern": "continue-approval",
              "exemption": "approve", "adopter-approval": "approve", "adoption-match": "match", "adopter-review": "continue-approval",
              "disruption-report": "noted", "long-term-match": "match"}
counts = {"items": 0, "adopters": 0, "children": 0, "carers": 0, "meetings": 0}
for s in range(1, services + 1):
    for kind, prefix, per_month in (("fostering", "f", (2, 4)), ("adoption", "a", (3,)), ("long-term-matching", "l", (1,))):
        panel = "s%03d%s" % (s, prefix)
        panels.writerow([panel, "Service %d %s panel" % (s, kind), kind, "10:00", "Civic Centre", "no" if kind == "long-term-matching" else "yes"])
        for year in range(first_year, 2025):
            for month_index in range(12):
                month = (3 + month_index) % 12 + 1
                y = year + (1 if month < 4 else 0)
                if kind == "long-term-matching" and month % 2:
                    continue
                for n in per_month:
                    day = dt.date(y, month, 1) + D(days=(2 - dt.date(y, month, 1).weekday()) % 7 + 7 * (n - 1))
                    meeting = "%s-%s" % (panel, day.strftime("%y%m%d"))
                    cancelled = rng.random() < 0.05
                    meetings.writerow([meeting, panel, iso(day), "10:00", "Civic Centre", "cancelled" if cancelled else "held", "Insufficient business" if cancelled else ""])
                    counts["meetings"] += 1
                    if cancelled:
                        continue
                    types, count, recommendation = mix[kind]
                    assessments = 0
                    for i in range(count):
                        t = rng.choice(types)
                        if t == "skills-to-foster-assessment":
                            assessments += 1
                            if assessments > 2:
                                t = "first-review"
                        counts["items"] += 1
                        decided = day + D(days=rng.choice([7, 9, 10, 12, 16]))
                        items.writerow(["%s-%d" % (meeting, i + 1), meeting, t, "REF-%d" % counts["items"], iso(day - D(days=rng.choice([20, 22, 25]))),
                                        iso(day - D(days=rng.choice([5, 7, 8, 9]))), iso(day + D(days=rng.choice([1, 2, 3]))), iso(day + D(days=5)),
                                        iso(day + D(days=5)), recommends[t], "agreed", iso(decided), iso(decided + D(days=1)), iso(decided + D(days=rng.choice([3, 5, 8])))])
        # Journeys: about 33 adopters, 40 children and 30 households a service a year.
    for year in range(first_year, 2025):
        start = dt.date(year, 4, 1)
        for i in range(33):
            counts["adopters"] += 1
            roi = start + D(days=rng.randint(0, 300))
            s1s, s1e = roi + D(days=5), roi + D(days=5 + rng.randint(50, 75))
            s2s, s2e = s1e + D(days=1), s1e + D(days=rng.randint(100, 130))
            decided = s2e + D(days=rng.randint(20, 40))
            withdrawn = rng.random() < 0.15
            adopters.writerow(["AD%07d" % counts["adopters"], iso(roi - D(days=30)), iso(roi - D(days=20)), iso(roi), iso(roi + D(days=3)), "accepted",
                               iso(s1s), iso(s1e), "" if withdrawn else iso(s2s), "" if withdrawn else iso(s2e), "" if withdrawn else iso(decided - D(days=8)),
                               "" if withdrawn else iso(decided), "" if withdrawn else iso(decided), iso(s1e + D(days=3)) if withdrawn else "", "self-withdrew" if withdrawn else ""])
        for i in range(40):
            counts["children"] += 1
            care = start + D(days=rng.randint(0, 300))
            shobpa, order = care + D(days=rng.randint(90, 200)), care + D(days=rng.randint(210, 300))
            matched, placed = order + D(days=rng.randint(60, 200)), order + D(days=rng.randint(210, 240))
            adopted = placed + D(days=rng.randint(80, 200))
            fca = rng.random() < 0.1
            children.writerow(["CH%07d" % counts["children"], iso(care), iso(shobpa), iso(order), iso(matched), iso(placed), iso(adopted) if adopted < dt.date(2025, 4, 1) else "",
                               "yes" if fca else "no", iso(care + D(days=10)) if fca else ""])
        for i in range(30):
            counts["carers"] += 1
            enquiry = start + D(days=rng.randint(0, 300))
            approved = enquiry + D(days=rng.randint(200, 300)) if rng.random() < 0.4 else None
            left = approved + D(days=rng.randint(300, 3000)) if approved and rng.random() < 0.3 else None
            if left and left > dt.date(2025, 3, 31):
                left = None
            carers.writerow(["HH%07d" % counts["carers"], iso(enquiry), iso(enquiry + D(days=14)), iso(enquiry + D(days=60)) if approved else "", iso(approved),
                             "mainstream" if approved else "", iso(left), "resignation" if left else "", "retirement" if left else "",
                             iso(approved + D(days=360)) if approved and (not left or left > approved + D(days=360)) and approved + D(days=360) < dt.date(2025, 4, 1) else ""])
for f in (pf, mf, itf, af, cf, hf):
    f.close()
print(", ".join("%s %d" % kv for kv in counts.items()))
