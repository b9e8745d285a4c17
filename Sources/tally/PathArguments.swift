/// Article paths taken out of the command line before ArgumentParser reads
/// it. ArgumentParser adds a repeated positional's values one at a time and
/// copies the array for each, so `tally facts` of 8,000 paths spent 1.8 s
/// (of 10,000, about 3 s) parsing before it read a file: time quadratic in
/// the number of paths. The paths of `facts` and `facilities` are set aside,
/// the first one stays where it was (so usage errors read as before), and
/// the parsed command gets the whole list back.
enum PathArguments {
    /// The commands whose positionals are article paths, and their options
    /// that take the next argument as their value.
    static let commands: [String: Set<String>] = [
        FactsCommand.configuration.commandName!: ["-f", "--format", "--specs"],
        FacilitiesCommand.configuration.commandName!: ["--format", "--specs"],
    ]

    /// The arguments for the parser and the paths set aside, or nil when
    /// there is nothing to set aside (not such a command, or one path).
    static func split(_ arguments: [String]) -> (parsed: [String], paths: [String])? {
        guard let first = arguments.first, let valued = commands[first] else { return nil }
        var parsed = [first]
        var paths: [String] = []
        var k = 1
        var terminated = false
        while k < arguments.count {
            let a = arguments[k]
            if terminated || a == "-" || !a.hasPrefix("-") {
                if paths.isEmpty { parsed.append(a) }
                paths.append(a)
            } else if a == "--" {
                // After "--" every argument is a path; the parser must still see
                // the "--" before the path that stands in for them.
                terminated = true
                parsed.append(a)
            } else {
                parsed.append(a)
                if valued.contains(a), k + 1 < arguments.count { k += 1; parsed.append(arguments[k]) }
            }
            k += 1
        }
        return paths.count > 1 ? (parsed, paths) : nil
    }
}

/// A command whose positionals are article paths (see `PathArguments`).
protocol TakesPaths {
    var files: [String] { get set }
}
extension FactsCommand: TakesPaths {}
extension FacilitiesCommand: TakesPaths {}
