import ArgumentParser

@main
struct Tally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Turns health-sector news articles into report workbooks.",
        subcommands: [FactsCommand.self]
    )
}
