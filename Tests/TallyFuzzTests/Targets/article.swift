import Foundation

/// libFuzzer's entry point for the `article` target (see `scripts/fuzz`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = FuzzEntries.article(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
