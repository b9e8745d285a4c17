import ArgumentParser

@main
struct Tally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Turns health-sector news articles into report workbooks.",
        discussion: """
        Exit codes: 0 ok, 1 exports differ (diff), 3 exported with articles skipped (--keep-going), \
        64 usage, 65 bad input data, 66 missing input, 73 cannot create output, \
        75 another export holds the lock, 130/143 export stopped by SIGINT/SIGTERM (nothing published).

        Shell completions: tally --generate-completion-script bash (or zsh, fish).
        """,
        version: TallyVersion.current,
        subcommands: [ExportCommand.self, FactsCommand.self, FacilitiesCommand.self, CheckCommand.self, DiffCommand.self]
    )

    /// ArgumentParser's own `main`, except that many article paths are
    /// parsed in linear time (see `PathArguments`).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let split = PathArguments.split(arguments)
        do {
            var command = try parseAsRoot(split?.parsed ?? arguments)
            if let paths = split?.paths, var takes = command as? TakesPaths & ParsableCommand {
                takes.files = paths
                command = takes
            }
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
