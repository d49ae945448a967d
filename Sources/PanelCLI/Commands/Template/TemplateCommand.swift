import Foundation
import Mustache
import PanelDocuments
import PanelDomain

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(name: "template", summary: "Work with templates.", subcommands: [TemplateRender.self])
}
