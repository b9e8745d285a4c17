import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write end of the pipe the signal handler wakes the cleaner through;
/// a C handler can capture nothing, so it is a global.
nonisolated(unsafe) private var wakeFD: Int32 = -1

/// SIGTERM and SIGINT during an export: the unpublished run folder is
/// removed and the process exits 143 or 130 (128 + the signal, as a shell
/// reports it), with one line on stderr.
///
/// Without this, the default action ended the process silently and left
/// `.tally/runs/tmp-<pid>-…` behind until the next export. A handler may
/// only do async-signal-safe work, so it writes the signal number to a
/// pipe; a thread reading the pipe does the cleaning. A signal that comes
/// while the run is being published waits until `current` has switched,
/// so an export is never left half-published; the process then exits with
/// the same code.
public final class Interruptions: @unchecked Sendable {
    public static let shared = Interruptions()

    private let lock = NSLock()
    private var run: String?
    private var publishing = false
    private var pending: Int32?
    private var installed = false

    /// Takes over SIGTERM and SIGINT for this process (the CLI calls it;
    /// library users and tests keep the default actions).
    public func install() {
        lock.lock(); defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        wakeFD = fds[1]
        let reader = fds[0]
        let thread = Thread { [self] in
            var byte: UInt8 = 0
            while read(reader, &byte, 1) != 1 {}
            received(Int32(byte))
        }
        thread.start()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            var byte = UInt8(truncatingIfNeeded: signal)
            _ = write(wakeFD, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        // Restart interrupted calls: the cleaner thread ends the process,
        // and the export must not fail first with EINTR from an open(2).
        action.sa_flags = SA_RESTART
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGTERM, SIGINT] {
            sigaction(signal, &action, nil)
            sigaddset(&set, signal)
        }
        // A parent (a test runner, a supervisor) may have blocked them.
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// The run folder being written, removed on a signal; nil when none is.
    func writing(_ dir: String?) {
        lock.lock(); run = dir; lock.unlock()
    }

    /// Makes the run folder `dir` with `make` and marks it as the one being
    /// written, in one step under the lock the cleaner takes: a signal
    /// before it leaves no folder, one during or after finds the folder to
    /// remove. (Marked after it was made, a signal in between left
    /// `tmp-<pid>-…` behind.)
    func writing(_ dir: String, made make: () throws -> Void) throws {
        lock.lock(); defer { lock.unlock() }
        try make()
        run = dir
    }

    /// From here to `published`, a signal waits.
    func publishingStarted() {
        lock.lock(); publishing = true; lock.unlock()
    }

    func published() {
        lock.lock()
        publishing = false; run = nil
        let signal = pending
        lock.unlock()
        if let signal { stop(signal, message: "the export was published before stopping") }
    }

    private func received(_ signal: Int32) {
        lock.lock()
        if publishing { pending = signal; lock.unlock(); return }
        if let run { Publisher.discard(run) }
        // Held until exit, so the export cannot move on to publishing.
        stop(signal, message: "the export was not published; the previous one is unchanged")
    }

    private func stop(_ signal: Int32, message: String) -> Never {
        let name = signal == SIGINT ? "SIGINT" : "SIGTERM"
        FileHandle.standardError.write(Data("tally: stopped by \(name): \(message)\n".utf8))
        _exit(128 + signal)
    }
}
