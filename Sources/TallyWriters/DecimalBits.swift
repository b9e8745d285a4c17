import Foundation

/// A `Decimal` as the `Double` libxlsxwriter stores, without an
/// `NSDecimalNumber` per cell.
///
/// `NSDecimalNumber(decimal:).doubleValue` allocates an object to run one
/// loop over the mantissa: Horner in base 65536, then one division or
/// multiplication by 10 per step of the exponent. That loop is repeated
/// here on the decimal's fields, read from its storage, so the result is
/// the same double bit for bit (a sheet written either way is the same
/// file). The layout is Foundation's own: it is checked once against known
/// values, and any other layout falls back to `NSDecimalNumber`.
enum DecimalBits {
    static func double(_ d: Decimal) -> Double {
        guard layoutKnown else { return NSDecimalNumber(decimal: d).doubleValue }
        return fields(d)
    }

    /// Appends `NumberText.plain(d)` to `out` for a decimal whose mantissa
    /// fits 64 bits and whose exponent is within -10...0 or positive up to
    /// 19 digits in all, which is every figure of an article; returns false,
    /// appending nothing, for any other (the caller falls back to
    /// `NumberText.plain`). Plain notation: the mantissa's digits with the
    /// point `-exponent` digits from the right, trailing zeros of a fraction
    /// dropped as `Decimal.description` drops them.
    static func appendPlain(_ d: Decimal, to out: inout [UInt8]) -> Bool {
        guard layoutKnown else { return false }
        return withUnsafeBytes(of: d) { raw -> Bool in
            let exponent = Int(raw.load(fromByteOffset: 0, as: Int8.self))
            let flags = raw[1]
            let length = Int(flags >> 4), negative = flags & 0x08 != 0
            guard length <= 4, exponent >= -10, exponent <= 19 else { return false }
            if length == 0 {
                if negative { return false }    // NaN
                out.append(0x30)
                return true
            }
            var m: UInt64 = 0
            for i in stride(from: length - 1, through: 0, by: -1) {
                m = m << 16 | UInt64(raw.loadUnaligned(fromByteOffset: 4 + 2 * i, as: UInt16.self))
            }
            // The mantissa's digits, least significant first (at most 20).
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits -> Bool in
                var count = 0
                var x = m
                repeat { digits[count] = 0x30 + UInt8(x % 10); x /= 10; count += 1 } while x > 0
                func append(_ range: Range<Int>) { for i in range.reversed() { out.append(digits[i]) } }
                if exponent >= 0 {
                    guard count + exponent <= 19 else { return false }
                    if negative { out.append(0x2D) }
                    append(0..<count)
                    for _ in 0..<exponent { out.append(0x30) }
                    return true
                }
                var fraction = -exponent
                var low = 0
                while fraction > 0, low < count, digits[low] == 0x30 { low += 1; fraction -= 1 }
                if negative { out.append(0x2D) }
                let whole = count - low - fraction      // digits before the point
                if whole <= 0 { out.append(0x30) } else { append((low + fraction)..<count) }
                if fraction > 0 {
                    out.append(0x2E)
                    for _ in 0..<max(0, -whole) { out.append(0x30) }
                    append(low..<min(low + fraction, count))
                }
                return true
            }
        }
    }

    /// Exponent (Int8), then length in the high nibble and the sign in bit 3
    /// of one byte, two bytes reserved, then eight 16-bit mantissa words,
    /// least significant first: 20 bytes.
    private static func fields(_ d: Decimal) -> Double {
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

    /// Whether `fields` reads this Foundation's decimals: the size and a
    /// table of values that exercise sign, exponent and several words agree
    /// with `NSDecimalNumber`.
    static let layoutKnown: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        let probes = ["0", "32.1", "-0.5", "700000000000", "17000000000000", "1234567.891", "-98765432109876543210",
                      "0.0000000001", "3e40", "123456789012345678901234567890.5"]
        return probes.allSatisfy { text in
            guard let d = Decimal(string: text) else { return false }
            return fields(d).bitPattern == NSDecimalNumber(decimal: d).doubleValue.bitPattern
        } && fields(.nan).isNaN
    }()
}
