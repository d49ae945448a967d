import PanelDomain

/// Panel meetings as an iCalendar file (RFC 5545) for Outlook, Google and Apple Calendar:
/// one event per meeting, with a UID that stays the same so a second import updates rather
/// than duplicates, local times in Europe/London (with its VTIMEZONE), the venue or the
/// link, and a cancelled meeting as STATUS:CANCELLED. Nothing about cases.
public enum ICalendar {
    public struct Event: Sendable {
        public let meeting: Meeting
        public let panelName: String

        public init(meeting: Meeting, panelName: String) {
            self.meeting = meeting
            self.panelName = panelName
        }
    }

    /// `stamp` is the moment the file is made, in UTC (`20250331T090000Z`); `domain` makes
    /// UIDs unique to the service (`northvale-council.panel`).
    public static func file(_ events: [Event], calendarName: String, domain: String, stamp: String) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//panel//Panel meetings//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escaped(calendarName), "X-WR-TIMEZONE:Europe/London",
        ]
        lines += timeZone
        for event in events {
            let meeting = event.meeting
            let start = meeting.date.compact + "T" + time(meeting.startTime)
            lines += ["BEGIN:VEVENT", "UID:" + escaped(meeting.id) + "@" + domain, "DTSTAMP:" + stamp,
                      "DTSTART;TZID=Europe/London:" + start]
            if let end = meeting.endTime, end > meeting.startTime {
                lines.append("DTEND;TZID=Europe/London:" + meeting.date.compact + "T" + time(end))
            } else {
                lines.append("DURATION:PT3H")
            }
            lines.append("SUMMARY:" + escaped(event.panelName + (meeting.status == .cancelled ? " (cancelled)" : "")))
            if !meeting.venue.isEmpty { lines.append("LOCATION:" + escaped(meeting.venue)) }
            if !meeting.link.isEmpty {
                // A URI is not TEXT: no backslashes; a line break could end the property.
                lines.append("URL:" + meeting.link.filter { !$0.isNewline })
                lines.append("DESCRIPTION:" + escaped("Join: " + meeting.link))
            }
            lines.append("STATUS:" + (meeting.status == .cancelled ? "CANCELLED" : "CONFIRMED"))
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined()
    }

    /// Europe/London: GMT, and BST from the last Sunday of March to the last Sunday of October.
    static let timeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19810329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19961027T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func time(_ time: TimeOfDay) -> String {
        let text = time.description.replacingOccurrences(of: ":", with: "")
        return text + "00"
    }

    /// TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11).
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// A content line ended by CRLF, folded so that no line is longer than 75 octets: the
    /// rest continues on the next line after one space, never inside a UTF-8 sequence (3.1).
    static func folded(_ line: String) -> String {
        var output = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                output += "\r\n "
                count = 1
            }
            output.unicodeScalars.append(scalar)
            count += size
        }
        return output + "\r\n"
    }
}

extension Day {
    /// `20240408`, as iCalendar writes a date.
    var compact: String { iso.replacingOccurrences(of: "-", with: "") }
}
