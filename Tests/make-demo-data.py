#!/usr/bin/env python3
"""Writes Data/demo/: an invented service, Northvale, with two reporting years (2023/24 and
2024/25) of panels, central list, meetings, attendance, agenda items, fostering households,
adopters and children. Every name is made up. The output is fixed by the seed, so running
this again gives the same files; the files, not this script, are what `panel demo` reads.

    python3 Tests/make-demo-data.py
"""
import csv
import datetime as dt
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Data", "demo")
DEMO_DAY = dt.date(2025, 3, 31)  # the demo's "today": the last day of 2024/25
START = dt.date(2023, 4, 1)
rng = random.Random(20250331)

HOLIDAYS = set()
with open(os.path.join(ROOT, "Data", "bank-holidays.txt"), encoding="utf-8") as f:
    for line in f:
        if line[:1].isdigit():
            HOLIDAYS.add(dt.date.fromisoformat(line[:10]))


def working(day):
    return day.weekday() < 5 and day not in HOLIDAYS


def add_working(day, n):
    step = 1 if n >= 0 else -1
    while n != 0:
        day += dt.timedelta(days=step)
        if working(day):
            n -= step
    return day


def iso(day):
    return day.isoformat() if day else ""


def nth_weekday(year, month, weekday, n):
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def months(start, end):
    day = dt.date(start.year, start.month, 1)
    while day <= end:
        yield day.year, day.month
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


os.makedirs(OUT, exist_ok=True)

# Panels ---------------------------------------------------------------------------------
panels = [
    ("fostering", "Northvale Fostering Panel", "fostering", "10:00", "Northvale Civic Centre, Room 4", "yes"),
    ("adoption", "Northvale Adoption Panel", "adoption", "13:30", "Microsoft Teams", "yes"),
    ("matching", "Northvale Long-term Matching Panel", "long-term-matching", "14:00", "Microsoft Teams", "no"),
]
write("panels.csv", ["id", "name", "kind", "start_time", "venue", "independent_chair"], panels)

# Central list ---------------------------------------------------------------------------
members = [
    # id, name, category, panels, roles, independent, qualified, joined, left
    ("M01", "Alex Harrow", "independent-member", "fostering", "chair", "yes", "", "2019-01-07", ""),
    ("M02", "Bea Colder", "social-worker", "fostering;matching", "vice-chair;chair", "no", "2008-07-01", "2018-09-03", ""),
    ("M03", "Cal Dunmore", "social-worker", "fostering", "member", "no", "2015-06-01", "2020-04-01", ""),
    ("M04", "Dee Ashby", "care-experienced", "fostering", "member", "yes", "", "2021-01-04", ""),
    ("M05", "Eli Fenwick", "elected-member", "fostering", "member", "no", "", "2023-05-15", ""),
    ("M06", "Fay Gorman", "foster-carer", "fostering", "member", "yes", "", "2020-02-03", "2024-09-30"),
    ("M07", "Gil Hartigan", "health", "fostering;adoption", "member;member", "yes", "", "2022-03-01", ""),
    ("M08", "Hal Innesby", "education", "fostering", "vice-chair", "yes", "", "2021-09-01", ""),
    ("M09", "Ivy Jarrow", "independent-member", "fostering", "member", "yes", "", "2024-10-01", ""),
    ("M10", "Jo Kettering", "independent-member", "adoption", "chair", "yes", "", "2017-11-06", ""),
    ("M11", "Kit Lunsford", "social-worker", "adoption", "vice-chair", "no", "2012-09-01", "2019-06-03", ""),
    ("M12", "Lou Merriot", "adopter", "adoption", "member", "yes", "", "2020-10-05", ""),
    ("M13", "Max Norland", "social-worker", "adoption;matching", "member;member", "no", "2019-03-01", "2021-05-04", ""),
    ("M14", "Nell Oxbury", "care-experienced", "adoption", "member", "yes", "", "2023-01-09", ""),
    ("M15", "Ona Pellow", "independent-member", "matching", "member", "yes", "", "2022-06-01", ""),
    ("M16", "Pip Quarrie", "panel-adviser", "fostering;matching", "member;member", "no", "", "2016-01-04", ""),
    ("M17", "Ros Tannery", "panel-adviser", "adoption", "member", "no", "", "2018-04-03", ""),
    ("M18", "Sam Ulverley", "medical-adviser", "adoption", "member", "no", "", "2019-09-02", ""),
    ("M19", "Tam Vickerby", "minute-taker", "fostering;adoption;matching", "member;member;member", "no", "", "2020-01-06", ""),
    # The matching panel's own members, so that it has a vice chair and can make a quorum.
    ("M20", "Uma Wexcombe", "social-worker", "matching", "vice-chair", "no", "2014-09-01", "2021-02-01", ""),
    ("M21", "Vin Yarrow", "foster-carer", "matching", "member", "yes", "", "2022-09-05", ""),
    ("M22", "Wren Zellick", "education", "matching", "member", "yes", "", "2023-03-06", ""),
]
member_rows = []
# The members added later draw their days from their own generator, so that everything
# drawn after them stays as it was.
later = random.Random(20261130)
for m in members:
    joined = dt.date.fromisoformat(m[7])
    draw = later if m[0] >= "M20" else rng
    appraised = dt.date(2024, draw.randint(4, 12), draw.randint(1, 28))
    dbs = dt.date(2023, draw.randint(1, 12), draw.randint(1, 28))
    member_rows.append([m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], "", iso(max(appraised, joined)), iso(max(dbs, joined))])
write("members.csv", ["id", "name", "category", "panels", "role", "independent", "qualified_on", "joined_on", "left_on", "notice_on", "appraised_on", "dbs_on"], member_rows)


def seated(panel, day):
    for m in members:
        if panel in m[3].split(";") and dt.date.fromisoformat(m[7]) <= day and (not m[8] or dt.date.fromisoformat(m[8]) >= day):
            yield m


# Meetings ---------------------------------------------------------------------------------
meetings = []  # (id, panel, date, status, reason)
last = dt.date(2025, 4, 30)
for year, month in months(START, last):
    for n in (2, 4):
        day = nth_weekday(year, month, 2, n)  # 2nd and 4th Wednesday
        meetings.append(["F" + day.strftime("%y%m%d"), "fostering", day])
    meetings.append(["A" + nth_weekday(year, month, 3, 3).strftime("%y%m%d"), "adoption", nth_weekday(year, month, 3, 3)])
    if month % 2 == 0:
        meetings.append(["L" + nth_weekday(year, month, 1, 1).strftime("%y%m%d"), "matching", nth_weekday(year, month, 1, 1)])
meetings.sort(key=lambda m: (m[2], m[0]))
cancelled = {
    "F230823": "Insufficient panel business (August)",
    "F231227": "Christmas: no business booked",
    "F240828": "Insufficient panel business (August)",
    "A240815": "Not quorate: two members unwell",
    "F241225": "Christmas Day",
}
meeting_rows = []
for m in meetings:
    status = "cancelled" if m[0] in cancelled else ("held" if m[2] <= DEMO_DAY else "planned")
    m.append(status)
    venue = dict((p[0], p[4]) for p in panels)[m[1]]
    start = dict((p[0], p[3]) for p in panels)[m[1]]
    meeting_rows.append([m[0], m[1], iso(m[2]), start, venue, status, cancelled.get(m[0], "")])
write("meetings.csv", ["id", "panel", "date", "start_time", "venue", "status", "cancel_reason"], meeting_rows)

NOT_MEMBERS = {"panel-adviser", "medical-adviser", "legal-adviser", "minute-taker"}


def role(member, panel):
    return member[4].split(";")[member[3].split(";").index(panel)]


def quorate(present, panel, day):
    """The law's quorum (Data/panels.ini): five members with the chair or a vice chair and a
    social worker of three years; with the chair away and no independent vice chair, another
    member who is independent."""
    counted = [m for m in present if m[2] not in NOT_MEMBERS]
    chair = any(role(m, panel) == "chair" for m in counted)
    vices = [m for m in counted if role(m, panel) == "vice-chair"]
    qualified = any(m[2] == "social-worker" and m[6] and dt.date.fromisoformat(m[6]).replace(year=dt.date.fromisoformat(m[6]).year + 3) <= day for m in counted)
    independent = chair or any(v[5] == "yes" for v in vices) or any(m[5] == "yes" and role(m, panel) != "vice-chair" for m in counted)
    return len(counted) >= 5 and (chair or vices) and qualified and independent


attendance_rows = []
for m in meetings:
    if m[3] == "cancelled":
        continue
    seats = list(seated(m[1], m[2]))
    apologies = {member[0] for member in seats
                 if m[3] != "planned" and (later if member[0] >= "M20" else rng).random() < 0.12 and role(member, m[1]) == "member"}
    # A meeting that went ahead was quorate: send fewer apologies until it is.
    while apologies and not quorate([x for x in seats if x[0] not in apologies], m[1], m[2]):
        apologies.remove(max(apologies))
    for member in seats:
        attended = "" if m[3] == "planned" else ("apologies" if member[0] in apologies else "present")
        attendance_rows.append([m[0], member[0], "yes", attended])
write("attendance.csv", ["meeting_id", "member_id", "expected", "attended"], attendance_rows)

# Agenda items -----------------------------------------------------------------------------
items = []
workers = ["R. Amberley", "S. Brackwell", "T. Carrow", "U. Dellingham", "V. Eastry", "W. Fulbrook"]
fostering_mix = (
    ["skills-to-foster-assessment"] * 7 + ["family-and-friends-assessment"] * 5 + ["brief-report"] * 1 + ["first-review"] * 9
    + ["periodic-review"] * 16 + ["change-of-terms"] * 10 + ["review-after-concern"] * 3 + ["regulation-25-extension"] * 18
    + ["resignation"] * 14 + ["deregistration"] * 2 + ["exemption"] * 2
)
recommendation_for = {
    "skills-to-foster-assessment": "approve", "family-and-friends-assessment": "approve", "brief-report": "not-approve",
    "first-review": "continue-approval", "periodic-review": "continue-approval", "change-of-terms": "change-terms",
    "review-after-concern": "continue-approval", "regulation-25-extension": "approve", "resignation": "noted",
    "deregistration": "terminate", "exemption": "approve", "adopter-approval": "approve", "adoption-match": "match",
    "relinquished-child-plan": "approve", "adopter-review": "continue-approval", "early-permanence-approval": "approve",
    "disruption-report": "noted", "long-term-match": "match", "quality-assurance-feedback": "noted",
}
number = 0


def chain(meeting_day, late):
    """The decision chain's days for an item at a meeting, mostly on time."""
    papers = meeting_day - dt.timedelta(days=rng.choice([8, 8, 9, 7, 7, 10] + ([5] if late else [])))
    draft = add_working(meeting_day, rng.choice([1, 2, 2] + ([4] if late else [])))
    final = add_working(draft, rng.choice([2, 3, 4]))
    decided = add_working(final, rng.choice([2, 3, 5, 6] + ([9] if late else [])))
    oral = add_working(decided, rng.choice([0, 1, 1, 2] + ([3] if late else [])))
    written = add_working(decided, rng.choice([2, 3, 4, 5] + ([7] if late else [])))
    return papers, draft, final, decided, oral, written


def add_item(meeting, kind, case_ref, order, late=None):
    global number
    number += 1
    meeting_id, panel, day, status = meeting[0], meeting[1], meeting[2], meeting[3]
    late = rng.random() < 0.15 if late is None else late
    row = {"id": "I%04d" % number, "meeting_id": meeting_id, "type": kind, "case_ref": case_ref,
           "presenting_worker": rng.choice(workers), "order": str(order),
           "slot": "%02d:%02d" % divmod(int(dict((p[0], p[3]) for p in panels)[panel][:2]) * 60 + (order - 1) * 35, 60),
           "applicants_attending": "yes" if kind in ("skills-to-foster-assessment", "family-and-friends-assessment", "adopter-approval") else "no"}
    if status == "held":
        papers, draft, final, decided, oral, written = chain(day, late)
        row["draft_report_on"] = iso(day - dt.timedelta(days=rng.choice([21, 22, 24, 25, 28] + ([18] if late else []))))
        row["papers_sent_on"] = iso(papers)
        row["recommendation"] = recommendation_for[kind]
        for key, value in (("draft_minutes_on", draft), ("final_minutes_on", final), ("adm_received_on", final),
                           ("adm_decided_on", decided), ("oral_notified_on", oral), ("written_notified_on", written)):
            if value <= DEMO_DAY:
                row[key] = iso(value)
        # A few recent letters not yet sent, so the demo has overdue deadlines to chase.
        if day >= DEMO_DAY - dt.timedelta(days=40) and rng.random() < 0.3:
            row.pop("written_notified_on", None)
        if "adm_decided_on" in row:
            row["adm_decision"] = "not-agreed" if rng.random() < 0.02 else "agreed"
            row["adm"] = "Morgan Reed, Head of Children's Services"
        else:
            row.pop("oral_notified_on", None)
            row.pop("written_notified_on", None)
        if "oral_notified_on" in row and dt.date.fromisoformat(row["oral_notified_on"]) > DEMO_DAY:
            row.pop("oral_notified_on")
        if kind in ("skills-to-foster-assessment", "family-and-friends-assessment"):
            row["terms_children"] = str(rng.choice([1, 2, 2, 3]))
            row["terms_age_range"] = rng.choice(["0-18", "0-10", "5-18", "0-5"])
            row["reasons"] = "The assessment shows the applicants can meet the needs of children in the terms recommended."
    elif day <= DEMO_DAY + dt.timedelta(days=35):
        draft = day - dt.timedelta(days=22)
        row["draft_report_on"] = iso(draft) if draft <= DEMO_DAY else ""
        row["papers_sent_on"] = iso(day - dt.timedelta(days=8)) if day - dt.timedelta(days=8) <= DEMO_DAY else ""
    items.append(row)
    return row


# Households approved at fostering panel: one assessment item each.
carers = []
carer_number = 0


def new_carer(enquiry):
    global carer_number
    carer_number += 1
    return {"id": "FC%03d" % carer_number, "enquiry_on": iso(enquiry)}


fostering_meetings = [m for m in meetings if m[1] == "fostering" and m[3] != "cancelled"]
for m in fostering_meetings:
    if m[2] > DEMO_DAY + dt.timedelta(days=35):
        continue
    count = rng.choice([5, 6, 6, 7, 7, 8])
    kinds = sorted(rng.sample(fostering_mix, count), key=fostering_mix.index)
    assessments = [k for k in kinds if k in ("skills-to-foster-assessment", "family-and-friends-assessment")]
    for extra in assessments[2:]:
        kinds.remove(extra)
    for order, kind in enumerate(kinds, 1):
        carer_ref = None
        if kind in ("skills-to-foster-assessment", "family-and-friends-assessment") and m[3] == "held":
            application = m[2] - dt.timedelta(days=rng.randint(170, 260))
            enquiry = application - dt.timedelta(days=rng.randint(30, 120))
            carer = new_carer(enquiry)
            carer.update({
                "information_visit_on": iso(enquiry + dt.timedelta(days=rng.randint(5, 20))),
                "followup_visit_on": iso(enquiry + dt.timedelta(days=rng.randint(21, 29))),
                "application_on": iso(application),
                "assessment": "skills-to-foster" if kind == "skills-to-foster-assessment" else "family-and-friends",
                "stage1_start_on": iso(application),
                "stage1_end_on": iso(application + dt.timedelta(days=rng.randint(50, 70))),
                "household_type": "mainstream" if kind == "skills-to-foster-assessment" else "family-and-friends",
                "panel_on": iso(m[2]),
            })
            if kind == "family-and-friends-assessment":
                carer["reg24_on"] = iso(application - dt.timedelta(days=rng.randint(5, 30)))
            carer["stage2_start_on"] = iso(dt.date.fromisoformat(carer["stage1_end_on"]) + dt.timedelta(days=1))
            carer["stage2_end_on"] = iso(m[2] - dt.timedelta(days=rng.randint(14, 28)))
            if carer["stage2_end_on"] < carer["stage2_start_on"]:
                carer["stage2_end_on"] = carer["stage2_start_on"]
            carers.append(carer)
            carer_ref = carer["id"]
        row = add_item(m, kind, carer_ref or "FC-%04d" % rng.randint(1000, 9999), order)
        if carer_ref:
            carer["item_id"] = row["id"]
            if row.get("adm_decided_on"):
                carer["approved_on"] = row["adm_decided_on"]
                carer["terms_children"] = row.get("terms_children", "")
                carer["terms_age_range"] = row.get("terms_age_range", "")

# Households approved before the demo years, some of whom leave in them.
reasons = ["retirement", "retirement", "health", "circumstances", "special-guardianship", "staying-put", "child-returned-home", "other-agency", "inactive"]
for index in range(70):
    approved = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randint(0, 15 * 365))
    carer = new_carer(approved - dt.timedelta(days=rng.randint(250, 400)))
    carer["approved_on"] = iso(approved)
    carer["household_type"] = rng.choice(["mainstream"] * 6 + ["short-breaks", "family-and-friends", "foster-plus", "supported-lodgings"])
    carer["terms_children"] = str(rng.choice([1, 2, 2, 3]))
    carer["terms_age_range"] = rng.choice(["0-18", "0-10", "5-18"])
    if rng.random() < 0.22:
        left = START + dt.timedelta(days=rng.randint(0, (DEMO_DAY - START).days))
        carer["left_on"] = iso(left)
        carer["leaving_route"] = "deregistration" if rng.random() < 0.15 else "resignation"
        carer["leaving_reason"] = "standards-of-care" if carer["leaving_route"] == "deregistration" else rng.choice(reasons)
    carers.append(carer)

# Reviews: annual, and every third year to panel (the first review always to panel).
for carer in carers:
    if not carer.get("approved_on"):
        continue
    approved = dt.date.fromisoformat(carer["approved_on"])
    end = min(DEMO_DAY, dt.date.fromisoformat(carer["left_on"]) if carer.get("left_on") else DEMO_DAY)
    reviews, panel_reviews = [], []
    review = approved
    year = 0
    while True:
        review = review + dt.timedelta(days=rng.randint(330, 375))
        year += 1
        if review > end:
            break
        reviews.append(review)
        if year == 1 or year % 3 == 1:
            panel_reviews.append(review + dt.timedelta(days=rng.randint(3, 20)))
    carer["reviews_on"] = ";".join(iso(d) for d in reviews[-4:])
    carer["panel_reviews_on"] = ";".join(iso(d) for d in panel_reviews if d <= end)

# Enquiries that went no further, or closed during assessment.
for year_start in (dt.date(2023, 4, 1), dt.date(2024, 4, 1)):
    for index in range(rng.randint(95, 120)):
        enquiry = year_start + dt.timedelta(days=rng.randint(0, 364))
        if enquiry > DEMO_DAY:
            continue
        carer = new_carer(enquiry)
        carer["enquiry_source"] = rng.choice(["website", "social media", "radio", "word of mouth", "information event"])
        if rng.random() < 0.35:
            carer["information_visit_on"] = iso(enquiry + dt.timedelta(days=rng.randint(5, 25)))
            if rng.random() < 0.5:
                carer["followup_visit_on"] = iso(enquiry + dt.timedelta(days=rng.randint(26, 40)))
        closed = enquiry + dt.timedelta(days=rng.randint(10, 90))
        if carer.get("followup_visit_on") and rng.random() < 0.5:
            application = dt.date.fromisoformat(carer["followup_visit_on"]) + dt.timedelta(days=rng.randint(7, 30))
            if application <= DEMO_DAY and application >= DEMO_DAY - dt.timedelta(days=150):
                carer.update(application_on=iso(application), assessment="skills-to-foster", stage1_start_on=iso(application))
                if application + dt.timedelta(days=60) <= DEMO_DAY:
                    carer["stage1_end_on"] = iso(application + dt.timedelta(days=rng.randint(50, 70)))
                    carer["stage2_start_on"] = iso(dt.date.fromisoformat(carer["stage1_end_on"]) + dt.timedelta(days=1))
                if rng.random() < 0.3 and application + dt.timedelta(days=120) <= DEMO_DAY:
                    carer["closed_on"] = iso(application + dt.timedelta(days=rng.randint(90, 120)))
                    carer["closure_reason"] = rng.choice(["withdrew during assessment", "counselled out"])
                carers.append(carer)
                continue
        if closed <= DEMO_DAY and rng.random() < 0.8:
            carer["closed_on"] = iso(closed)
            carer["closure_reason"] = rng.choice(["not the right time", "housing", "chose another agency", "did not respond"])
            if carer.get("followup_visit_on", "") > carer["closed_on"]:
                carer.pop("followup_visit_on")
            if carer.get("information_visit_on", "") > carer["closed_on"]:
                carer.pop("information_visit_on")
        carers.append(carer)

# Invented names and addresses for the households and adopters a panel decided on, so their
# decision letters can be printed; drawn from fixed lists, not the random generator, so the
# rest of the data stays as it was.
SURNAMES = ["Ashdown", "Birchley", "Carrow", "Dunstan", "Elmore", "Farrant", "Glenister", "Hollin", "Ivell", "Jessamy", "Kettley", "Larkin"]
FIRST = ["Jordan", "Sam", "Alex", "Robin", "Charlie", "Morgan", "Jamie", "Taylor", "Casey", "Riley"]
STREETS = ["Mill Lane", "Church Road", "Station Road", "Orchard Way", "Victoria Street", "Meadow Close"]


def addressed(record, number):
    if record.get("item_id") and not record.get("name"):
        record["name"] = "%s and %s %s" % (FIRST[number % 10], FIRST[(number + 3) % 10], SURNAMES[number % 12])
    if record.get("item_id"):
        record["address"] = "%d %s; Northvale; NV%d %dAB" % (number % 90 + 1, STREETS[number % 6], number % 9 + 1, number % 7 + 1)


carer_columns = ["id", "enquiry_on", "information_visit_on", "followup_visit_on", "application_on", "assessment", "stage1_start_on",
                 "stage1_end_on", "stage2_start_on", "stage2_end_on", "reg24_on", "approved_on", "household_type", "closed_on",
                 "closure_reason", "left_on", "leaving_route", "leaving_reason", "name", "enquiry_source", "reg24_extended_on", "item_id",
                 "panel_on", "terms_children", "terms_age_range", "reviews_on", "panel_reviews_on", "address"]

# Adoption panel: adopter approvals and matches -----------------------------------------------
adopters, children = [], []
adoption_meetings = [m for m in meetings if m[1] == "adoption" and m[3] != "cancelled" and m[2] <= DEMO_DAY + dt.timedelta(days=35)]
for m in adoption_meetings:
    order = 0
    for index in range(rng.choice([1, 2, 2, 3])):
        order += 1
        adopter = {"id": "AD%03d" % (len(adopters) + 1)}
        fast = rng.random() < 0.12
        stage2_end = m[2] - dt.timedelta(days=rng.randint(10, 25))
        # Stage 2 runs to the agency's decision within four months (AAR 2005 reg 30B(1)),
        # panel and decision included, mostly.
        stage2_start = stage2_end - dt.timedelta(days=rng.randint(70, 100))
        if fast:
            roi = stage2_start - dt.timedelta(days=rng.randint(3, 10))
            adopter.update(fast_track="yes")
        else:
            stage1_end = stage2_start - dt.timedelta(days=rng.choice([1, 1, 1, 2, 30, 60]))
            stage1_start = stage1_end - dt.timedelta(days=rng.randint(45, 66))
            roi = stage1_start - dt.timedelta(days=rng.randint(2, 8))
            adopter.update(stage1_start_on=iso(stage1_start), stage1_end_on=iso(stage1_end))
            gap = (stage2_start - stage1_end).days
            if gap > 20:
                adopter.update(break_start_on=iso(stage1_end + dt.timedelta(days=1)), break_end_on=iso(stage2_start - dt.timedelta(days=1)),
                               break_reason=rng.choice(["house move", "family holiday", "bereavement"]))
        enquiry = roi - dt.timedelta(days=rng.randint(20, 60))
        adopter.update(enquiry_on=iso(enquiry), initial_visit_on=iso(add_working(enquiry, rng.choice([5, 8, 10, 12]))), roi_on=iso(roi),
                       roi_decided_on=iso(add_working(roi, rng.choice([2, 3, 5, 6]))), roi_outcome="accepted",
                       stage2_start_on=iso(stage2_start), stage2_end_on=iso(stage2_end), panel_on=iso(m[2]))
        first_stage = stage2_start if fast else dt.date.fromisoformat(adopter["stage1_start_on"])
        adopter["roi_decided_on"] = iso(min(dt.date.fromisoformat(adopter["roi_decided_on"]), first_stage))
        row = add_item(m, "adopter-approval", adopter["id"], order)
        adopter["item_id"] = row["id"]
        if row.get("adm_decided_on"):
            adopter["adm_decided_on"] = row["adm_decided_on"]
            adopter["approved_on"] = row["adm_decided_on"]
        adopters.append(adopter)
    approved = [a for a in adopters if a.get("approved_on") and a["approved_on"] < iso(m[2] - dt.timedelta(days=40))
                and not any(c.get("adopter_id") == a["id"] for c in children)]
    for index in range(min(len(approved), rng.choice([1, 1, 2]))):
        order += 1
        child = {"id": "CH%03d" % (len(children) + 1)}
        decided_match = m[2]
        placement_order = decided_match - dt.timedelta(days=rng.randint(60, 200))
        shobpa = placement_order - dt.timedelta(days=rng.randint(40, 120))
        entered = shobpa - dt.timedelta(days=rng.randint(60, 200))
        row = add_item(m, "adoption-match", child["id"], order)
        child.update(entered_care_on=iso(entered), shobpa_on=iso(shobpa), placement_order_on=iso(placement_order), adopter_id=approved[index]["id"])
        if row.get("adm_decided_on"):
            matched = dt.date.fromisoformat(row["adm_decided_on"])
            child["matched_on"] = iso(matched)
            placed = matched + dt.timedelta(days=rng.randint(10, 30))
            if placed <= DEMO_DAY:
                child["placed_on"] = iso(placed)
                order_day = placed + dt.timedelta(days=rng.randint(80, 200))
                if order_day <= DEMO_DAY:
                    child["adoption_order_on"] = iso(order_day)
        if rng.random() < 0.15:
            child["foster_carer_adoption"] = "yes"
            child["moved_in_with_carers_on"] = iso(entered + dt.timedelta(days=rng.randint(1, 30)))
        if rng.random() < 0.2:
            child["early_permanence"] = "yes"
        children.append(child)

# Households that withdrew, and children still waiting for a match.
withdrawal_reasons = ["self-withdrew", "counselled-out", "other-agency", "medical", "circumstances"]
for index in range(14):
    roi = START + dt.timedelta(days=rng.randint(0, 680))
    adopter = {"id": "AD%03d" % (len(adopters) + 1), "enquiry_on": iso(roi - dt.timedelta(days=30)),
               "initial_visit_on": iso(add_working(roi - dt.timedelta(days=30), 8)), "roi_on": iso(roi),
               "roi_decided_on": iso(add_working(roi, 3)), "roi_outcome": "accepted", "stage1_start_on": iso(add_working(roi, 3))}
    withdrawn = roi + dt.timedelta(days=rng.randint(20, 200))
    if withdrawn > DEMO_DAY:
        continue
    if withdrawn > roi + dt.timedelta(days=70):
        adopter["stage1_end_on"] = iso(roi + dt.timedelta(days=65))
    adopter.update(withdrawn_on=iso(withdrawn), withdrawal_reason=rng.choice(withdrawal_reasons))
    adopters.append(adopter)
for year_start in (dt.date(2023, 4, 1), dt.date(2024, 4, 1)):
    for index in range(rng.randint(18, 26)):
        enquiry = year_start + dt.timedelta(days=rng.randint(0, 364))
        if enquiry <= DEMO_DAY:
            adopter = {"id": "AD%03d" % (len(adopters) + 1), "enquiry_on": iso(enquiry)}
            visit = add_working(enquiry, rng.choice([4, 6, 9, 11]))
            if visit <= DEMO_DAY:
                adopter["initial_visit_on"] = iso(visit)
            withdrawn = enquiry + dt.timedelta(days=rng.randint(20, 60))
            if withdrawn <= DEMO_DAY:
                adopter.update(withdrawn_on=iso(withdrawn), withdrawal_reason=rng.choice(["self-withdrew", "self-withdrew", "circumstances", "other-agency"]))
            adopters.append(adopter)
for index in range(5):
    placement_order = DEMO_DAY - dt.timedelta(days=rng.randint(30, 300))
    shobpa = placement_order - dt.timedelta(days=rng.randint(40, 120))
    children.append({"id": "CH%03d" % (len(children) + 1), "entered_care_on": iso(shobpa - dt.timedelta(days=rng.randint(60, 200))),
                     "shobpa_on": iso(shobpa), "placement_order_on": iso(placement_order)})

adopter_columns = ["id", "enquiry_on", "initial_visit_on", "roi_on", "roi_decided_on", "roi_outcome", "stage1_start_on", "stage1_end_on",
                   "break_start_on", "break_end_on", "stage2_start_on", "stage2_end_on", "fast_track", "panel_on", "adm_decided_on",
                   "approved_on", "withdrawn_on", "withdrawal_reason", "break_reason", "item_id", "name", "address"]
child_columns = ["id", "entered_care_on", "shobpa_on", "placement_order_on", "matched_on", "placed_on", "adoption_order_on",
                 "foster_carer_adoption", "moved_in_with_carers_on", "early_permanence", "plan_changed_on", "plan_change_reason", "adopter_id"]

# Long-term matching panel.
for m in meetings:
    if m[1] == "matching" and m[3] != "cancelled" and m[2] <= DEMO_DAY + dt.timedelta(days=35):
        for order in range(1, rng.choice([2, 3, 4]) + 1):
            add_item(m, "long-term-match", "LT-%04d" % rng.randint(1000, 9999), order)

# The adoption panel's feedback on the quality of reports every six months (Adoption NMS
# 17.2), at its April and October meetings; minuted, no decision.
for m in meetings:
    if m[1] == "adoption" and m[3] == "held" and m[2].month in (4, 10):
        row = add_item(m, "quality-assurance-feedback", "QA-%s" % m[2].strftime("%Y-%m"), 9, late=False)
        row.update(recommendation="noted", subject="Feedback on the quality of reports", applicants_attending="no")
        for key in ("adm_received_on", "adm_decided_on", "adm_decision", "adm", "oral_notified_on", "written_notified_on"):
            row.pop(key, None)

item_columns = ["id", "meeting_id", "type", "case_ref", "subject", "presenting_worker", "slot", "papers_sent_on", "draft_minutes_on",
                "final_minutes_on", "adm_received_on", "recommendation", "adm_decision", "adm_decided_on", "oral_notified_on",
                "written_notified_on", "supervising_worker", "order", "applicants_attending", "confidential", "draft_report_on", "terms",
                "terms_children", "terms_age_range", "reasons", "minority_view", "report_quality", "adm", "minute_number", "capacity_override"]
for number, record in enumerate(carers + adopters):
    addressed(record, number)
items.sort(key=lambda row: row["id"])
write("items.csv", item_columns, [[row.get(c, "") for c in item_columns] for row in items])
write("carers.csv", carer_columns, [[c.get(k, "") for k in carer_columns] for c in carers])
write("adopters.csv", adopter_columns, [[a.get(k, "") for k in adopter_columns] for a in adopters])
write("children.csv", child_columns, [[c.get(k, "") for k in child_columns] for c in children])
print("meetings %d, items %d, carers %d, adopters %d, children %d" % (len(meetings), len(items), len(carers), len(adopters), len(children)))
