/// What `tally --version` prints; raised by hand with each release.
enum TallyVersion {
    static let current = "0.5.0"
}
