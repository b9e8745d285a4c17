// tally-bench: Tally's speed and memory as ratios against baselines measured
// in the same run, so the figures hold from machine to machine (issue 8).
//
//   scripts/bench [--quick] [--check] [--record]     (release build; see Suite.usage)
//
// Every measurement runs in a child process, this program again with
// `--child PHASE ARG` or `tally` itself, timed from outside and with its
// own peak RSS from wait4. Nothing here is asserted by a test: speed is
// measured, never tested.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--child", arguments.count == 3, let phase = ChildPhase(rawValue: arguments[1]) {
    let report = phase.run(arguments[2])
    print(String(decoding: try! JSONEncoder().encode(report), as: UTF8.self))
    exit(0)
}
var suite = Suite(options: Suite.Options(arguments))
exit(suite.run())
