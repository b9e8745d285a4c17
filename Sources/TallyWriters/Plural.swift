/// "1 spec", "2 specs": a count with its noun, so no message reads "1 specs".
public enum Plural {
    public static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}
