/// An invented service: two panels and a central list whose fostering panel is quorate.
enum CentralListFixture {
    static let panels = """
        id,name,kind,start_time,venue,independent_chair
        fostering,Fostering Panel,fostering,10:00,Northvale Town Hall,yes
        ltm,Long-term Matching Panel,long-term-matching,13:30,Microsoft Teams,no

        """

    static let members = """
        id,name,category,panels,role,independent,qualified_on,joined_on,left_on,notice_on,appraised_on,dbs_on
        M01,Alex Harrow,independent-member,fostering,chair,yes,,2020-01-06,,,2024-01-10,2022-05-01
        M02,Bea Colder,social-worker,fostering;ltm,vice-chair;chair,no,2021-06-03,2021-09-01,,,2024-03-01,2023-01-01
        M03,Cal Dunmore,social-worker,fostering,member,no,2010-02-01,2019-04-01,,,2024-02-01,2023-01-01
        M04,Dee Ashby,care-experienced,fostering,member,yes,,2022-01-01,,,2024-03-01,2023-06-01
        M05,Eli Fenwick,elected-member,fostering,member,no,,2023-05-01,,,2024-03-01,2023-05-01
        M06,Fay Gorman,panel-adviser,fostering,member,no,,2018-01-01,,,,2022-01-01

        """

    /// A database with the panels and central list above.
    static func runner() -> PanelRunner {
        let panel = PanelRunner()
        panel.today = day("2024-06-01")
        panel.write("panels.csv", panels)
        panel.write("members.csv", members)
        precondition(panel("init", "--service", "Northvale Fostering Service").code == 0)
        precondition(panel("import", "panels", "panels.csv").code == 0)
        precondition(panel("import", "members", "members.csv").code == 0)
        return panel
    }

    /// Records the five members who sit on the fostering panel as present at `meeting` (held
    /// on or before the runner's today): the chair, a vice chair, a social worker of more than
    /// three years (M03, qualified 2010) and two more, a quorum under the policy's defaults.
    static func attend(_ panel: PanelRunner, _ meeting: String, members: [String] = ["M01", "M02", "M03", "M04", "M05"]) {
        for member in members {
            let result = panel("meeting", "attendance", meeting, member, "--attended", "present")
            precondition(result.code == 0, result.err)
        }
    }
}
