import Mustache
import Testing

struct TemplateTests {
    let data: DataValue = .object([
        ("panel", .object([("name", "Fostering Panel")])),
        ("items", .list([.object([("case_ref", "FC-1")]), .object([("case_ref", "<script>")])])),
        ("cancelled", false),
    ])

    func render(_ source: String, strict: Bool = true, escape: @escaping @Sendable (String) -> String = Template.escapeHTML) throws -> String {
        try Template(source, path: "agenda.html").render(data, options: .init(strict: strict, escape: escape))
    }

    @Test func strictModeNamesTheMissingKeyAndWhereItIs() {
        #expect(throws: MustacheError(path: "agenda.html", line: 2, column: 5, message: "no value named 'panel.nmae' in the data")) {
            try render("Panel:\n    {{panel.nmae}}\n")
        }
        #expect(throws: MustacheError(path: "agenda.html", line: 1, column: 1, message: "no value named 'venue' in the data")) {
            try render("{{#venue}}at {{.}}{{/venue}}")
        }
    }

    @Test func withoutStrictModeAMissingNameIsBlank() throws {
        #expect(try render("[{{panel.nmae}}]", strict: false) == "[]")
    }

    @Test func aFalseValueIsPresentNotMissing() throws {
        #expect(try render("{{^cancelled}}Going ahead{{/cancelled}}") == "Going ahead")
    }

    @Test func aListInterpolatedIsAnErrorInStrictMode() {
        #expect(throws: MustacheError(path: "agenda.html", line: 1, column: 1, message: "'items' is a list; use it as a section, {{#items}}...{{/items}}")) {
            try render("{{items}}")
        }
    }

    @Test func escapingFollowsTheOutputFormat() throws {
        #expect(try render("{{#items}}{{case_ref}};{{/items}}") == "FC-1;&lt;script&gt;;")
        #expect(try render("{{#items}}{{case_ref}};{{/items}}", escape: Template.noEscaping) == "FC-1;<script>;")
        #expect(try render("{{#items}}{{{case_ref}}}{{& case_ref}};{{/items}}") == "FC-1FC-1;<script><script>;")
    }

    @Test(arguments: [
        ("{{#items}}\n{{case_ref}}\n", "agenda.html:1:1: section 'items' is never closed; expected {{/items}}"),
        ("{{#items}}{{/panel}}", "agenda.html:1:11: {{/panel}} closes section 'items' opened at line 1, column 1"),
        ("text\n  {{/items}}", "agenda.html:2:3: {{/items}} closes a section that was never opened"),
        ("one\ntwo {{name", "agenda.html:2:5: tag is never closed; expected }}"),
        ("{{=<%%>=}}", "agenda.html:1:1: a delimiter change needs two delimiters separated by a space, such as {{=<% %>=}}"),
        ("{{ }}", "agenda.html:1:1: tag has no name"),
    ])
    func malformedTemplatesAreLocated(source: String, expected: String) {
        do {
            _ = try Template(source, path: "agenda.html")
            Issue.record("expected an error for \(source.debugDescription)")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func aPartialThatIncludesItselfForeverIsStopped() {
        #expect(throws: MustacheError(path: "loop", line: 1, column: 1, message: "partials nest more than 64 deep; is 'loop' including itself?")) {
            try Template("{{>loop}}", path: "main").render(.object([]), options: .init(partials: { _ in "{{>loop}}" }))
        }
    }
}
