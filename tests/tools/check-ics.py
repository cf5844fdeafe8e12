#!/usr/bin/env python3
"""Reads `cliffhanger export-ics` back with a real iCalendar parser (Debian's python3-icalendar).

Usage: check-ics.py CLIFFHANGER_BINARY FIXTURES_DIR

Follows the Hollow Tide test feed (tests/fixtures/watch) in a fresh database, exports twice
(the same UIDs and SEQUENCE), moves season 2's date in the feed and exports again (SEQUENCE
raised for that slot only), and checks the file as RFC 5545 wants it: CRLF line ends, lines of
at most 75 octets, all-day events with DTEND the next day, CONFIRMED for the official date,
TENTATIVE for the month marker, no event for a window the calendar cannot hold; the exact day
carries the reminder rules as VALARMs (the marker none), and other rules give other alarms.
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

import icalendar


def run(binary, db, *args):
    result = subprocess.run([binary, "--db", db, *args], capture_output=True, text=True,
                            timeout=120)
    if result.returncode != 0:
        sys.exit(f"cliffhanger {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def export(binary, db, path, *extra):
    run(binary, db, "export-ics", path, *extra)
    with open(path, "rb") as f:
        raw = f.read()
    check_raw(raw, path)
    calendar = icalendar.Calendar.from_ical(raw)
    events = {}
    for event in calendar.walk("VEVENT"):
        events[str(event["UID"])] = event
    return events


def check_raw(raw, path):
    if not raw.endswith(b"\r\n"):
        sys.exit(f"{path}: does not end in CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for line in lines:
        if b"\n" in line or b"\r" in line:
            sys.exit(f"{path}: a bare line end in {line!r}")
        if len(line) > 75:
            sys.exit(f"{path}: a line of {len(line)} octets: {line!r}")
    for required in (b"BEGIN:VCALENDAR", b"VERSION:2.0", b"END:VCALENDAR"):
        if required not in lines:
            sys.exit(f"{path}: no {required.decode()} line")


def triggers(event):
    """The event's VALARMs as (ACTION, TRIGGER as a timedelta from the start), earliest first."""
    alarms = []
    for alarm in event.walk("VALARM"):
        expect(str(alarm["ACTION"]) == "DISPLAY", f"an alarm's ACTION is {alarm['ACTION']}")
        expect(str(alarm["DESCRIPTION"]), "an alarm without a DESCRIPTION")
        alarms.append(alarm.decoded("TRIGGER"))
    return sorted(alarms)


def expect(condition, message):
    if not condition:
        sys.exit(message)


def main():
    binary, fixtures = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "ics.sqlite")
        feed = os.path.join(tmp, "hollow-tide.json")
        shutil.copy(os.path.join(fixtures, "watch", "hollow-tide.json"), feed)
        run(binary, db, "--no-default-data", "feeds", "add", feed)
        run(binary, db, "--no-default-data", "sync", "--all")
        run(binary, db, "--no-default-data", "watch", "add", "Hollow Tide")

        first = export(binary, db, os.path.join(tmp, "a.ics"))
        second = export(binary, db, os.path.join(tmp, "b.ics"))
        expect(sorted(first) == sorted(second), f"UIDs differ: {sorted(first)} {sorted(second)}")
        s1 = "hollow-tide-s1-release@cliffhanger"
        s2 = "hollow-tide-s2-release@cliffhanger"
        s3 = "hollow-tide-s3-release@cliffhanger"
        expect(sorted(first) == [s1, s2, s3], f"unexpected events: {sorted(first)}")

        official = first[s2]
        expect(official.decoded("DTSTART") == datetime.date(2031, 10, 16),
               f"season 2 starts {official.decoded('DTSTART')!r}")
        expect(official.decoded("DTEND") == datetime.date(2031, 10, 17),
               f"season 2 ends {official.decoded('DTEND')!r}")
        expect(not isinstance(official.decoded("DTSTART"), datetime.datetime),
               "season 2 is not an all-day event")
        expect(str(official["STATUS"]) == "CONFIRMED", f"season 2 is {official['STATUS']}")
        expect(int(official["SEQUENCE"]) == 0, "a new slot starts at SEQUENCE 0")
        expect(isinstance(official.decoded("DTSTAMP"), datetime.datetime),
               "DTSTAMP is not a date-time")
        description = str(official["DESCRIPTION"])
        for part in ("Precision: day", "Tier: official",
                     "https://press.example.test/hollow-tide-2-date"):
            expect(part in description, f"season 2's description lacks {part!r}: {description!r}")

        # The default rules (7 and 1 days before, the day itself, at 09:00) as alarms from the
        # start of the all-day event.
        day = datetime.timedelta(days=1)
        nine = datetime.timedelta(hours=9)
        expect(triggers(official) == [-7 * day + nine, -day + nine, nine],
               f"season 2's alarms: {triggers(official)}")

        marker = first[s3]
        expect(marker.decoded("DTSTART") == datetime.date(2032, 3, 1),
               f"season 3's marker is on {marker.decoded('DTSTART')!r}")
        expect(marker.decoded("DTEND") == datetime.date(2032, 3, 2), "the marker is not one day")
        expect(str(marker["STATUS"]) == "TENTATIVE", f"season 3 is {marker['STATUS']}")
        expect("at the earliest" in str(marker["SUMMARY"]), f"summary: {marker['SUMMARY']}")
        expect("Precision: month" in str(marker["DESCRIPTION"]), "the marker hides its precision")
        expect(triggers(marker) == [], f"the month marker has alarms: {triggers(marker)}")

        confirmed = export(binary, db, os.path.join(tmp, "c.ics"), "--confirmed-only")
        expect(sorted(confirmed) == [s1, s2], f"--confirmed-only gave {sorted(confirmed)}")

        # Season 2 moves a week: its slot keeps its UID and raises SEQUENCE; the others do not.
        shutil.copy(os.path.join(fixtures, "watch", "hollow-tide-moved.json"), feed)
        run(binary, db, "--no-default-data", "sync", "--all")
        moved = export(binary, db, os.path.join(tmp, "d.ics"))
        expect(sorted(moved) == [s1, s2, s3], f"UIDs changed after the move: {sorted(moved)}")
        expect(moved[s2].decoded("DTSTART") == datetime.date(2031, 10, 23),
               f"season 2 did not move: {moved[s2].decoded('DTSTART')!r}")
        expect(int(moved[s2]["SEQUENCE"]) == 1, f"SEQUENCE is {moved[s2]['SEQUENCE']}")
        expect(int(moved[s1]["SEQUENCE"]) == 0 and int(moved[s3]["SEQUENCE"]) == 0,
               "an unmoved slot's SEQUENCE changed")
        again = export(binary, db, os.path.join(tmp, "e.ics"))
        expect(int(again[s2]["SEQUENCE"]) == 1, "SEQUENCE rose without a move")

        # Other rules, other alarms.
        run(binary, db, "--no-default-data", "reminders", "rules", "set", "days-before", "3")
        run(binary, db, "--no-default-data", "reminders", "rules", "set", "release-day", "off")
        run(binary, db, "--no-default-data", "reminders", "rules", "set", "hour", "18")
        ruled = export(binary, db, os.path.join(tmp, "f.ics"))
        expect(triggers(ruled[s2]) == [-3 * day + datetime.timedelta(hours=18)],
               f"after the rules changed season 2's alarms are {triggers(ruled[s2])}")
        expect(triggers(ruled[s3]) == [], "the month marker has alarms")
        descriptions = [str(a["DESCRIPTION"]) for a in ruled[s2].walk("VALARM")]
        expect(descriptions == ["Hollow Tide season 2 is out in 3 days"],
               f"the alarm says {descriptions}")
        run(binary, db, "--no-default-data", "reminders", "rules", "set", "days-before", "none")
        silent = export(binary, db, os.path.join(tmp, "g.ics"))
        expect(triggers(silent[s2]) == [], "no rules, yet alarms")
        check_wide_windows(binary, fixtures, tmp)
    print("export-ics: OK (3 events read back; UIDs stable; SEQUENCE raised on a move; "
          "alarms follow the reminder rules; wide windows only as opted-in blocks)")


def check_wide_windows(binary, fixtures, tmp):
    """A season expected "late 2032 - early 2033": no event by default (no made-up day); with
    --wide-windows one TENTATIVE all-day block over every day of the window, without alarms."""
    with open(os.path.join(fixtures, "watch", "hollow-tide.json"), encoding="utf-8") as f:
        feed = json.load(f)
    feed["shows"][0]["seasons"].append({"number": 4, "status": "renewed"})
    feed["claims"].append(
        {"id": "s4-release-t1", "show": "hollow-tide", "season": 4, "kind": "release_window",
         "tier": "reported", "source": "T1", "quote": "A fourth season may follow late next year.",
         "window": {"earliest": "2032-09-01", "latest": "2033-04-30",
                    "precision": "part_of_year", "wording": "late 2032 or early 2033"}})
    db = os.path.join(tmp, "wide.sqlite")
    path = os.path.join(tmp, "hollow-tide-wide.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(feed, f)
    run(binary, db, "--no-default-data", "feeds", "add", path)
    run(binary, db, "--no-default-data", "sync", "--all")
    run(binary, db, "--no-default-data", "watch", "add", "Hollow Tide")
    s4 = "hollow-tide-s4-release@cliffhanger"
    plain = export(binary, db, os.path.join(tmp, "w1.ics"))
    expect(s4 not in plain, "a wide window became an event without --wide-windows")
    wide = export(binary, db, os.path.join(tmp, "w2.ics"), "--wide-windows")
    expect(s4 in wide, f"--wide-windows gave {sorted(wide)}")
    block = wide[s4]
    expect(block.decoded("DTSTART") == datetime.date(2032, 9, 1),
           f"the block starts {block.decoded('DTSTART')!r}")
    expect(block.decoded("DTEND") == datetime.date(2033, 5, 1),
           f"the block ends {block.decoded('DTEND')!r} (exclusive: the day after its last)")
    expect(not isinstance(block.decoded("DTSTART"), datetime.datetime), "the block is not all-day")
    expect(str(block["STATUS"]) == "TENTATIVE", f"the block is {block['STATUS']}")
    expect("not a date" in str(block["SUMMARY"]), f"summary: {block['SUMMARY']}")
    expect(triggers(block) == [], f"the block has alarms: {triggers(block)}")
    # The exact day and the month marker are as without the option.
    expect(sorted(k for k in wide if k != s4) == sorted(plain), "other events changed")


if __name__ == "__main__":
    main()
