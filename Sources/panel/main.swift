import Foundation
import PanelCLI

// Everything the tool creates (database, journal, output files) is private to its owner:
// panel papers are about children and families.
umask(0o077)
exit(PanelTool.run(Array(CommandLine.arguments.dropFirst()), context: PanelTool.processContext()))
