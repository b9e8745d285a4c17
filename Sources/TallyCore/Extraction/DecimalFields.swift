import Foundation

/// A `Decimal` read off its storage as sign, 64-bit mantissa and power of
/// ten, so `FigureLinker` can sort and compare figures with integer math,
/// `NumberText` print them and the writers store them as doubles without
/// Foundation's slow paths.
///
/// Foundation's `Decimal` arithmetic, `description` and `NSDecimalNumber`
/// were most of the time spent linking figures (perf): every figure's
/// precision was read off its printed text. The layout is Foundation's own
/// (exponent, then length and sign in one byte, then 16-bit mantissa words,
/// least significant first); it is checked once against known values, and
/// with any other layout `read` returns nil, as it does for a value whose
/// mantissa needs more than 64 bits, zero and NaN, so callers fall back to
/// `Decimal` itself.
public struct DecimalFields: Equatable {
    let negative: Bool
    /// Never zero.
    let mantissa: UInt64
    let exponent: Int

    public static func read(_ d: Decimal) -> DecimalFields? {
        guard layoutKnown else { return nil }
        return raw(d)
    }

    private static func raw(_ d: Decimal) -> DecimalFields? {
        withUnsafeBytes(of: d) { raw -> DecimalFields? in
            let exponent = Int(raw.load(fromByteOffset: 0, as: Int8.self))
            let flags = raw[1]
            let length = Int(flags >> 4)
            guard length > 0, length <= 4 else { return nil }
            var m: UInt64 = 0
            for i in stride(from: length - 1, through: 0, by: -1) {
                m = m << 16 | UInt64(raw.loadUnaligned(fromByteOffset: 4 + 2 * i, as: UInt16.self))
            }
            guard m != 0 else { return nil }
            return DecimalFields(negative: flags & 0x08 != 0, mantissa: m, exponent: exponent)
        }
    }

    /// The place of the last significant digit as a power of ten: 1700 → 2, 32.10 → -1.
    var lastDigit: Int {
        var m = mantissa, e = exponent
        while m % 10 == 0 { m /= 10; e += 1 }
        return e
    }

    /// `NumberText.plain` of the value (no grouping, "." before decimals,
    /// none of a fraction's trailing zeros), or nil when it has more than
    /// ten decimals, which `NumberText` rounds.
    var plainText: String? {
        var out: [UInt8] = []
        return appendPlain(to: &out) ? String(decoding: out, as: UTF8.self) : nil
    }

    /// Appends `plainText` as UTF-8 and returns true, or returns false,
    /// appending nothing, when there is none.
    public func appendPlain(to out: inout [UInt8]) -> Bool {
        var m = mantissa, e = exponent
        while e < 0, m % 10 == 0 { m /= 10; e += 1 }
        guard e >= -10 else { return false }
        // The mantissa's digits, least significant first (at most 20), on
        // the stack: the CSV writer prints every number cell through here.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits -> Bool in
            var count = 0
            repeat { digits[count] = 0x30 + UInt8(m % 10); m /= 10; count += 1 } while m > 0
            func append(_ range: Range<Int>) { for i in range.reversed() { out.append(digits[i]) } }
            if negative { out.append(0x2D) }
            if e >= 0 {
                append(0..<count)
                for _ in 0..<e { out.append(0x30) }
            } else {
                let fraction = -e
                if count <= fraction {
                    out.append(0x30); out.append(0x2E)
                    for _ in 0..<(fraction - count) { out.append(0x30) }
                    append(0..<count)
                } else {
                    append(fraction..<count)
                    out.append(0x2E)
                    append(0..<fraction)
                }
            }
            return true
        }
    }

    /// `NSDecimalNumber(decimal:).doubleValue`, bit for bit: Foundation's
    /// own loop, Horner over the mantissa words, then one division or
    /// multiplication by 10 per step of the exponent.
    public static func double(_ d: Decimal) -> Double {
        layoutKnown ? rawDouble(d) : NSDecimalNumber(decimal: d).doubleValue
    }

    private static func rawDouble(_ d: Decimal) -> Double {
        withUnsafeBytes(of: d) { raw -> Double in
            let exponent = Int(raw.load(fromByteOffset: 0, as: Int8.self))
            let flags = raw[1]
            let length = Int(flags >> 4), negative = flags & 0x08 != 0
            if length == 0 { return negative ? .nan : 0 }
            var m = 0.0
            for i in stride(from: min(length, 8) - 1, through: 0, by: -1) {
                m = m * 65536 + Double(raw.loadUnaligned(fromByteOffset: 4 + 2 * i, as: UInt16.self))
            }
            if exponent < 0 { for _ in exponent..<0 { m /= 10 } } else { for _ in 0..<exponent { m *= 10 } }
            return negative ? -m : m
        }
    }

    /// Whether this Foundation's decimals are laid out as `raw` reads them:
    /// the size, and a table of values of either sign, several exponents
    /// and lengths read back to the same decimal and the same double.
    static let layoutKnown: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        let probes = ["32.1", "-0.5", "700000000000", "17000000000000", "1234567.891", "-9876543210987654321",
                      "0.0000000001", "18446744073709551615", "1.5e30"]
        return probes.allSatisfy { text in
            guard let d = Decimal(string: text), let f = raw(d) else { return false }
            let back = Decimal(sign: f.negative ? .minus : .plus, exponent: f.exponent, significand: Decimal(f.mantissa))
            return back == d && d.exponent == f.exponent
                && rawDouble(d).bitPattern == NSDecimalNumber(decimal: d).doubleValue.bitPattern
        } && raw(Decimal(string: "123456789012345678901234567890")!) == nil && raw(0) == nil
            && rawDouble(Decimal(string: "123456789012345678901234567890.5")!).bitPattern
                == NSDecimalNumber(decimal: Decimal(string: "123456789012345678901234567890.5")!).doubleValue.bitPattern
    }()
}
