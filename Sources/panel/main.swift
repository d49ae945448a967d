import Foundation
import PanelCLI

// Everything the tool creates (database, journal, output files) is private to its owner:
// panel papers are about children and families.
umask(0o077)
// A closed pipe (`panel timeliness | head`) is an error a write reports, not a signal.
signal(SIGPIPE, SIG_IGN)
exit(PanelTool.run(Array(CommandLine.arguments.dropFirst()), context: PanelTool.processContext()))
